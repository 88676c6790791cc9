import type { ReportCatalogue } from './report.en.js';

// Punjabi (Gurmukhi) (pa). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: ReportCatalogue = {
  "report.link": "ਇਸ ਜਵਾਬ ਵਿੱਚ ਕਿਸੇ ਸਮੱਸਿਆ ਦੀ ਰਿਪੋਰਟ ਕਰੋ",
  "report.label": "ਇਸ ਜਵਾਬ ਵਿੱਚ ਕੀ ਗਲਤ ਹੈ?",
  "report.hint": "ਜਿਵੇਂ ਸੰਸਦ ਮੈਂਬਰ ਜਾਂ ਪਾਰਟੀ। ਕਿਰਪਾ ਕਰਕੇ ਆਪਣਾ ਨਾਂ, ਪਤਾ ਜਾਂ ਹੋਰ ਨਿੱਜੀ ਜਾਣਕਾਰੀ ਨਾ ਲਿਖੋ।",
  "report.send": "ਰਿਪੋਰਟ ਭੇਜੋ",
  "report.cancel": "ਰੱਦ ਕਰੋ",
  "report.sending": "ਭੇਜਿਆ ਜਾ ਰਿਹਾ ਹੈ…",
  "report.sent": "ਧੰਨਵਾਦ। ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਮਿਲ ਗਈ ਹੈ ਅਤੇ ਪ੍ਰਬੰਧਕ ਇਸ ਜਵਾਬ ਦੀ ਜਾਂਚ ਕਰਨਗੇ।",
  "report.empty": "ਕਿਰਪਾ ਕਰਕੇ ਦੱਸੋ ਕਿ ਕੀ ਗਲਤ ਹੈ।",
  "report.subject": "ਚੋਣ ਹਲਕੇ ਦੇ ਜਵਾਬ ਵਿੱਚ ਸਮੱਸਿਆ ({area})",
  "report.body": "ਪੋਸਟਕੋਡ ਇਲਾਕਾ: {area}\nਦਿਖਾਇਆ ਗਿਆ ਜਵਾਬ: {answer}\n\nਕੀ ਗਲਤ ਹੈ:\n",
};
