import type { Catalogue } from './en.js';

// Translations are partial: any id missing here falls back to English.
export const messages: Catalogue = {
  "common.loading": "Ładowanie…",
  "common.retry": "Spróbuj ponownie",
  "field.required": "Wypełnij to pole.",
};
