import type { Catalogue } from './en.js';

// Bulgarian (bg). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "wall.heading": "Послания на солидарност",
  "wall.totals": "{messages} от {countries}",
  "wall.messages.one": "{count} послание",
  "wall.messages.other": "{count} послания",
  "wall.countries.one": "{count} държава",
  "wall.countries.other": "{count} държави",
  "wall.writtenIn": "Написано на {language}",
  "wall.empty": "Все още няма послания. Изпратете първото.",
  "wall.error": "Не успяхме да заредим посланията.",
  "wall.loadMore": "Зареди още",
  "wall.loadingMore": "Зареждане на още послания…",
  "wall.newMessages": "Пристигнаха нови послания.",
  "wall.pledgeCount.one": "{count} човек от твоя район обеща да гласува",
  "wall.pledgeCount.other": "{count} души от твоя район обещаха да гласуват",
};
