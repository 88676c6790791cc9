import type { Catalogue } from './en.js';

// Translations are partial: any id missing here falls back to English.
export const messages: Catalogue = {
  "common.loading": "Wrthi’n llwytho…",
  "common.retry": "Rhowch gynnig arall arni",
  "field.required": "Llenwch y maes hwn.",
};
