import type { Catalogue } from './en.js';

// Spanish (es). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "groups.heading": "Grupos locales",
  "groups.headingNear": "Grupos cerca de {name}",
  "groups.prompt": "Busca tu circunscripción para ver los grupos que trabajan cerca de ti.",
  "groups.loading": "Cargando los grupos locales…",
  "groups.loaded.one": "{count} grupo en la lista cerca de {name}.",
  "groups.loaded.many": "{count} de grupos en la lista cerca de {name}.",
  "groups.loaded.other": "{count} grupos en la lista cerca de {name}.",
  "groups.empty": "Todavía no hay grupos en la lista cerca de {name}.",
  "groups.emptyNoSeat": "No hemos podido situar ese código postal en una circunscripción, así que no podemos mostrar grupos.",
  "groups.addYours": "¿Tu organización trabaja aquí? Pide que os presenten y os incluyan en la lista.",
  "groups.error": "No hemos podido cargar los grupos locales.",
  "groups.here": "En {name}",
  "groups.away": "A {km} km, en {name}",
  "groups.languages": "Idiomas: {list}",
  "groups.offers": "Ofrece: {list}",
  "groups.contact": "Contacto: ",
  "groups.type.union_branch": "Sección sindical",
  "groups.type.diaspora_association": "Asociación de la diáspora",
  "groups.type.community_group": "Grupo comunitario",
  "groups.type.faith_group": "Grupo religioso",
  "groups.type.other": "Organización",
  "groups.offer.canvassers": "voluntarios puerta a puerta",
  "groups.offer.translators": "traductores",
  "groups.offer.venues": "locales",
  "groups.offer.publicity": "difusión",
  "groups.note": "Una persona moderadora revisa cada ficha antes de que aparezca.",
};
