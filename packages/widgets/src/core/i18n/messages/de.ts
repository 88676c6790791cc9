import type { Catalogue } from './en.js';

// German (de). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "common.loading": "Wird geladen …",
  "common.retry": "Erneut versuchen",
  "common.networkError": "Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
  "common.offline": "Sie scheinen offline zu sein. Ihre Eingaben bleiben erhalten; versuchen Sie es erneut, sobald Sie verbunden sind.",
  "common.serverError": "Bei uns ist etwas schiefgegangen. Bitte versuchen Sie es gleich noch einmal.",
  "common.rateLimited.one": "Gerade senden sehr viele Menschen etwas. Bitte warten Sie {count} Sekunde und versuchen Sie es erneut.",
  "common.rateLimited.other": "Gerade senden sehr viele Menschen etwas. Bitte warten Sie {count} Sekunden und versuchen Sie es erneut.",
  "common.originNotAllowed": "Diese Website ist noch nicht für das Senden an den Server der Kampagne eingerichtet, daher wurde nichts gesendet. Bitte informieren Sie die Betreiber der Website oder versuchen Sie es später erneut.",
  "common.required": "(Pflichtfeld)",
  "common.optional": "(optional)",
  "field.required": "Bitte füllen Sie dieses Feld aus.",
  "field.too_short": "Das ist zu kurz.",
  "field.too_long": "Das ist zu lang.",
  "field.invalid_format": "Das sieht nicht richtig aus. Bitte prüfen Sie es.",
  "field.invalid_value": "Dieser Wert wird nicht akzeptiert.",
  "field.must_accept": "Bitte kreuzen Sie dieses Kästchen an, um fortzufahren.",
  "field.email.invalid_format": "Geben Sie eine E-Mail-Adresse wie name@example.org ein.",
  "field.phone.invalid_format": "Geben Sie eine Telefonnummer aus Ziffern, Leerzeichen und optional + ein.",
  "form.fixErrors": "Bitte korrigieren Sie die markierten Felder.",
};
