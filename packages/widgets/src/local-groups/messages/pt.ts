import type { Catalogue } from './en.js';

// Portuguese (pt). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "groups.heading": "Grupos locais",
  "groups.headingNear": "Grupos perto de {name}",
  "groups.prompt": "Encontre o seu círculo eleitoral para ver os grupos que atuam perto de si.",
  "groups.loading": "A carregar os grupos locais…",
  "groups.loaded.one": "{count} grupo listado perto de {name}.",
  "groups.loaded.many": "{count} de grupos listados perto de {name}.",
  "groups.loaded.other": "{count} grupos listados perto de {name}.",
  "groups.empty": "Ainda não há grupos listados perto de {name}.",
  "groups.emptyNoSeat": "Não conseguimos situar esse código postal num círculo eleitoral, por isso não podemos listar grupos.",
  "groups.addYours": "A sua organização atua aqui? Peça para ser apresentada e listada.",
  "groups.error": "Não conseguimos carregar os grupos locais.",
  "groups.here": "Em {name}",
  "groups.away": "A {km} km, em {name}",
  "groups.languages": "Línguas: {list}",
  "groups.offers": "Oferece: {list}",
  "groups.contact": "Contacto: ",
  "groups.type.union_branch": "Secção sindical",
  "groups.type.diaspora_association": "Associação da diáspora",
  "groups.type.community_group": "Grupo comunitário",
  "groups.type.faith_group": "Grupo religioso",
  "groups.type.other": "Organização",
  "groups.offer.canvassers": "voluntários porta a porta",
  "groups.offer.translators": "tradutores",
  "groups.offer.venues": "espaços",
  "groups.offer.publicity": "divulgação",
  "groups.note": "As entradas são verificadas por um moderador antes de aparecerem.",
};
