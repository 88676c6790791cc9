import type { Catalogue } from './en.js';

// Chinese (Simplified) (zh-Hans). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "groups.heading": "本地团体",
  "groups.headingNear": "{name} 附近的团体",
  "groups.prompt": "查找您的选区，看看附近有哪些团体。",
  "groups.loading": "正在加载本地团体…",
  "groups.loaded.other": "{name} 附近登记了 {count} 个团体。",
  "groups.empty": "{name} 附近暂无登记的团体。",
  "groups.emptyNoSeat": "无法确定该邮编所属的选区，因此无法列出团体。",
  "groups.addYours": "您的组织在这里活动吗？申请引荐并加入名录。",
  "groups.error": "无法加载本地团体。",
  "groups.here": "位于 {name}",
  "groups.away": "{km} 公里外，位于 {name}",
  "groups.languages": "语言：{list}",
  "groups.offers": "可提供：{list}",
  "groups.contact": "联系方式：",
  "groups.type.union_branch": "工会分会",
  "groups.type.diaspora_association": "侨民协会",
  "groups.type.community_group": "社区团体",
  "groups.type.faith_group": "宗教团体",
  "groups.type.other": "组织",
  "groups.offer.canvassers": "上门拉票志愿者",
  "groups.offer.translators": "翻译",
  "groups.offer.venues": "场地",
  "groups.offer.publicity": "宣传",
  "groups.note": "名录条目经审核员审核后才会显示。",
};
