import type { Catalogue } from './en.js';

// French (fr). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "groups.heading": "Groupes locaux",
  "groups.headingNear": "Groupes près de {name}",
  "groups.prompt": "Trouvez votre circonscription pour voir les groupes actifs près de chez vous.",
  "groups.loading": "Chargement des groupes locaux…",
  "groups.loaded.one": "{count} groupe répertorié près de {name}.",
  "groups.loaded.many": "{count} de groupes répertoriés près de {name}.",
  "groups.loaded.other": "{count} groupes répertoriés près de {name}.",
  "groups.empty": "Aucun groupe n’est encore répertorié près de {name}.",
  "groups.emptyNoSeat": "Nous n’avons pas pu rattacher ce code postal à une circonscription : nous ne pouvons donc pas lister de groupes.",
  "groups.addYours": "Votre organisation est active ici ? Demandez à être mise en relation et répertoriée.",
  "groups.error": "Impossible de charger les groupes locaux.",
  "groups.here": "À {name}",
  "groups.away": "À {km} km, à {name}",
  "groups.languages": "Langues : {list}",
  "groups.offers": "Propose : {list}",
  "groups.contact": "Contact : ",
  "groups.type.union_branch": "Section syndicale",
  "groups.type.diaspora_association": "Association de la diaspora",
  "groups.type.community_group": "Groupe de quartier",
  "groups.type.faith_group": "Groupe confessionnel",
  "groups.type.other": "Organisation",
  "groups.offer.canvassers": "militants pour le porte-à-porte",
  "groups.offer.translators": "traducteurs",
  "groups.offer.venues": "salles",
  "groups.offer.publicity": "communication",
  "groups.note": "Les fiches sont vérifiées par une modératrice ou un modérateur avant de paraître.",
};
