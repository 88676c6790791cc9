import type { Catalogue } from './en.js';

// Punjabi (Gurmukhi) (pa). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "groups.heading": "ਸਥਾਨਕ ਗਰੁੱਪ",
  "groups.headingNear": "{name} ਦੇ ਨੇੜੇ ਗਰੁੱਪ",
  "groups.prompt": "ਆਪਣੇ ਨੇੜੇ ਕੰਮ ਕਰਦੇ ਗਰੁੱਪ ਦੇਖਣ ਲਈ ਆਪਣਾ ਚੋਣ ਹਲਕਾ ਲੱਭੋ।",
  "groups.loading": "ਸਥਾਨਕ ਗਰੁੱਪ ਲੋਡ ਹੋ ਰਹੇ ਹਨ…",
  "groups.loaded.one": "{name} ਦੇ ਨੇੜੇ {count} ਗਰੁੱਪ ਦਰਜ ਹੈ।",
  "groups.loaded.other": "{name} ਦੇ ਨੇੜੇ {count} ਗਰੁੱਪ ਦਰਜ ਹਨ।",
  "groups.empty": "{name} ਦੇ ਨੇੜੇ ਅਜੇ ਕੋਈ ਗਰੁੱਪ ਦਰਜ ਨਹੀਂ।",
  "groups.emptyNoSeat": "ਅਸੀਂ ਇਸ ਪੋਸਟਕੋਡ ਨੂੰ ਕਿਸੇ ਚੋਣ ਹਲਕੇ ਵਿੱਚ ਨਹੀਂ ਰੱਖ ਸਕੇ, ਇਸ ਲਈ ਇਸ ਲਈ ਗਰੁੱਪ ਨਹੀਂ ਦਿਖਾ ਸਕਦੇ।",
  "groups.addYours": "ਕੀ ਤੁਹਾਡੀ ਸੰਸਥਾ ਇੱਥੇ ਸਰਗਰਮ ਹੈ? ਜਾਣ-ਪਛਾਣ ਅਤੇ ਸੂਚੀ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਣ ਲਈ ਬੇਨਤੀ ਕਰੋ।",
  "groups.error": "ਅਸੀਂ ਸਥਾਨਕ ਗਰੁੱਪ ਲੋਡ ਨਹੀਂ ਕਰ ਸਕੇ।",
  "groups.here": "{name} ਵਿੱਚ",
  "groups.away": "{km} ਕਿ.ਮੀ. ਦੂਰ, {name} ਵਿੱਚ",
  "groups.languages": "ਭਾਸ਼ਾਵਾਂ: {list}",
  "groups.offers": "ਪੇਸ਼ਕਸ਼: {list}",
  "groups.contact": "ਸੰਪਰਕ: ",
  "groups.type.union_branch": "ਟਰੇਡ ਯੂਨੀਅਨ ਸ਼ਾਖਾ",
  "groups.type.diaspora_association": "ਪਰਵਾਸੀ ਸਭਾ",
  "groups.type.community_group": "ਭਾਈਚਾਰਕ ਗਰੁੱਪ",
  "groups.type.faith_group": "ਧਾਰਮਿਕ ਗਰੁੱਪ",
  "groups.type.other": "ਸੰਸਥਾ",
  "groups.offer.canvassers": "ਘਰ-ਘਰ ਪ੍ਰਚਾਰਕ",
  "groups.offer.translators": "ਅਨੁਵਾਦਕ",
  "groups.offer.venues": "ਥਾਂਵਾਂ",
  "groups.offer.publicity": "ਪ੍ਰਚਾਰ",
  "groups.note": "ਸੂਚੀਆਂ ਦਿਖਾਈ ਦੇਣ ਤੋਂ ਪਹਿਲਾਂ ਮਾਡਰੇਟਰ ਉਨ੍ਹਾਂ ਦੀ ਜਾਂਚ ਕਰਦਾ ਹੈ।",
};
