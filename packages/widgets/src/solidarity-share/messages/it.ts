import type { Catalogue } from './en.js';

// Italian (it). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "share.heading": "Invita altre persone a partecipare",
  "share.text": "Ho appena partecipato — unisciti e scopri dove il tuo aiuto conta: {url}",
  "share.textSeat": "Sto aiutando a {seat} — scopri dove il tuo aiuto conta: {url}",
  "share.native": "Condividi…",
  "share.on": "Condividi su {network}",
  "share.email": "Condividi via email",
  "share.subject": "Unisciti a noi",
  "share.copy": "Copia link",
  "share.copied": "Link copiato.",
  "share.address": "Link da condividere",
};
