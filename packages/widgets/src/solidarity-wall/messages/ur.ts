import type { Catalogue } from './en.js';

// Urdu (ur). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "wall.heading": "یکجہتی کے پیغامات",
  "wall.totals": "{countries} سے {messages}",
  "wall.messages.one": "{count} پیغام",
  "wall.messages.other": "{count} پیغامات",
  "wall.countries.one": "{count} ملک",
  "wall.countries.other": "{count} ممالک",
  "wall.writtenIn": "{language} میں لکھا گیا",
  "wall.empty": "ابھی کوئی پیغام نہیں۔ پہلا پیغام آپ بھیجیں۔",
  "wall.error": "ہم پیغامات لوڈ نہیں کر سکے۔",
  "wall.loadMore": "مزید لوڈ کریں",
  "wall.loadingMore": "مزید پیغامات لوڈ ہو رہے ہیں…",
  "wall.newMessages": "نئے پیغامات آئے ہیں۔",
  "wall.pledgeCount.one": "آپ کے علاقے میں {count} شخص نے ووٹ دینے کا عہد کیا ہے",
  "wall.pledgeCount.other": "آپ کے علاقے میں {count} لوگوں نے ووٹ دینے کا عہد کیا ہے",
};
