import type { Catalogue } from './en.js';

// Urdu (ur). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "common.loading": "لوڈ ہو رہا ہے…",
  "common.retry": "دوبارہ کوشش کریں",
  "common.networkError": "ہم سرور تک نہیں پہنچ سکے۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔",
  "common.offline": "لگتا ہے آپ آف لائن ہیں۔ آپ نے جو لکھا ہے وہ ہم محفوظ رکھیں گے؛ کنکشن بحال ہونے پر دوبارہ کوشش کریں۔",
  "common.serverError": "ہماری طرف کچھ خرابی ہو گئی۔ براہِ کرم تھوڑی دیر بعد دوبارہ کوشش کریں۔",
  "common.rateLimited.one": "اس وقت بہت سے لوگ بھیج رہے ہیں۔ براہِ کرم {count} سیکنڈ انتظار کریں اور دوبارہ کوشش کریں۔",
  "common.rateLimited.other": "اس وقت بہت سے لوگ بھیج رہے ہیں۔ براہِ کرم {count} سیکنڈ انتظار کریں اور دوبارہ کوشش کریں۔",
  "common.originNotAllowed": "یہ ویب سائٹ ابھی مہم کے سرور کو بھیجنے کے لیے ترتیب نہیں دی گئی، اس لیے کچھ نہیں بھیجا گیا۔ براہِ کرم ویب سائٹ کے مالک کو بتائیں، یا بعد میں دوبارہ کوشش کریں۔",
  "common.required": "(لازمی)",
  "common.optional": "(اختیاری)",
  "field.required": "براہِ کرم یہ خانہ پُر کریں۔",
  "field.too_short": "یہ بہت مختصر ہے۔",
  "field.too_long": "یہ بہت طویل ہے۔",
  "field.invalid_format": "یہ درست نہیں لگتا۔ براہِ کرم اسے چیک کریں۔",
  "field.invalid_value": "یہ قدر قبول نہیں کی جاتی۔",
  "field.must_accept": "آگے بڑھنے کے لیے براہِ کرم اس خانے پر نشان لگائیں۔",
  "field.email.invalid_format": "name@example.org جیسا ای میل پتا لکھیں۔",
  "field.phone.invalid_format": "ہندسوں، خالی جگہوں اور اختیاری + کے ساتھ فون نمبر لکھیں۔",
  "form.fixErrors": "براہِ کرم نمایاں کیے گئے خانوں کو درست کریں۔",
};
