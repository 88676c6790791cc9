import type { Catalogue } from './en.js';

// Chinese (Simplified) (zh-Hans). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "common.loading": "正在加载…",
  "common.retry": "重试",
  "common.networkError": "无法连接服务器。请检查网络连接后重试。",
  "common.offline": "您似乎处于离线状态。我们会保留您填写的内容；联网后请重试。",
  "common.serverError": "我们这边出了问题。请稍后重试。",
  "common.rateLimited.other": "现在提交的人很多。请等待 {count} 秒后重试。",
  "common.originNotAllowed": "本网站尚未设置为可向竞选活动的服务器提交，因此没有发送任何内容。请告知网站所有者，或稍后重试。",
  "common.required": "（必填）",
  "common.optional": "（选填）",
  "field.required": "请填写此项。",
  "field.too_short": "内容太短。",
  "field.too_long": "内容太长。",
  "field.invalid_format": "格式似乎不正确，请检查。",
  "field.invalid_value": "不接受此值。",
  "field.must_accept": "请勾选此框以继续。",
  "field.email.invalid_format": "请输入电子邮件地址，例如 name@example.org。",
  "field.phone.invalid_format": "请输入电话号码，可使用数字、空格和开头的 +。",
  "form.fixErrors": "请更正标出的字段。",
};
