import type { Catalogue } from './en.js';

// Lithuanian (lt). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: few, many, one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "wall.heading": "Solidarumo žinutės",
  "wall.totals": "{messages} iš {countries}",
  "wall.messages.few": "{count} žinutės",
  "wall.messages.many": "{count} žinutės",
  "wall.messages.one": "{count} žinutė",
  "wall.messages.other": "{count} žinučių",
  "wall.countries.few": "{count} šalių",
  "wall.countries.many": "{count} šalies",
  "wall.countries.one": "{count} šalies",
  "wall.countries.other": "{count} šalių",
  "wall.writtenIn": "Parašyta kalba: {language}",
  "wall.empty": "Žinučių dar nėra. Būkite pirmas, kuris ją atsiųs.",
  "wall.error": "Nepavyko įkelti žinučių.",
  "wall.loadMore": "Įkelti daugiau",
  "wall.loadingMore": "Įkeliama daugiau žinučių…",
  "wall.newMessages": "Atėjo naujų žinučių.",
  "wall.pledgeCount.few": "{count} žmonės tavo apylinkėje pasižadėjo balsuoti",
  "wall.pledgeCount.many": "{count} žmogaus tavo apylinkėje pasižadėjo balsuoti",
  "wall.pledgeCount.one": "{count} žmogus tavo apylinkėje pasižadėjo balsuoti",
  "wall.pledgeCount.other": "{count} žmonių tavo apylinkėje pasižadėjo balsuoti",
};
