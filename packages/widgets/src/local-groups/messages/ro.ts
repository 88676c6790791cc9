import type { Catalogue } from './en.js';

// Romanian (ro). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "groups.heading": "Grupuri locale",
  "groups.headingNear": "Grupuri lângă {name}",
  "groups.prompt": "Găsiți-vă circumscripția pentru a vedea grupurile care activează lângă dumneavoastră.",
  "groups.loading": "Se încarcă grupurile locale…",
  "groups.loaded.one": "{count} grup înscris lângă {name}.",
  "groups.loaded.few": "{count} grupuri înscrise lângă {name}.",
  "groups.loaded.other": "{count} de grupuri înscrise lângă {name}.",
  "groups.empty": "Încă nu există grupuri înscrise lângă {name}.",
  "groups.emptyNoSeat": "Nu am putut încadra acest cod poștal într-o circumscripție, așa că nu putem afișa grupuri pentru el.",
  "groups.addYours": "Organizația dumneavoastră activează aici? Cereți să fiți prezentați și înscriși în listă.",
  "groups.error": "Nu am putut încărca grupurile locale.",
  "groups.here": "În {name}",
  "groups.away": "La {km} km, în {name}",
  "groups.languages": "Limbi: {list}",
  "groups.offers": "Oferă: {list}",
  "groups.contact": "Contact: ",
  "groups.type.union_branch": "Filială sindicală",
  "groups.type.diaspora_association": "Asociație a diasporei",
  "groups.type.community_group": "Grup comunitar",
  "groups.type.faith_group": "Grup religios",
  "groups.type.other": "Organizație",
  "groups.offer.canvassers": "voluntari pentru campanie",
  "groups.offer.translators": "traducători",
  "groups.offer.venues": "spații de întâlnire",
  "groups.offer.publicity": "promovare",
  "groups.note": "Înscrierile sunt verificate de un moderator înainte de a apărea.",
};
