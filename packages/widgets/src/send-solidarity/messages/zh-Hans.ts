import type { Catalogue } from './en.js';

// Chinese (Simplified) (zh-Hans). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "solidarity.heading": "发送声援信息",
  "solidarity.name": "您的姓名",
  "solidarity.nameHint": "您可以填写“匿名”。",
  "solidarity.organisation": "组织或工会",
  "solidarity.country": "国家/地区",
  "solidarity.chooseCountry": "选择国家/地区",
  "solidarity.language": "信息所用语言",
  "solidarity.message": "您的信息",
  "solidarity.counter": "{count}/{max} 个字符",
  "solidarity.remaining.other": "还可输入 {count} 个字符",
  "solidarity.over.other": "超出 {count} 个字符",
  "solidarity.email": "电子邮件（如需回复）",
  "solidarity.emailHint": "我们只用它来回复您，绝不公开。",
  "solidarity.consent": "我同意在本网站公开我的信息、姓名、组织和国家/地区。",
  "solidarity.website": "请勿填写此项",
  "solidarity.submit": "发送信息",
  "solidarity.submitting": "正在发送…",
  "solidarity.thanksHeading": "信息已发送",
  "solidarity.thanks": "谢谢——您的信息经审核后将会显示。",
  "solidarity.duplicate": "我们已经收到过这条信息。谢谢！",
  "solidarity.another": "再发送一条信息",
  "solidarity.error.name.required": "请填写您的姓名，或填写“匿名”。",
  "solidarity.error.name.too_long": "请不要超过 80 个字符。",
  "solidarity.error.organisation.too_long": "请不要超过 120 个字符。",
  "solidarity.error.country.required": "请选择国家/地区。",
  "solidarity.error.message.required": "请填写信息。",
  "solidarity.error.message.too_long": "您的信息太长。请缩短至不超过 {max} 个字符。",
  "solidarity.error.consentToPublish.must_accept": "请勾选此框，以便我们公开您的信息。",
};
