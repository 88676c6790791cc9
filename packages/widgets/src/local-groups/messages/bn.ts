import type { Catalogue } from './en.js';

// Bengali (bn). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "groups.heading": "স্থানীয় দল",
  "groups.headingNear": "{name} এর কাছাকাছি দল",
  "groups.prompt": "আপনার কাছাকাছি কাজ করা দলগুলো দেখতে আপনার নির্বাচনী এলাকা খুঁজুন।",
  "groups.loading": "স্থানীয় দলগুলো লোড হচ্ছে…",
  "groups.loaded.one": "{name} এর কাছাকাছি {count}টি দল তালিকাভুক্ত।",
  "groups.loaded.other": "{name} এর কাছাকাছি {count}টি দল তালিকাভুক্ত।",
  "groups.empty": "{name} এর কাছাকাছি এখনও কোনো দল তালিকাভুক্ত নেই।",
  "groups.emptyNoSeat": "এই পোস্টকোডটি কোনো নির্বাচনী এলাকায় ফেলা যায়নি, তাই এর জন্য দল দেখানো সম্ভব নয়।",
  "groups.addYours": "আপনার সংগঠন কি এখানে সক্রিয়? পরিচয় ও তালিকাভুক্তির অনুরোধ করুন।",
  "groups.error": "স্থানীয় দলগুলো লোড করা যায়নি।",
  "groups.here": "{name} এ",
  "groups.away": "{km} কিমি দূরে, {name} এ",
  "groups.languages": "ভাষা: {list}",
  "groups.offers": "যা দেয়: {list}",
  "groups.contact": "যোগাযোগ: ",
  "groups.type.union_branch": "ট্রেড ইউনিয়নের শাখা",
  "groups.type.diaspora_association": "প্রবাসী সমিতি",
  "groups.type.community_group": "কমিউনিটি দল",
  "groups.type.faith_group": "ধর্মীয় দল",
  "groups.type.other": "সংগঠন",
  "groups.offer.canvassers": "বাড়ি বাড়ি প্রচারকর্মী",
  "groups.offer.translators": "অনুবাদক",
  "groups.offer.venues": "সভার জায়গা",
  "groups.offer.publicity": "প্রচার",
  "groups.note": "তালিকাভুক্তি দেখানোর আগে একজন মডারেটর যাচাই করেন।",
};
