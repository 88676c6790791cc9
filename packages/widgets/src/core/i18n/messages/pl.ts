import type { Catalogue } from './en.js';

// Translations are partial: any id missing here falls back to English.
export const messages: Catalogue = {
  "finder.heading": "Znajdź swój okręg wyborczy",
  "finder.label": "Twój kod pocztowy",
  "finder.submit": "Szukaj",
  "common.loading": "Ładowanie…",
  "common.retry": "Spróbuj ponownie",
  "finder.resultHeading": "Twój okręg to {name}",
  "finder.invalid": "To nie wygląda na brytyjski kod pocztowy. Kod pocztowy wygląda tak: SW1A 1AA.",
  "finder.register": "Zarejestruj się do głosowania",
  "solidarity.heading": "Wyślij wiadomość solidarności",
  "solidarity.message": "Twoja wiadomość",
  "solidarity.submit": "Wyślij wiadomość",
  "solidarity.thanks": "Dziękujemy. Twoja wiadomość pojawi się po weryfikacji.",
  "wall.heading": "Wiadomości solidarności",
  "canvass.heading": "Zapisz się na agitację",
  "canvass.submit": "Zapisz się",
  "field.required": "Wypełnij to pole.",
};
