import type { Catalogue } from './en.js';

// Punjabi (Gurmukhi) (pa). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "wall.heading": "ਏਕਤਾ ਦੇ ਸੁਨੇਹੇ",
  "wall.totals": "{countries} ਤੋਂ {messages}",
  "wall.messages.one": "{count} ਸੁਨੇਹਾ",
  "wall.messages.other": "{count} ਸੁਨੇਹੇ",
  "wall.countries.one": "{count} ਦੇਸ਼",
  "wall.countries.other": "{count} ਦੇਸ਼ਾਂ",
  "wall.writtenIn": "{language} ਵਿੱਚ ਲਿਖਿਆ",
  "wall.empty": "ਅਜੇ ਕੋਈ ਸੁਨੇਹਾ ਨਹੀਂ। ਪਹਿਲਾ ਸੁਨੇਹਾ ਤੁਸੀਂ ਭੇਜੋ।",
  "wall.error": "ਅਸੀਂ ਸੁਨੇਹੇ ਲੋਡ ਨਹੀਂ ਕਰ ਸਕੇ।",
  "wall.loadMore": "ਹੋਰ ਲੋਡ ਕਰੋ",
  "wall.loadingMore": "ਹੋਰ ਸੁਨੇਹੇ ਲੋਡ ਹੋ ਰਹੇ ਹਨ…",
  "wall.newMessages": "ਨਵੇਂ ਸੁਨੇਹੇ ਆਏ ਹਨ।",
  "wall.pledgeCount.one": "ਤੁਹਾਡੇ ਇਲਾਕੇ ਵਿੱਚ {count} ਵਿਅਕਤੀ ਨੇ ਵੋਟ ਪਾਉਣ ਦਾ ਪ੍ਰਣ ਕੀਤਾ ਹੈ",
  "wall.pledgeCount.other": "ਤੁਹਾਡੇ ਇਲਾਕੇ ਵਿੱਚ {count} ਲੋਕਾਂ ਨੇ ਵੋਟ ਪਾਉਣ ਦਾ ਪ੍ਰਣ ਕੀਤਾ ਹੈ",
};
