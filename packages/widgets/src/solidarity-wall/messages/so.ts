import type { Catalogue } from './en.js';

// Somali (so). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "wall.heading": "Fariimaha wadajirka",
  "wall.totals": "{messages} oo ka yimid {countries}",
  "wall.messages.one": "{count} fariin",
  "wall.messages.other": "{count} fariimood",
  "wall.countries.one": "{count} dal",
  "wall.countries.other": "{count} dal",
  "wall.writtenIn": "Waxaa lagu qoray {language}",
  "wall.empty": "Weli fariimo ma jiraan. Noqo qofka ugu horreeya ee mid soo dira.",
  "wall.error": "Ma aanu soo rari karin fariimaha.",
  "wall.loadMore": "Soo rar kuwo kale",
  "wall.loadingMore": "Waa la soo rarayaa fariimo kale…",
  "wall.newMessages": "Fariimo cusub ayaa yimid.",
  "wall.pledgeCount.one": "{count} qof oo deegaankaaga ah ayaa ballan qaaday inuu codeyn doono",
  "wall.pledgeCount.other": "{count} qof oo deegaankaaga ah ayaa ballan qaaday inay codeyn doonaan",
};
