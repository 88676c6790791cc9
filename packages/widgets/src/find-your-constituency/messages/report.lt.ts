import type { ReportCatalogue } from './report.en.js';

// Lithuanian (lt). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: few, many, one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: ReportCatalogue = {
  "report.link": "Pranešti apie šio atsakymo klaidą",
  "report.label": "Kas netinka šiame atsakyme?",
  "report.hint": "Pavyzdžiui, parlamentaras ar partija. Nerašykite savo vardo, adreso ar kitų asmens duomenų.",
  "report.send": "Siųsti pranešimą",
  "report.cancel": "Atšaukti",
  "report.sending": "Siunčiama…",
  "report.sent": "Ačiū. Jūsų pranešimą gavome, ir organizatoriai patikrins šį atsakymą.",
  "report.empty": "Parašykite, kas netinka.",
  "report.subject": "Rinkimų apygardos atsakymo problema ({area})",
  "report.body": "Pašto kodo vietovė: {area}\nParodytas atsakymas: {answer}\n\nKas netinka:\n",
};
