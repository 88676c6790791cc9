import type { ReportCatalogue } from './report.en.js';

// Romanian (ro). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: ReportCatalogue = {
  "report.link": "Semnalați o problemă cu acest răspuns",
  "report.label": "Ce este greșit în acest răspuns?",
  "report.hint": "De exemplu deputatul sau partidul. Vă rugăm să nu includeți numele, adresa sau alte date personale.",
  "report.send": "Trimiteți semnalarea",
  "report.cancel": "Anulați",
  "report.sending": "Se trimite…",
  "report.sent": "Vă mulțumim. Am primit semnalarea, iar organizatorii vor verifica acest răspuns.",
  "report.empty": "Vă rugăm să spuneți ce este greșit.",
  "report.subject": "Problemă cu un răspuns despre circumscripție ({area})",
  "report.body": "Zona codului poștal: {area}\nRăspunsul afișat: {answer}\n\nCe este greșit:\n",
};
