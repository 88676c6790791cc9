import type { Catalogue } from './en.js';

// French (fr). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "wall.heading": "Messages de solidarité",
  "wall.totals": "{messages} venant de {countries}",
  "wall.messages.one": "{count} message",
  "wall.messages.many": "{count} de messages",
  "wall.messages.other": "{count} messages",
  "wall.countries.one": "{count} pays",
  "wall.countries.many": "{count} de pays",
  "wall.countries.other": "{count} pays",
  "wall.writtenIn": "Écrit en {language}",
  "wall.empty": "Aucun message pour l’instant. Soyez le premier à en envoyer un.",
  "wall.error": "Impossible de charger les messages.",
  "wall.loadMore": "Afficher plus",
  "wall.loadingMore": "Chargement d’autres messages…",
  "wall.newMessages": "De nouveaux messages sont arrivés.",
  "wall.pledgeCount.many": "{count} de personnes de votre secteur se sont engagées à voter",
  "wall.pledgeCount.one": "{count} personne de votre secteur s’est engagée à voter",
  "wall.pledgeCount.other": "{count} personnes de votre secteur se sont engagées à voter",
};
