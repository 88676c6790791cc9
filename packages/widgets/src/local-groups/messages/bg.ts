import type { Catalogue } from './en.js';

// Bulgarian (bg). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "groups.heading": "Местни групи",
  "groups.headingNear": "Групи близо до {name}",
  "groups.prompt": "Намерете избирателния си район, за да видите групите, които работят близо до вас.",
  "groups.loading": "Зареждане на местните групи…",
  "groups.loaded.one": "{count} група близо до {name}.",
  "groups.loaded.other": "{count} групи близо до {name}.",
  "groups.empty": "Все още няма групи близо до {name}.",
  "groups.emptyNoSeat": "Не успяхме да отнесем този пощенски код към избирателен район, затова не можем да покажем групи за него.",
  "groups.addYours": "Вашата организация активна ли е тук? Поискайте запознанство и включване в списъка.",
  "groups.error": "Не успяхме да заредим местните групи.",
  "groups.here": "В {name}",
  "groups.away": "На {km} км, в {name}",
  "groups.languages": "Езици: {list}",
  "groups.offers": "Предлага: {list}",
  "groups.contact": "Контакт: ",
  "groups.type.union_branch": "Синдикална секция",
  "groups.type.diaspora_association": "Сдружение на диаспората",
  "groups.type.community_group": "Общностна група",
  "groups.type.faith_group": "Религиозна група",
  "groups.type.other": "Организация",
  "groups.offer.canvassers": "агитатори",
  "groups.offer.translators": "преводачи",
  "groups.offer.venues": "помещения",
  "groups.offer.publicity": "популяризиране",
  "groups.note": "Записите се проверяват от модератор, преди да се появят.",
};
