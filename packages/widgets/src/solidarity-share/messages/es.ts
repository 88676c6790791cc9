import type { Catalogue } from './en.js';

// Spanish (es). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "share.heading": "Invita a otras personas a participar",
  "share.text": "Acabo de participar — únete y descubre dónde cuenta tu ayuda: {url}",
  "share.textSeat": "Estoy ayudando en {seat} — descubre dónde cuenta tu ayuda: {url}",
  "share.native": "Compartir…",
  "share.on": "Compartir en {network}",
  "share.email": "Compartir por correo electrónico",
  "share.subject": "Únete",
  "share.copy": "Copiar enlace",
  "share.copied": "Enlace copiado.",
  "share.address": "Enlace para compartir",
};
