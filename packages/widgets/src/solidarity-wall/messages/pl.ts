import type { Catalogue } from './en.js';

// Polish (pl). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "wall.heading": "Wiadomości solidarności",
  "wall.totals": "{messages} z {countries}",
  "wall.messages.one": "{count} wiadomość",
  "wall.messages.few": "{count} wiadomości",
  "wall.messages.many": "{count} wiadomości",
  "wall.messages.other": "{count} wiadomości",
  "wall.countries.one": "{count} kraju",
  "wall.countries.few": "{count} krajów",
  "wall.countries.many": "{count} krajów",
  "wall.countries.other": "{count} kraju",
  "wall.writtenIn": "Język: {language}",
  "wall.empty": "Nie ma jeszcze wiadomości. Wyślij pierwszą.",
  "wall.error": "Nie udało się wczytać wiadomości.",
  "wall.loadMore": "Pokaż więcej",
  "wall.loadingMore": "Wczytywanie kolejnych wiadomości…",
  "wall.newMessages": "Pojawiły się nowe wiadomości.",
  "wall.pledgeCount.few": "{count} osoby z Twojej okolicy zobowiązały się zagłosować",
  "wall.pledgeCount.many": "{count} osób z Twojej okolicy zobowiązało się zagłosować",
  "wall.pledgeCount.one": "{count} osoba z Twojej okolicy zobowiązała się zagłosować",
  "wall.pledgeCount.other": "{count} osoby z Twojej okolicy zobowiązało się zagłosować",
};
