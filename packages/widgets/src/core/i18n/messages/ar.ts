import type { Catalogue } from './en.js';

// Translations are partial: any id missing here falls back to English.
export const messages: Catalogue = {
  "common.loading": "جارٍ التحميل…",
  "common.retry": "حاول مرة أخرى",
  "field.required": "يرجى ملء هذا الحقل.",
};
