import type { ReportCatalogue } from './report.en.js';

// Somali (so). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: ReportCatalogue = {
  "report.link": "Soo sheeg dhibaato ku jirta jawaabtan",
  "report.label": "Maxaa khaldan jawaabtan?",
  "report.hint": "Tusaale ahaan xildhibaanka ama xisbiga. Fadlan ha ku darin magacaaga, cinwaankaaga ama xog kale oo shakhsi ah.",
  "report.send": "Dir warbixinta",
  "report.cancel": "Jooji",
  "report.sending": "Waa la dirayaa…",
  "report.sent": "Mahadsanid. Warbixintaada waa la helay, qabanqaabiyayaashuna way hubin doonaan jawaabtan.",
  "report.empty": "Fadlan sheeg waxa khaldan.",
  "report.subject": "Dhibaato ku jirta jawaab deegaan ({area})",
  "report.body": "Aagga koodhka boostada: {area}\nJawaabta la muujiyay: {answer}\n\nWaxa khaldan:\n",
};
