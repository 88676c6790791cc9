import type { Catalogue } from './en.js';

// German (de). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "wall.heading": "Solidaritätsbotschaften",
  "wall.totals": "{messages} aus {countries}",
  "wall.messages.one": "{count} Botschaft",
  "wall.messages.other": "{count} Botschaften",
  "wall.countries.one": "{count} Land",
  "wall.countries.other": "{count} Ländern",
  "wall.writtenIn": "Geschrieben auf {language}",
  "wall.empty": "Noch keine Botschaften. Schicken Sie die erste.",
  "wall.error": "Die Botschaften konnten nicht geladen werden.",
  "wall.loadMore": "Mehr laden",
  "wall.loadingMore": "Weitere Botschaften werden geladen …",
  "wall.newMessages": "Neue Botschaften sind eingetroffen.",
  "wall.pledgeCount.one": "{count} Person in deiner Gegend hat versprochen zu wählen",
  "wall.pledgeCount.other": "{count} Personen in deiner Gegend haben versprochen zu wählen",
};
