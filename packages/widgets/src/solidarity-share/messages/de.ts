import type { Catalogue } from './en.js';

// German (de). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "share.heading": "Andere zum Mitmachen einladen",
  "share.text": "Ich habe gerade mitgemacht — mach mit und finde heraus, wo deine Hilfe zählt: {url}",
  "share.textSeat": "Ich helfe in {seat} — finde heraus, wo deine Hilfe zählt: {url}",
  "share.native": "Teilen…",
  "share.on": "Über {network} teilen",
  "share.email": "Per E-Mail teilen",
  "share.subject": "Mach mit",
  "share.copy": "Link kopieren",
  "share.copied": "Link kopiert.",
  "share.address": "Link zum Teilen",
};
