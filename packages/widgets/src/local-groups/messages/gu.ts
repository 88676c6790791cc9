import type { Catalogue } from './en.js';

// Gujarati (gu). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "groups.heading": "સ્થાનિક જૂથો",
  "groups.headingNear": "{name} નજીકના જૂથો",
  "groups.prompt": "તમારી નજીક કામ કરતા જૂથો જોવા માટે તમારો મતવિસ્તાર શોધો.",
  "groups.loading": "સ્થાનિક જૂથો લોડ થઈ રહ્યા છે…",
  "groups.loaded.one": "{name} નજીક {count} જૂથ નોંધાયેલું છે.",
  "groups.loaded.other": "{name} નજીક {count} જૂથો નોંધાયેલાં છે.",
  "groups.empty": "{name} નજીક હજુ કોઈ જૂથ નોંધાયેલું નથી.",
  "groups.emptyNoSeat": "અમે આ પોસ્ટકોડને કોઈ મતવિસ્તારમાં મૂકી શક્યા નહીં, તેથી તેના માટે જૂથો બતાવી શકતા નથી.",
  "groups.addYours": "શું તમારી સંસ્થા અહીં સક્રિય છે? પરિચય અને સૂચિમાં સમાવેશ માટે વિનંતી કરો.",
  "groups.error": "અમે સ્થાનિક જૂથો લોડ કરી શક્યા નહીં.",
  "groups.here": "{name}માં",
  "groups.away": "{km} કિમી દૂર, {name}માં",
  "groups.languages": "ભાષાઓ: {list}",
  "groups.offers": "આપે છે: {list}",
  "groups.contact": "સંપર્ક: ",
  "groups.type.union_branch": "ટ્રેડ યુનિયન શાખા",
  "groups.type.diaspora_association": "વિદેશી સમુદાય મંડળ",
  "groups.type.community_group": "સમુદાય જૂથ",
  "groups.type.faith_group": "ધાર્મિક જૂથ",
  "groups.type.other": "સંસ્થા",
  "groups.offer.canvassers": "ઘર-ઘર પ્રચારકો",
  "groups.offer.translators": "અનુવાદકો",
  "groups.offer.venues": "સ્થળો",
  "groups.offer.publicity": "પ્રચાર-પ્રસાર",
  "groups.note": "સૂચિઓ દેખાય તે પહેલાં મોડરેટર તેને તપાસે છે.",
};
