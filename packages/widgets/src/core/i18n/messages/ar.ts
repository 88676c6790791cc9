import type { Catalogue } from './en.js';

// Translations are partial: any id missing here falls back to English.
export const messages: Catalogue = {
  "common.loading": "جارٍ التحميل…",
  "common.retry": "حاول مرة أخرى",
  "common.rateLimited.zero": "يرسل كثيرون أشياء الآن. يُرجى الانتظار {count} ثانية ثم المحاولة مرة أخرى.",
  "common.rateLimited.one": "يرسل كثيرون أشياء الآن. يُرجى الانتظار ثانية واحدة ثم المحاولة مرة أخرى.",
  "common.rateLimited.two": "يرسل كثيرون أشياء الآن. يُرجى الانتظار ثانيتين ثم المحاولة مرة أخرى.",
  "common.rateLimited.few": "يرسل كثيرون أشياء الآن. يُرجى الانتظار {count} ثوانٍ ثم المحاولة مرة أخرى.",
  "common.rateLimited.many": "يرسل كثيرون أشياء الآن. يُرجى الانتظار {count} ثانيةً ثم المحاولة مرة أخرى.",
  "common.rateLimited.other": "يرسل كثيرون أشياء الآن. يُرجى الانتظار {count} ثانية ثم المحاولة مرة أخرى.",
  "common.originNotAllowed": "لم يُهيّأ هذا الموقع بعد للإرسال إلى خادم الحملة، لذلك لم يُرسَل شيء. يُرجى إبلاغ صاحب الموقع أو المحاولة لاحقًا.",
  "field.required": "يرجى ملء هذا الحقل.",
};
