import type { Catalogue } from './en.js';

// Punjabi (pa). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "share.heading": "ਹੋਰਾਂ ਨੂੰ ਵੀ ਸ਼ਾਮਲ ਹੋਣ ਲਈ ਕਹੋ",
  "share.text": "ਮੈਂ ਹੁਣੇ ਹਿੱਸਾ ਲਿਆ ਹੈ — ਤੁਸੀਂ ਵੀ ਸ਼ਾਮਲ ਹੋਵੋ ਅਤੇ ਜਾਣੋ ਕਿ ਤੁਹਾਡੀ ਮਦਦ ਕਿੱਥੇ ਮਾਇਨੇ ਰੱਖਦੀ ਹੈ: {url}",
  "share.textSeat": "{seat} ਵਿੱਚ ਮੇਰੀ ਮਦਦ ਜਾਰੀ ਹੈ — ਜਾਣੋ ਕਿ ਤੁਹਾਡੀ ਮਦਦ ਕਿੱਥੇ ਮਾਇਨੇ ਰੱਖਦੀ ਹੈ: {url}",
  "share.native": "ਸਾਂਝਾ ਕਰੋ…",
  "share.on": "{network} ’ਤੇ ਸਾਂਝਾ ਕਰੋ",
  "share.email": "ਈਮੇਲ ਰਾਹੀਂ ਸਾਂਝਾ ਕਰੋ",
  "share.subject": "ਸਾਡੇ ਨਾਲ ਜੁੜੋ",
  "share.copy": "ਲਿੰਕ ਕਾਪੀ ਕਰੋ",
  "share.copied": "ਲਿੰਕ ਕਾਪੀ ਹੋ ਗਿਆ।",
  "share.address": "ਸਾਂਝਾ ਕਰਨ ਲਈ ਲਿੰਕ",
};
