import type { Catalogue } from './en.js';

// Italian (it). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "groups.heading": "Gruppi locali",
  "groups.headingNear": "Gruppi vicino a {name}",
  "groups.prompt": "Trova il tuo collegio elettorale per vedere i gruppi attivi vicino a te.",
  "groups.loading": "Caricamento dei gruppi locali…",
  "groups.loaded.one": "{count} gruppo elencato vicino a {name}.",
  "groups.loaded.many": "{count} di gruppi elencati vicino a {name}.",
  "groups.loaded.other": "{count} gruppi elencati vicino a {name}.",
  "groups.empty": "Non ci sono ancora gruppi elencati vicino a {name}.",
  "groups.emptyNoSeat": "Non siamo riusciti a collocare quel codice postale in un collegio, quindi non possiamo elencare gruppi.",
  "groups.addYours": "La tua organizzazione è attiva qui? Chiedi di essere presentata e inserita nell’elenco.",
  "groups.error": "Non siamo riusciti a caricare i gruppi locali.",
  "groups.here": "A {name}",
  "groups.away": "A {km} km, a {name}",
  "groups.languages": "Lingue: {list}",
  "groups.offers": "Offre: {list}",
  "groups.contact": "Contatto: ",
  "groups.type.union_branch": "Sezione sindacale",
  "groups.type.diaspora_association": "Associazione della diaspora",
  "groups.type.community_group": "Gruppo di comunità",
  "groups.type.faith_group": "Gruppo religioso",
  "groups.type.other": "Organizzazione",
  "groups.offer.canvassers": "volontari porta a porta",
  "groups.offer.translators": "traduttori",
  "groups.offer.venues": "spazi",
  "groups.offer.publicity": "promozione",
  "groups.note": "Le schede vengono controllate da un moderatore prima di apparire.",
};
