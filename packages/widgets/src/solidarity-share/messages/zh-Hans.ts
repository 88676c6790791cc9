import type { Catalogue } from './en.js';

// Chinese (Simplified) (zh-Hans). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "share.heading": "邀请更多人参与",
  "share.text": "我刚刚参与了行动——一起来，看看你的帮助在哪里最有用：{url}",
  "share.textSeat": "我正在{seat}出力——看看你的帮助在哪里最有用：{url}",
  "share.native": "分享…",
  "share.on": "通过{network}分享",
  "share.email": "通过电子邮件分享",
  "share.subject": "一起来参与",
  "share.copy": "复制链接",
  "share.copied": "链接已复制。",
  "share.address": "要分享的链接",
};
