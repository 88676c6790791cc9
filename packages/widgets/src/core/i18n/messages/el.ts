import type { Catalogue } from './en.js';

// Greek (el). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "common.loading": "Φόρτωση…",
  "common.retry": "Δοκιμάστε ξανά",
  "common.networkError": "Δεν μπορέσαμε να συνδεθούμε με τον διακομιστή. Ελέγξτε τη σύνδεσή σας και δοκιμάστε ξανά.",
  "common.offline": "Φαίνεται ότι είστε εκτός σύνδεσης. Θα κρατήσουμε ό,τι γράψατε· δοκιμάστε ξανά όταν συνδεθείτε.",
  "common.serverError": "Κάτι πήγε στραβά από τη δική μας πλευρά. Δοκιμάστε ξανά σε λίγο.",
  "common.rateLimited.one": "Πολλοί στέλνουν αυτή τη στιγμή. Περιμένετε {count} δευτερόλεπτο και δοκιμάστε ξανά.",
  "common.rateLimited.other": "Πολλοί στέλνουν αυτή τη στιγμή. Περιμένετε {count} δευτερόλεπτα και δοκιμάστε ξανά.",
  "common.originNotAllowed": "Αυτός ο ιστότοπος δεν έχει ρυθμιστεί ακόμη για αποστολή στον διακομιστή της εκστρατείας, γι’ αυτό δεν στάλθηκε τίποτα. Ενημερώστε τον ιδιοκτήτη του ιστότοπου ή δοκιμάστε αργότερα.",
  "common.required": "(υποχρεωτικό)",
  "common.optional": "(προαιρετικό)",
  "field.required": "Συμπληρώστε αυτό το πεδίο.",
  "field.too_short": "Είναι πολύ σύντομο.",
  "field.too_long": "Είναι πολύ μεγάλο.",
  "field.invalid_format": "Δεν φαίνεται σωστό. Ελέγξτε το.",
  "field.invalid_value": "Αυτή η τιμή δεν γίνεται δεκτή.",
  "field.must_accept": "Επιλέξτε αυτό το πλαίσιο για να συνεχίσετε.",
  "field.email.invalid_format": "Γράψτε μια διεύθυνση email όπως name@example.org.",
  "field.phone.invalid_format": "Γράψτε έναν αριθμό τηλεφώνου με ψηφία, κενά και, αν θέλετε, +.",
  "form.fixErrors": "Διορθώστε τα επισημασμένα πεδία.",
};
