import type { Catalogue } from './en.js';

// Translations are partial: any id missing here falls back to English.
export const messages: Catalogue = {
  "common.loading": "Ładowanie…",
  "common.retry": "Spróbuj ponownie",
  "common.rateLimited.one": "Wiele osób właśnie coś wysyła. Odczekaj {count} sekundę i spróbuj ponownie.",
  "common.rateLimited.few": "Wiele osób właśnie coś wysyła. Odczekaj {count} sekundy i spróbuj ponownie.",
  "common.rateLimited.many": "Wiele osób właśnie coś wysyła. Odczekaj {count} sekund i spróbuj ponownie.",
  "common.rateLimited.other": "Wiele osób właśnie coś wysyła. Odczekaj {count} sekundy i spróbuj ponownie.",
  "common.originNotAllowed": "Ta strona nie jest jeszcze skonfigurowana do wysyłania na serwer kampanii, więc nic nie zostało wysłane. Daj znać właścicielowi strony albo spróbuj ponownie później.",
  "field.required": "Wypełnij to pole.",
};
