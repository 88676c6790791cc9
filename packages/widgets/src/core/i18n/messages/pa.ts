import type { Catalogue } from './en.js';

// Punjabi (Gurmukhi) (pa). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "common.loading": "ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ…",
  "common.retry": "ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ",
  "common.networkError": "ਅਸੀਂ ਸਰਵਰ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚ ਸਕੇ। ਆਪਣਾ ਕਨੈਕਸ਼ਨ ਜਾਂਚੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।",
  "common.offline": "ਲੱਗਦਾ ਹੈ ਤੁਸੀਂ ਆਫ਼ਲਾਈਨ ਹੋ। ਤੁਸੀਂ ਜੋ ਲਿਖਿਆ ਹੈ ਅਸੀਂ ਸੰਭਾਲ ਕੇ ਰੱਖਾਂਗੇ; ਕਨੈਕਟ ਹੋਣ 'ਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।",
  "common.serverError": "ਸਾਡੇ ਵੱਲੋਂ ਕੁਝ ਗੜਬੜ ਹੋ ਗਈ। ਕਿਰਪਾ ਕਰਕੇ ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।",
  "common.rateLimited.one": "ਇਸ ਵੇਲੇ ਬਹੁਤ ਲੋਕ ਭੇਜ ਰਹੇ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ {count} ਸਕਿੰਟ ਉਡੀਕ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।",
  "common.rateLimited.other": "ਇਸ ਵੇਲੇ ਬਹੁਤ ਲੋਕ ਭੇਜ ਰਹੇ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ {count} ਸਕਿੰਟ ਉਡੀਕ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।",
  "common.originNotAllowed": "ਇਹ ਸਾਈਟ ਅਜੇ ਮੁਹਿੰਮ ਦੇ ਸਰਵਰ ਨੂੰ ਭੇਜਣ ਲਈ ਸੈੱਟ ਨਹੀਂ ਕੀਤੀ ਗਈ, ਇਸ ਲਈ ਕੁਝ ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਸਾਈਟ ਦੇ ਮਾਲਕ ਨੂੰ ਦੱਸੋ, ਜਾਂ ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।",
  "common.required": "(ਲਾਜ਼ਮੀ)",
  "common.optional": "(ਵਿਕਲਪਿਕ)",
  "field.required": "ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਖਾਨਾ ਭਰੋ।",
  "field.too_short": "ਇਹ ਬਹੁਤ ਛੋਟਾ ਹੈ।",
  "field.too_long": "ਇਹ ਬਹੁਤ ਲੰਮਾ ਹੈ।",
  "field.invalid_format": "ਇਹ ਸਹੀ ਨਹੀਂ ਲੱਗਦਾ। ਕਿਰਪਾ ਕਰਕੇ ਜਾਂਚੋ।",
  "field.invalid_value": "ਇਹ ਮੁੱਲ ਸਵੀਕਾਰ ਨਹੀਂ ਹੈ।",
  "field.must_accept": "ਅੱਗੇ ਵਧਣ ਲਈ ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਡੱਬੇ 'ਤੇ ਨਿਸ਼ਾਨ ਲਾਓ।",
  "field.email.invalid_format": "name@example.org ਵਰਗਾ ਈਮੇਲ ਪਤਾ ਲਿਖੋ।",
  "field.phone.invalid_format": "ਅੰਕਾਂ, ਖਾਲੀ ਥਾਂਵਾਂ ਅਤੇ ਚਾਹੋ ਤਾਂ + ਨਾਲ ਫ਼ੋਨ ਨੰਬਰ ਲਿਖੋ।",
  "form.fixErrors": "ਕਿਰਪਾ ਕਰਕੇ ਨਿਸ਼ਾਨ ਲੱਗੇ ਖਾਨੇ ਠੀਕ ਕਰੋ।",
};
