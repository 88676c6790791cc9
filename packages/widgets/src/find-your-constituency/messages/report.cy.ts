import type { ReportCatalogue } from './report.en.js';

// Welsh (cy). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: ReportCatalogue = {
  'report.link': 'Rhoi gwybod am broblem gyda’r ateb hwn',
  'report.label': 'Beth sy’n anghywir gyda’r ateb hwn?',
  'report.hint': 'Er enghraifft yr AS neu’r blaid. Peidiwch â chynnwys eich enw, eich cyfeiriad na manylion personol eraill.',
  'report.send': 'Anfon adroddiad',
  'report.cancel': 'Canslo',
  'report.sending': 'Yn anfon…',
  'report.sent': 'Diolch. Cawsom eich adroddiad a bydd y trefnwyr yn gwirio’r ateb hwn.',
  'report.empty': 'Dywedwch beth sy’n anghywir.',
  'report.subject': 'Problem gydag ateb etholaeth ({area})',
  'report.body': 'Ardal cod post: {area}\nYr ateb a ddangoswyd: {answer}\n\nBeth sy’n anghywir:\n',
};
