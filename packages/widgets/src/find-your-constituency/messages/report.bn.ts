import type { ReportCatalogue } from './report.en.js';

// Bengali (bn). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: ReportCatalogue = {
  "report.link": "এই উত্তরে কোনো সমস্যা জানান",
  "report.label": "এই উত্তরে কী ভুল আছে?",
  "report.hint": "যেমন সংসদ সদস্য বা দল। অনুগ্রহ করে আপনার নাম, ঠিকানা বা অন্য ব্যক্তিগত তথ্য দেবেন না।",
  "report.send": "রিপোর্ট পাঠান",
  "report.cancel": "বাতিল",
  "report.sending": "পাঠানো হচ্ছে…",
  "report.sent": "ধন্যবাদ। আপনার রিপোর্ট পাওয়া গেছে এবং আয়োজকরা এই উত্তরটি যাচাই করবেন।",
  "report.empty": "অনুগ্রহ করে লিখুন কী ভুল।",
  "report.subject": "নির্বাচনী এলাকার উত্তরে সমস্যা ({area})",
  "report.body": "পোস্টকোড এলাকা: {area}\nদেখানো উত্তর: {answer}\n\nকী ভুল:\n",
};
