import type { Catalogue } from './en.js';

// Urdu (ur). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "groups.heading": "مقامی گروپ",
  "groups.headingNear": "{name} کے قریب گروپ",
  "groups.prompt": "اپنے قریب کام کرنے والے گروپ دیکھنے کے لیے اپنا انتخابی حلقہ تلاش کریں۔",
  "groups.loading": "مقامی گروپ لوڈ ہو رہے ہیں…",
  "groups.loaded.one": "{name} کے قریب {count} گروپ درج ہے۔",
  "groups.loaded.other": "{name} کے قریب {count} گروپ درج ہیں۔",
  "groups.empty": "{name} کے قریب ابھی کوئی گروپ درج نہیں۔",
  "groups.emptyNoSeat": "ہم اس پوسٹ کوڈ کو کسی انتخابی حلقے میں نہیں رکھ سکے، اس لیے اس کے لیے گروپ نہیں دکھا سکتے۔",
  "groups.addYours": "کیا آپ کی تنظیم یہاں سرگرم ہے؟ تعارف اور اندراج کی درخواست کریں۔",
  "groups.error": "ہم مقامی گروپ لوڈ نہیں کر سکے۔",
  "groups.here": "{name} میں",
  "groups.away": "{km} کلومیٹر دور، {name} میں",
  "groups.languages": "زبانیں: {list}",
  "groups.offers": "پیشکش: {list}",
  "groups.contact": "رابطہ: ",
  "groups.type.union_branch": "ٹریڈ یونین کی شاخ",
  "groups.type.diaspora_association": "تارکینِ وطن کی انجمن",
  "groups.type.community_group": "کمیونٹی گروپ",
  "groups.type.faith_group": "مذہبی گروپ",
  "groups.type.other": "تنظیم",
  "groups.offer.canvassers": "گھر گھر مہم کے رضاکار",
  "groups.offer.translators": "مترجم",
  "groups.offer.venues": "جگہیں",
  "groups.offer.publicity": "تشہیر",
  "groups.note": "اندراجات ظاہر ہونے سے پہلے ماڈریٹر ان کی جانچ کرتا ہے۔",
};
