import type { Catalogue } from './en.js';

// Italian (it). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "common.loading": "Caricamento…",
  "common.retry": "Riprova",
  "common.networkError": "Non siamo riusciti a raggiungere il server. Controlla la connessione e riprova.",
  "common.offline": "Sembra che tu sia offline. Conserviamo quello che hai scritto; riprova quando sarai connesso.",
  "common.serverError": "Qualcosa non ha funzionato da parte nostra. Riprova tra poco.",
  "common.rateLimited.one": "Molte persone stanno inviando in questo momento. Attendi {count} secondo e riprova.",
  "common.rateLimited.many": "Molte persone stanno inviando in questo momento. Attendi {count} di secondi e riprova.",
  "common.rateLimited.other": "Molte persone stanno inviando in questo momento. Attendi {count} secondi e riprova.",
  "common.originNotAllowed": "Questo sito non è ancora configurato per inviare al server della campagna, quindi non è stato inviato nulla. Avvisa chi gestisce il sito o riprova più tardi.",
  "common.required": "(obbligatorio)",
  "common.optional": "(facoltativo)",
  "field.required": "Compila questo campo.",
  "field.too_short": "È troppo corto.",
  "field.too_long": "È troppo lungo.",
  "field.invalid_format": "Non sembra corretto. Controlla, per favore.",
  "field.invalid_value": "Questo valore non è accettato.",
  "field.must_accept": "Spunta questa casella per continuare.",
  "field.email.invalid_format": "Inserisci un indirizzo email come nome@example.org.",
  "field.phone.invalid_format": "Inserisci un numero di telefono con cifre, spazi ed eventualmente +.",
  "form.fixErrors": "Correggi i campi evidenziati.",
};
