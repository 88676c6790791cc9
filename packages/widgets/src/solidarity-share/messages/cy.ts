import type { Catalogue } from './en.js';

// Welsh (cy). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "share.heading": "Gofynnwch i eraill ymuno",
  "share.text": "Rwyf newydd gymryd rhan — ymunwch a darganfod ble mae eich help yn cyfrif: {url}",
  "share.textSeat": "Rwy’n helpu yn {seat} — darganfyddwch ble mae eich help yn cyfrif: {url}",
  "share.native": "Rhannu…",
  "share.on": "Rhannu ar {network}",
  "share.email": "Rhannu drwy e-bost",
  "share.subject": "Ymunwch â ni",
  "share.copy": "Copïo’r ddolen",
  "share.copied": "Dolen wedi’i chopïo.",
  "share.address": "Dolen i’w rhannu",
};
