import type { ReportCatalogue } from './report.en.js';

// Italian (it). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: ReportCatalogue = {
  "report.link": "Segnala un problema con questa risposta",
  "report.label": "Che cosa c’è di sbagliato in questa risposta?",
  "report.hint": "Per esempio il deputato o il partito. Non inserire il tuo nome, indirizzo o altri dati personali.",
  "report.send": "Invia segnalazione",
  "report.cancel": "Annulla",
  "report.sending": "Invio in corso…",
  "report.sent": "Grazie. Abbiamo ricevuto la segnalazione e gli organizzatori controlleranno questa risposta.",
  "report.empty": "Indica che cosa è sbagliato.",
  "report.subject": "Problema con una risposta sul collegio ({area})",
  "report.body": "Zona del codice postale: {area}\nRisposta mostrata: {answer}\n\nChe cosa è sbagliato:\n",
};
