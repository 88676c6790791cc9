import type { Catalogue } from './en.js';

// Polish (pl). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "common.loading": "Ładowanie…",
  "common.retry": "Spróbuj ponownie",
  "common.rateLimited.one": "Wiele osób właśnie coś wysyła. Odczekaj {count} sekundę i spróbuj ponownie.",
  "common.rateLimited.few": "Wiele osób właśnie coś wysyła. Odczekaj {count} sekundy i spróbuj ponownie.",
  "common.rateLimited.many": "Wiele osób właśnie coś wysyła. Odczekaj {count} sekund i spróbuj ponownie.",
  "common.rateLimited.other": "Wiele osób właśnie coś wysyła. Odczekaj {count} sekundy i spróbuj ponownie.",
  "common.originNotAllowed": "Ta strona nie jest jeszcze skonfigurowana do wysyłania na serwer kampanii, więc nic nie zostało wysłane. Daj znać właścicielowi strony albo spróbuj ponownie później.",
  "field.required": "Wypełnij to pole.",
  "common.networkError": "Nie udało się połączyć z serwerem. Sprawdź połączenie i spróbuj ponownie.",
  "common.offline": "Wygląda na to, że nie masz połączenia z internetem. Zachowamy to, co wpisano; spróbuj ponownie po połączeniu.",
  "common.serverError": "Coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę.",
  "common.required": "(wymagane)",
  "common.optional": "(opcjonalne)",
  "field.too_short": "To jest za krótkie.",
  "field.too_long": "To jest za długie.",
  "field.invalid_format": "To nie wygląda poprawnie. Sprawdź, proszę.",
  "field.invalid_value": "Ta wartość nie jest akceptowana.",
  "field.must_accept": "Zaznacz to pole, aby kontynuować.",
  "field.email.invalid_format": "Wpisz adres e-mail, np. imie@example.org.",
  "field.phone.invalid_format": "Wpisz numer telefonu, używając cyfr, spacji i opcjonalnie znaku +.",
  "form.fixErrors": "Popraw wyróżnione pola.",
};
