import type { Catalogue } from './en.js';

// Chinese (Simplified) (zh-Hans). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "wall.heading": "声援信息",
  "wall.totals": "来自 {countries}的 {messages}",
  "wall.messages.other": "{count} 条信息",
  "wall.countries.other": "{count} 个国家和地区",
  "wall.writtenIn": "以{language}撰写",
  "wall.empty": "暂无信息。来发送第一条吧。",
  "wall.error": "无法加载信息。",
  "wall.loadMore": "加载更多",
  "wall.loadingMore": "正在加载更多信息…",
  "wall.newMessages": "有新信息。",
  "wall.pledgeCount.other": "你所在地区已有 {count} 人承诺去投票",
};
