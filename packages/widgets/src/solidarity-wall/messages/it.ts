import type { Catalogue } from './en.js';

// Italian (it). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "wall.heading": "Messaggi di solidarietà",
  "wall.totals": "{messages} da {countries}",
  "wall.messages.one": "{count} messaggio",
  "wall.messages.many": "{count} di messaggi",
  "wall.messages.other": "{count} messaggi",
  "wall.countries.one": "{count} paese",
  "wall.countries.many": "{count} di paesi",
  "wall.countries.other": "{count} paesi",
  "wall.writtenIn": "Scritto in {language}",
  "wall.empty": "Non ci sono ancora messaggi. Invia tu il primo.",
  "wall.error": "Non siamo riusciti a caricare i messaggi.",
  "wall.loadMore": "Carica altri",
  "wall.loadingMore": "Caricamento di altri messaggi…",
  "wall.newMessages": "Sono arrivati nuovi messaggi.",
  "wall.pledgeCount.many": "{count} di persone della tua zona si sono impegnate a votare",
  "wall.pledgeCount.one": "{count} persona della tua zona si è impegnata a votare",
  "wall.pledgeCount.other": "{count} persone della tua zona si sono impegnate a votare",
};
