import type { Catalogue } from './en.js';

// Bulgarian (bg). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "common.loading": "Зареждане…",
  "common.retry": "Опитайте отново",
  "common.networkError": "Не успяхме да се свържем със сървъра. Проверете връзката си и опитайте отново.",
  "common.offline": "Изглежда, че нямате връзка с интернет. Ще запазим написаното; опитайте отново, когато се свържете.",
  "common.serverError": "Нещо се обърка при нас. Моля, опитайте отново след малко.",
  "common.rateLimited.one": "В момента много хора изпращат едновременно. Моля, изчакайте {count} секунда и опитайте отново.",
  "common.rateLimited.other": "В момента много хора изпращат едновременно. Моля, изчакайте {count} секунди и опитайте отново.",
  "common.originNotAllowed": "Този сайт все още не е настроен да изпраща към сървъра на кампанията, затова нищо не беше изпратено. Моля, уведомете собственика на сайта или опитайте по-късно.",
  "common.required": "(задължително)",
  "common.optional": "(по желание)",
  "field.required": "Моля, попълнете това поле.",
  "field.too_short": "Твърде кратко е.",
  "field.too_long": "Твърде дълго е.",
  "field.invalid_format": "Това не изглежда правилно. Моля, проверете го.",
  "field.invalid_value": "Тази стойност не се приема.",
  "field.must_accept": "Моля, отметнете това поле, за да продължите.",
  "field.email.invalid_format": "Въведете имейл адрес, например name@example.org.",
  "field.phone.invalid_format": "Въведете телефонен номер с цифри, интервали и по желание +.",
  "form.fixErrors": "Моля, поправете отбелязаните полета.",
};
