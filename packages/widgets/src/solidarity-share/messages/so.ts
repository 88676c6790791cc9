import type { Catalogue } from './en.js';

// Somali (so). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "share.heading": "Ku casuum dadka kale inay ku soo biiraan",
  "share.text": "Hadda ayaan ka qayb qaatay — nagu soo biir oo ogow halka caawimaaddaadu muhiim ka tahay: {url}",
  "share.textSeat": "Waxaan ka caawinayaa {seat} — ogow halka caawimaaddaadu muhiim ka tahay: {url}",
  "share.native": "La wadaag…",
  "share.on": "Kula wadaag {network}",
  "share.email": "Ku wadaag iimayl",
  "share.subject": "Nagu soo biir",
  "share.copy": "Koobiyee xiriirka",
  "share.copied": "Xiriirka waa la koobiyeeyay.",
  "share.address": "Xiriirka la wadaagayo",
};
