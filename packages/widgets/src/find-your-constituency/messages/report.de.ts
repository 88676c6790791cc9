import type { ReportCatalogue } from './report.en.js';

// German (de). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: ReportCatalogue = {
  "report.link": "Ein Problem mit dieser Antwort melden",
  "report.label": "Was stimmt an dieser Antwort nicht?",
  "report.hint": "Zum Beispiel die oder der Abgeordnete oder die Partei. Bitte geben Sie keinen Namen, keine Adresse und keine anderen persönlichen Daten an.",
  "report.send": "Meldung senden",
  "report.cancel": "Abbrechen",
  "report.sending": "Wird gesendet …",
  "report.sent": "Danke. Ihre Meldung ist angekommen; das Team prüft diese Antwort.",
  "report.empty": "Bitte sagen Sie, was nicht stimmt.",
  "report.subject": "Problem mit einer Wahlkreis-Antwort ({area})",
  "report.body": "Postleitzahlbereich: {area}\nAngezeigte Antwort: {answer}\n\nWas nicht stimmt:\n",
};
