import type { Catalogue } from './en.js';

// Urdu (ur). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "share.heading": "دوسروں کو بھی شامل ہونے کی دعوت دیں",
  "share.text": "میں نے ابھی حصہ لیا ہے — آپ بھی شامل ہوں اور جانیں کہ آپ کی مدد کہاں اہم ہے: {url}",
  "share.textSeat": "{seat} میں میری مدد جاری ہے — جانیں کہ آپ کی مدد کہاں اہم ہے: {url}",
  "share.native": "شیئر کریں…",
  "share.on": "{network} پر شیئر کریں",
  "share.email": "ای میل سے شیئر کریں",
  "share.subject": "ہمارے ساتھ شامل ہوں",
  "share.copy": "لنک کاپی کریں",
  "share.copied": "لنک کاپی ہو گیا۔",
  "share.address": "شیئر کرنے کا لنک",
};
