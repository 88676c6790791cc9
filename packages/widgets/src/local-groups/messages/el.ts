import type { Catalogue } from './en.js';

// Greek (el). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "groups.heading": "Τοπικές ομάδες",
  "groups.headingNear": "Ομάδες κοντά σε {name}",
  "groups.prompt": "Βρείτε την εκλογική σας περιφέρεια για να δείτε τις ομάδες που δραστηριοποιούνται κοντά σας.",
  "groups.loading": "Φόρτωση τοπικών ομάδων…",
  "groups.loaded.one": "{count} καταχωρισμένη ομάδα κοντά σε {name}.",
  "groups.loaded.other": "{count} καταχωρισμένες ομάδες κοντά σε {name}.",
  "groups.empty": "Δεν υπάρχουν ακόμη καταχωρισμένες ομάδες κοντά σε {name}.",
  "groups.emptyNoSeat": "Δεν μπορέσαμε να αντιστοιχίσουμε αυτόν τον ταχυδρομικό κώδικα σε εκλογική περιφέρεια, οπότε δεν μπορούμε να δείξουμε ομάδες.",
  "groups.addYours": "Δραστηριοποιείται εδώ η οργάνωσή σας; Ζητήστε γνωριμία και καταχώριση.",
  "groups.error": "Δεν μπορέσαμε να φορτώσουμε τις τοπικές ομάδες.",
  "groups.here": "Στο {name}",
  "groups.away": "Σε απόσταση {km} χλμ., στο {name}",
  "groups.languages": "Γλώσσες: {list}",
  "groups.offers": "Προσφέρει: {list}",
  "groups.contact": "Επικοινωνία: ",
  "groups.type.union_branch": "Τμήμα συνδικάτου",
  "groups.type.diaspora_association": "Σύλλογος της διασποράς",
  "groups.type.community_group": "Κοινοτική ομάδα",
  "groups.type.faith_group": "Θρησκευτική ομάδα",
  "groups.type.other": "Οργάνωση",
  "groups.offer.canvassers": "εθελοντές για πόρτα-πόρτα",
  "groups.offer.translators": "μεταφραστές",
  "groups.offer.venues": "χώρους",
  "groups.offer.publicity": "δημοσιότητα",
  "groups.note": "Οι καταχωρίσεις ελέγχονται από συντονιστή πριν εμφανιστούν.",
};
