import type { Catalogue } from './en.js';

// Arabic (ar). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
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
  "common.networkError": "تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.",
  "common.offline": "يبدو أنك غير متصل بالإنترنت. سنحتفظ بما كتبته؛ حاول مرة أخرى عند الاتصال.",
  "common.serverError": "حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى بعد قليل.",
  "common.required": "(مطلوب)",
  "common.optional": "(اختياري)",
  "field.too_short": "هذا قصير جدًا.",
  "field.too_long": "هذا طويل جدًا.",
  "field.invalid_format": "يبدو أن هذا غير صحيح. يُرجى التحقق منه.",
  "field.invalid_value": "هذه القيمة غير مقبولة.",
  "field.must_accept": "يُرجى تحديد هذا المربع للمتابعة.",
  "field.email.invalid_format": "أدخل عنوان بريد إلكتروني مثل name@example.org.",
  "field.phone.invalid_format": "أدخل رقم هاتف باستخدام الأرقام والمسافات وعلامة + اختياريًا.",
  "form.fixErrors": "يُرجى تصحيح الحقول المميّزة.",
};
