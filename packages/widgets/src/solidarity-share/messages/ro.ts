import type { Catalogue } from './en.js';

// Romanian (ro). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "share.heading": "Invită-i și pe alții să se alăture",
  "share.text": "Tocmai am participat — alătură-te și află unde contează ajutorul tău: {url}",
  "share.textSeat": "Ajut în {seat} — află unde contează ajutorul tău: {url}",
  "share.native": "Distribuie…",
  "share.on": "Distribuie pe {network}",
  "share.email": "Trimite prin e-mail",
  "share.subject": "Alătură-te",
  "share.copy": "Copiază linkul",
  "share.copied": "Link copiat.",
  "share.address": "Link de distribuit",
};
