import type { Catalogue } from './en.js';

// Gujarati (gu). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "wall.heading": "એકતાના સંદેશાઓ",
  "wall.totals": "{countries}માંથી {messages}",
  "wall.messages.one": "{count} સંદેશ",
  "wall.messages.other": "{count} સંદેશાઓ",
  "wall.countries.one": "{count} દેશ",
  "wall.countries.other": "{count} દેશો",
  "wall.writtenIn": "{language}માં લખેલું",
  "wall.empty": "હજુ કોઈ સંદેશ નથી. પહેલો સંદેશ તમે મોકલો.",
  "wall.error": "અમે સંદેશાઓ લોડ કરી શક્યા નહીં.",
  "wall.loadMore": "વધુ લોડ કરો",
  "wall.loadingMore": "વધુ સંદેશાઓ લોડ થઈ રહ્યા છે…",
  "wall.newMessages": "નવા સંદેશાઓ આવ્યા છે.",
  "wall.pledgeCount.one": "તમારા વિસ્તારમાં {count} વ્યક્તિએ મત આપવાની પ્રતિજ્ઞા લીધી છે",
  "wall.pledgeCount.other": "તમારા વિસ્તારમાં {count} લોકોએ મત આપવાની પ્રતિજ્ઞા લીધી છે",
};
