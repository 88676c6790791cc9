import type { Catalogue } from './en.js';

// Greek (el). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "wall.heading": "Μηνύματα αλληλεγγύης",
  "wall.totals": "{messages} από {countries}",
  "wall.messages.one": "{count} μήνυμα",
  "wall.messages.other": "{count} μηνύματα",
  "wall.countries.one": "{count} χώρα",
  "wall.countries.other": "{count} χώρες",
  "wall.writtenIn": "Γραμμένο στα {language}",
  "wall.empty": "Δεν υπάρχουν ακόμη μηνύματα. Στείλτε πρώτοι ένα.",
  "wall.error": "Δεν μπορέσαμε να φορτώσουμε τα μηνύματα.",
  "wall.loadMore": "Περισσότερα",
  "wall.loadingMore": "Φόρτωση περισσότερων μηνυμάτων…",
  "wall.newMessages": "Έφτασαν νέα μηνύματα.",
  "wall.pledgeCount.one": "{count} άτομο στην περιοχή σου έχει δεσμευτεί να ψηφίσει",
  "wall.pledgeCount.other": "{count} άτομα στην περιοχή σου έχουν δεσμευτεί να ψηφίσουν",
};
