import type { Catalogue } from './en.js';

// Arabic (ar). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "share.heading": "ادعُ الآخرين إلى المشاركة",
  "share.text": "شاركتُ للتو — انضم واكتشف أين تُحدث مساعدتك فرقًا: {url}",
  "share.textSeat": "أساعد في {seat} — اكتشف أين تُحدث مساعدتك فرقًا: {url}",
  "share.native": "مشاركة…",
  "share.on": "مشاركة عبر {network}",
  "share.email": "مشاركة عبر البريد الإلكتروني",
  "share.subject": "انضم إلينا",
  "share.copy": "نسخ الرابط",
  "share.copied": "تم نسخ الرابط.",
  "share.address": "رابط للمشاركة",
};
