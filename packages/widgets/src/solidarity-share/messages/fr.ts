import type { Catalogue } from './en.js';

// French (fr). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "share.heading": "Invitez d’autres personnes à participer",
  "share.text": "Je viens de participer — rejoignez-nous et découvrez où votre aide compte : {url}",
  "share.textSeat": "J’aide à {seat} — découvrez où votre aide compte : {url}",
  "share.native": "Partager…",
  "share.on": "Partager sur {network}",
  "share.email": "Partager par e-mail",
  "share.subject": "Rejoignez-nous",
  "share.copy": "Copier le lien",
  "share.copied": "Lien copié.",
  "share.address": "Lien à partager",
};
