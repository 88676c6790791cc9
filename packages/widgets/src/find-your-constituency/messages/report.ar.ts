import type { ReportCatalogue } from './report.en.js';

// Arabic (ar). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: ReportCatalogue = {
  'report.link': 'الإبلاغ عن مشكلة في هذه الإجابة',
  'report.label': 'ما الخطأ في هذه الإجابة؟',
  'report.hint': 'مثل النائب أو الحزب. يُرجى عدم كتابة اسمك أو عنوانك أو أي بيانات شخصية أخرى.',
  'report.send': 'إرسال البلاغ',
  'report.cancel': 'إلغاء',
  'report.sending': 'جارٍ الإرسال…',
  'report.sent': 'شكرًا لك. وصلنا بلاغك وسيتحقق المنظمون من هذه الإجابة.',
  'report.empty': 'يُرجى كتابة ما هو الخطأ.',
  'report.subject': 'مشكلة في إجابة عن دائرة انتخابية ({area})',
  'report.body': 'منطقة الرمز البريدي: {area}\nالإجابة المعروضة: {answer}\n\nما الخطأ:\n',
};
