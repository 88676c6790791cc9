import type { Catalogue } from './en.js';

// Translations are partial: any id missing here falls back to English.
export const messages: Catalogue = {
  "finder.heading": "ابحث عن دائرتك الانتخابية",
  "finder.label": "رمزك البريدي",
  "finder.submit": "ابحث",
  "common.loading": "جارٍ التحميل…",
  "common.retry": "حاول مرة أخرى",
  "finder.resultHeading": "دائرتك الانتخابية هي {name}",
  "finder.invalid": "هذا لا يبدو رمزًا بريديًا في المملكة المتحدة. يبدو الرمز البريدي هكذا: SW1A 1AA.",
  "finder.register": "سجّل للتصويت",
  "solidarity.heading": "أرسل رسالة تضامن",
  "solidarity.message": "رسالتك",
  "solidarity.submit": "أرسل الرسالة",
  "solidarity.thanks": "شكرًا لك. ستظهر رسالتك بعد المراجعة.",
  "wall.heading": "رسائل التضامن",
  "canvass.heading": "سجّل للمشاركة في الحملة",
  "canvass.submit": "سجّل",
  "field.required": "يرجى ملء هذا الحقل.",
};
