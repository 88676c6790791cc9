import type { Catalogue } from './en.js';

// Turkish (tr). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "common.loading": "Yükleniyor…",
  "common.retry": "Tekrar dene",
  "common.networkError": "Sunucuya ulaşamadık. Bağlantınızı kontrol edip tekrar deneyin.",
  "common.offline": "Çevrimdışı görünüyorsunuz. Yazdıklarınızı saklayacağız; bağlandığınızda tekrar deneyin.",
  "common.serverError": "Bizim tarafımızda bir sorun oluştu. Lütfen biraz sonra tekrar deneyin.",
  "common.rateLimited.one": "Şu anda çok sayıda kişi gönderim yapıyor. Lütfen {count} saniye bekleyip tekrar deneyin.",
  "common.rateLimited.other": "Şu anda çok sayıda kişi gönderim yapıyor. Lütfen {count} saniye bekleyip tekrar deneyin.",
  "common.originNotAllowed": "Bu site henüz kampanyanın sunucusuna gönderim yapacak şekilde ayarlanmadı, bu yüzden hiçbir şey gönderilmedi. Lütfen site sahibine bildirin ya da daha sonra tekrar deneyin.",
  "common.required": "(zorunlu)",
  "common.optional": "(isteğe bağlı)",
  "field.required": "Lütfen bu alanı doldurun.",
  "field.too_short": "Bu çok kısa.",
  "field.too_long": "Bu çok uzun.",
  "field.invalid_format": "Bu doğru görünmüyor. Lütfen kontrol edin.",
  "field.invalid_value": "Bu değer kabul edilmiyor.",
  "field.must_accept": "Devam etmek için lütfen bu kutuyu işaretleyin.",
  "field.email.invalid_format": "name@example.org gibi bir e-posta adresi girin.",
  "field.phone.invalid_format": "Rakam, boşluk ve isteğe bağlı + kullanarak bir telefon numarası girin.",
  "form.fixErrors": "Lütfen işaretli alanları düzeltin.",
};
