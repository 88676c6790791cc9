import type { Catalogue } from './en.js';

// Spanish (es). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "wall.heading": "Mensajes de solidaridad",
  "wall.totals": "{messages} de {countries}",
  "wall.messages.one": "{count} mensaje",
  "wall.messages.many": "{count} de mensajes",
  "wall.messages.other": "{count} mensajes",
  "wall.countries.one": "{count} país",
  "wall.countries.many": "{count} de países",
  "wall.countries.other": "{count} países",
  "wall.writtenIn": "Escrito en {language}",
  "wall.empty": "Todavía no hay mensajes. Sé la primera persona en enviar uno.",
  "wall.error": "No hemos podido cargar los mensajes.",
  "wall.loadMore": "Cargar más",
  "wall.loadingMore": "Cargando más mensajes…",
  "wall.newMessages": "Han llegado mensajes nuevos.",
  "wall.pledgeCount.many": "{count} de personas de tu zona se han comprometido a votar",
  "wall.pledgeCount.one": "{count} persona de tu zona se ha comprometido a votar",
  "wall.pledgeCount.other": "{count} personas de tu zona se han comprometido a votar",
};
