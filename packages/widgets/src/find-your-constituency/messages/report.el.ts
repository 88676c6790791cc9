import type { ReportCatalogue } from './report.en.js';

// Greek (el). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: ReportCatalogue = {
  "report.link": "Αναφέρετε πρόβλημα με αυτή την απάντηση",
  "report.label": "Τι δεν είναι σωστό σε αυτή την απάντηση;",
  "report.hint": "Για παράδειγμα ο βουλευτής ή το κόμμα. Μην γράψετε το όνομα, τη διεύθυνση ή άλλα προσωπικά σας στοιχεία.",
  "report.send": "Αποστολή αναφοράς",
  "report.cancel": "Ακύρωση",
  "report.sending": "Αποστολή…",
  "report.sent": "Ευχαριστούμε. Η αναφορά σας ελήφθη και οι διοργανωτές θα ελέγξουν αυτή την απάντηση.",
  "report.empty": "Γράψτε τι δεν είναι σωστό.",
  "report.subject": "Πρόβλημα με απάντηση για εκλογική περιφέρεια ({area})",
  "report.body": "Ταχυδρομική περιοχή: {area}\nΑπάντηση που εμφανίστηκε: {answer}\n\nΤι δεν είναι σωστό:\n",
};
