import type { Catalogue } from './en.js';

// Translations are partial: any id missing here falls back to English.
export const messages: Catalogue = {
  "common.loading": "جارٍ التحميل…",
  "common.retry": "حاول مرة أخرى",
  "common.originNotAllowed": "لم يُهيّأ هذا الموقع بعد للإرسال إلى خادم الحملة، لذلك لم يُرسَل شيء. يُرجى إبلاغ صاحب الموقع أو المحاولة لاحقًا.",
  "field.required": "يرجى ملء هذا الحقل.",
};
