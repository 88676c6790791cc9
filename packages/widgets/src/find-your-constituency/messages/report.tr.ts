import type { ReportCatalogue } from './report.en.js';

// Turkish (tr). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: ReportCatalogue = {
  "report.link": "Bu yanıttaki bir sorunu bildirin",
  "report.label": "Bu yanıtta yanlış olan ne?",
  "report.hint": "Örneğin milletvekili ya da parti. Lütfen adınızı, adresinizi veya başka kişisel bilgilerinizi yazmayın.",
  "report.send": "Bildirimi gönder",
  "report.cancel": "Vazgeç",
  "report.sending": "Gönderiliyor…",
  "report.sent": "Teşekkürler. Bildiriminiz alındı; organizatörler bu yanıtı kontrol edecek.",
  "report.empty": "Lütfen neyin yanlış olduğunu yazın.",
  "report.subject": "Seçim bölgesi yanıtında sorun ({area})",
  "report.body": "Posta kodu bölgesi: {area}\nGösterilen yanıt: {answer}\n\nYanlış olan:\n",
};
