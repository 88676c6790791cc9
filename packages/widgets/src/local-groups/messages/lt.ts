import type { Catalogue } from './en.js';

// Lithuanian (lt). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: few, many, one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "groups.heading": "Vietos grupės",
  "groups.headingNear": "Grupės netoli {name}",
  "groups.prompt": "Raskite savo rinkimų apygardą, kad pamatytumėte netoliese veikiančias grupes.",
  "groups.loading": "Įkeliamos vietos grupės…",
  "groups.loaded.few": "Netoli {name} įrašytos {count} grupės.",
  "groups.loaded.many": "Netoli {name} įrašyta {count} grupės.",
  "groups.loaded.one": "Netoli {name} įrašyta {count} grupė.",
  "groups.loaded.other": "Netoli {name} įrašyta {count} grupių.",
  "groups.empty": "Netoli {name} dar nėra įrašytų grupių.",
  "groups.emptyNoSeat": "Negalėjome priskirti šio pašto kodo rinkimų apygardai, todėl negalime parodyti jam grupių.",
  "groups.addYours": "Ar jūsų organizacija čia veikia? Paprašykite supažindinti ir įtraukti į sąrašą.",
  "groups.error": "Nepavyko įkelti vietos grupių.",
  "groups.here": "Apygardoje {name}",
  "groups.away": "Už {km} km, apygardoje {name}",
  "groups.languages": "Kalbos: {list}",
  "groups.offers": "Siūlo: {list}",
  "groups.contact": "Kontaktas: ",
  "groups.type.union_branch": "Profesinės sąjungos skyrius",
  "groups.type.diaspora_association": "Diasporos bendrija",
  "groups.type.community_group": "Bendruomenės grupė",
  "groups.type.faith_group": "Tikinčiųjų bendruomenė",
  "groups.type.other": "Organizacija",
  "groups.offer.canvassers": "agitatorius",
  "groups.offer.translators": "vertėjus",
  "groups.offer.venues": "patalpas",
  "groups.offer.publicity": "viešinimą",
  "groups.note": "Įrašus prieš paskelbiant patikrina moderatorius.",
};
