import type { ReportCatalogue } from './report.en.js';

// Bulgarian (bg). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: ReportCatalogue = {
  "report.link": "Съобщете за проблем с този отговор",
  "report.label": "Какво не е наред с този отговор?",
  "report.hint": "Например депутатът или партията. Моля, не посочвайте името, адреса си или други лични данни.",
  "report.send": "Изпрати сигнала",
  "report.cancel": "Отказ",
  "report.sending": "Изпращане…",
  "report.sent": "Благодарим ви. Сигналът ви беше получен и организаторите ще проверят този отговор.",
  "report.empty": "Моля, напишете какво не е наред.",
  "report.subject": "Проблем с отговор за избирателен район ({area})",
  "report.body": "Пощенски район: {area}\nПоказан отговор: {answer}\n\nКакво не е наред:\n",
};
