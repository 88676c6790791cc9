import type { ReportCatalogue } from './report.en.js';

// Polish (pl). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: ReportCatalogue = {
  'report.link': 'Zgłoś problem z tą odpowiedzią',
  'report.label': 'Co jest nie tak z tą odpowiedzią?',
  'report.hint': 'Na przykład poseł lub partia. Prosimy nie podawać imienia i nazwiska, adresu ani innych danych osobowych.',
  'report.send': 'Wyślij zgłoszenie',
  'report.cancel': 'Anuluj',
  'report.sending': 'Wysyłanie…',
  'report.sent': 'Dziękujemy. Otrzymaliśmy zgłoszenie, a organizatorzy sprawdzą tę odpowiedź.',
  'report.empty': 'Napisz, co jest nie tak.',
  'report.subject': 'Problem z odpowiedzią o okręgu wyborczym ({area})',
  'report.body': 'Obszar kodu pocztowego: {area}\nPokazana odpowiedź: {answer}\n\nCo jest nie tak:\n',
};
