import type { Catalogue } from './en.js';

// Somali (so). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "groups.heading": "Kooxaha deegaanka",
  "groups.headingNear": "Kooxaha u dhow {name}",
  "groups.prompt": "Hel deegaankaaga doorashada si aad u aragto kooxaha kuu dhow ka shaqeeya.",
  "groups.loading": "Waa la soo rarayaa kooxaha deegaanka…",
  "groups.loaded.one": "{count} koox ayaa la taxay oo u dhow {name}.",
  "groups.loaded.other": "{count} koox ayaa la taxay oo u dhow {name}.",
  "groups.empty": "Weli ma jiraan kooxo la taxay oo u dhow {name}.",
  "groups.emptyNoSeat": "Koodhkan boostada kuma aanu xiri karin deegaan, sidaas darteed uma taxi karno kooxo.",
  "groups.addYours": "Ururkaagu ma ka firfircoon yahay halkan? Codso in laguu soo bandhigo oo lagu daro liiska.",
  "groups.error": "Ma aanu soo rari karin kooxaha deegaanka.",
  "groups.here": "Gudaha {name}",
  "groups.away": "{km} km u jira, gudaha {name}",
  "groups.languages": "Luqadaha: {list}",
  "groups.offers": "Waxay bixiyaan: {list}",
  "groups.contact": "Xiriir: ",
  "groups.type.union_branch": "Laan urur shaqaale",
  "groups.type.diaspora_association": "Urur qurbajoog",
  "groups.type.community_group": "Koox bulsho",
  "groups.type.faith_group": "Koox diimeed",
  "groups.type.other": "Urur",
  "groups.offer.canvassers": "olole-wadayaal guri-guri",
  "groups.offer.translators": "turjumaano",
  "groups.offer.venues": "goobo kulan",
  "groups.offer.publicity": "faafin",
  "groups.note": "Diiwaannada waxaa hubiya maamule ka hor inta aan la soo bandhigin.",
};
