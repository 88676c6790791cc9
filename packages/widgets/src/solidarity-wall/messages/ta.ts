import type { Catalogue } from './en.js';

// Tamil (ta). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "wall.heading": "ஒற்றுமைச் செய்திகள்",
  "wall.totals": "{countries} இலிருந்து {messages}",
  "wall.messages.one": "{count} செய்தி",
  "wall.messages.other": "{count} செய்திகள்",
  "wall.countries.one": "{count} நாடு",
  "wall.countries.other": "{count} நாடுகள்",
  "wall.writtenIn": "{language} இல் எழுதப்பட்டது",
  "wall.empty": "இன்னும் செய்திகள் இல்லை. முதல் செய்தியை நீங்களே அனுப்புங்கள்.",
  "wall.error": "செய்திகளை ஏற்ற முடியவில்லை.",
  "wall.loadMore": "மேலும் ஏற்று",
  "wall.loadingMore": "மேலும் செய்திகள் ஏற்றப்படுகின்றன…",
  "wall.newMessages": "புதிய செய்திகள் வந்துள்ளன.",
  "wall.pledgeCount.one": "உங்கள் பகுதியில் {count} நபர் வாக்களிப்பதாக உறுதிமொழி எடுத்துள்ளார்",
  "wall.pledgeCount.other": "உங்கள் பகுதியில் {count} பேர் வாக்களிப்பதாக உறுதிமொழி எடுத்துள்ளனர்",
};
