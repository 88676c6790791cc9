import type { Catalogue } from './en.js';

// Portuguese (pt). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "share.heading": "Convide outras pessoas a participar",
  "share.text": "Acabei de participar — junte-se e descubra onde a sua ajuda conta: {url}",
  "share.textSeat": "Estou a ajudar em {seat} — descubra onde a sua ajuda conta: {url}",
  "share.native": "Partilhar…",
  "share.on": "Partilhar no {network}",
  "share.email": "Partilhar por email",
  "share.subject": "Junte-se a nós",
  "share.copy": "Copiar ligação",
  "share.copied": "Ligação copiada.",
  "share.address": "Ligação para partilhar",
};
