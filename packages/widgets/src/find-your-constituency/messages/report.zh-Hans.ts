import type { ReportCatalogue } from './report.en.js';

// Chinese (Simplified) (zh-Hans). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: ReportCatalogue = {
  "report.link": "报告此答案的问题",
  "report.label": "这个答案哪里不对？",
  "report.hint": "例如议员或党派。请不要填写您的姓名、地址或其他个人信息。",
  "report.send": "发送报告",
  "report.cancel": "取消",
  "report.sending": "正在发送…",
  "report.sent": "谢谢。我们已收到您的报告，组织者会核查这个答案。",
  "report.empty": "请说明哪里不对。",
  "report.subject": "选区答案有误（{area}）",
  "report.body": "邮编区域：{area}\n显示的答案：{answer}\n\n问题：\n",
};
