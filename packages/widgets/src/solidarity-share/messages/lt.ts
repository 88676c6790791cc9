import type { Catalogue } from './en.js';

// Lithuanian (lt). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "share.heading": "Pakvieskite kitus prisijungti",
  "share.text": "Ką tik prisidėjau — prisijunk ir sužinok, kur tavo pagalba svarbi: {url}",
  "share.textSeat": "Padedu apygardoje {seat} — sužinok, kur tavo pagalba svarbi: {url}",
  "share.native": "Bendrinti…",
  "share.on": "Bendrinti per {network}",
  "share.email": "Bendrinti el. paštu",
  "share.subject": "Prisijunk",
  "share.copy": "Kopijuoti nuorodą",
  "share.copied": "Nuoroda nukopijuota.",
  "share.address": "Nuoroda bendrinti",
};
