import type { Catalogue } from './en.js';

// Turkish (tr). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "groups.heading": "Yerel gruplar",
  "groups.headingNear": "{name} yakınındaki gruplar",
  "groups.prompt": "Yakınınızda çalışan grupları görmek için seçim bölgenizi bulun.",
  "groups.loading": "Yerel gruplar yükleniyor…",
  "groups.loaded.one": "{name} yakınında listelenmiş {count} grup var.",
  "groups.loaded.other": "{name} yakınında listelenmiş {count} grup var.",
  "groups.empty": "{name} yakınında henüz listelenmiş grup yok.",
  "groups.emptyNoSeat": "Bu posta kodunu bir seçim bölgesine yerleştiremedik, bu yüzden onun için grup listeleyemiyoruz.",
  "groups.addYours": "Kuruluşunuz burada etkin mi? Tanıştırılmayı ve listelenmeyi isteyin.",
  "groups.error": "Yerel grupları yükleyemedik.",
  "groups.here": "{name} içinde",
  "groups.away": "{km} km uzakta, {name} içinde",
  "groups.languages": "Diller: {list}",
  "groups.offers": "Sunduğu: {list}",
  "groups.contact": "İletişim: ",
  "groups.type.union_branch": "Sendika şubesi",
  "groups.type.diaspora_association": "Diaspora derneği",
  "groups.type.community_group": "Topluluk grubu",
  "groups.type.faith_group": "İnanç grubu",
  "groups.type.other": "Kuruluş",
  "groups.offer.canvassers": "kapı kapı gönüllüler",
  "groups.offer.translators": "çevirmenler",
  "groups.offer.venues": "mekânlar",
  "groups.offer.publicity": "tanıtım",
  "groups.note": "Kayıtlar görünmeden önce bir moderatör tarafından kontrol edilir.",
};
