import type { Catalogue } from './en.js';

// Romanian (ro). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "common.loading": "Se încarcă…",
  "common.retry": "Încercați din nou",
  "common.networkError": "Nu am putut contacta serverul. Verificați conexiunea și încercați din nou.",
  "common.offline": "Se pare că nu sunteți conectat la internet. Păstrăm ce ați scris; încercați din nou când aveți conexiune.",
  "common.serverError": "Ceva nu a funcționat la noi. Vă rugăm să încercați din nou peste câteva momente.",
  "common.rateLimited.one": "Multe persoane trimit ceva chiar acum. Vă rugăm să așteptați {count} secundă și să încercați din nou.",
  "common.rateLimited.few": "Multe persoane trimit ceva chiar acum. Vă rugăm să așteptați {count} secunde și să încercați din nou.",
  "common.rateLimited.other": "Multe persoane trimit ceva chiar acum. Vă rugăm să așteptați {count} de secunde și să încercați din nou.",
  "common.originNotAllowed": "Acest site nu este încă configurat să trimită către serverul campaniei, așa că nu s-a trimis nimic. Vă rugăm să anunțați proprietarul site-ului sau să încercați mai târziu.",
  "common.required": "(obligatoriu)",
  "common.optional": "(opțional)",
  "field.required": "Vă rugăm să completați acest câmp.",
  "field.too_short": "Textul este prea scurt.",
  "field.too_long": "Textul este prea lung.",
  "field.invalid_format": "Nu pare corect. Vă rugăm să verificați.",
  "field.invalid_value": "Această valoare nu este acceptată.",
  "field.must_accept": "Bifați această căsuță pentru a continua.",
  "field.email.invalid_format": "Introduceți o adresă de e-mail, de exemplu nume@example.org.",
  "field.phone.invalid_format": "Introduceți un număr de telefon folosind cifre, spații și, opțional, +.",
  "form.fixErrors": "Vă rugăm să corectați câmpurile marcate.",
};
