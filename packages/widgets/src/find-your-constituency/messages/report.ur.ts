import type { ReportCatalogue } from './report.en.js';

// Urdu (ur). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: ReportCatalogue = {
  "report.link": "اس جواب میں کسی مسئلے کی اطلاع دیں",
  "report.label": "اس جواب میں کیا غلط ہے؟",
  "report.hint": "مثلاً رکنِ پارلیمنٹ یا جماعت۔ براہِ کرم اپنا نام، پتا یا دیگر ذاتی معلومات شامل نہ کریں۔",
  "report.send": "اطلاع بھیجیں",
  "report.cancel": "منسوخ کریں",
  "report.sending": "بھیجا جا رہا ہے…",
  "report.sent": "شکریہ۔ آپ کی اطلاع موصول ہو گئی ہے اور منتظمین اس جواب کو چیک کریں گے۔",
  "report.empty": "براہِ کرم بتائیں کہ کیا غلط ہے۔",
  "report.subject": "انتخابی حلقے کے جواب میں مسئلہ ({area})",
  "report.body": "پوسٹ کوڈ کا علاقہ: {area}\nدکھایا گیا جواب: {answer}\n\nکیا غلط ہے:\n",
};
