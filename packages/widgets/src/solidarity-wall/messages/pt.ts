import type { Catalogue } from './en.js';

// Portuguese (pt). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "wall.heading": "Mensagens de solidariedade",
  "wall.totals": "{messages} de {countries}",
  "wall.messages.one": "{count} mensagem",
  "wall.messages.many": "{count} de mensagens",
  "wall.messages.other": "{count} mensagens",
  "wall.countries.one": "{count} país",
  "wall.countries.many": "{count} de países",
  "wall.countries.other": "{count} países",
  "wall.writtenIn": "Escrita em {language}",
  "wall.empty": "Ainda não há mensagens. Seja o primeiro a enviar uma.",
  "wall.error": "Não conseguimos carregar as mensagens.",
  "wall.loadMore": "Carregar mais",
  "wall.loadingMore": "A carregar mais mensagens…",
  "wall.newMessages": "Chegaram novas mensagens.",
  "wall.pledgeCount.many": "{count} de pessoas da sua zona comprometeram-se a votar",
  "wall.pledgeCount.one": "{count} pessoa da sua zona comprometeu-se a votar",
  "wall.pledgeCount.other": "{count} pessoas da sua zona comprometeram-se a votar",
};
