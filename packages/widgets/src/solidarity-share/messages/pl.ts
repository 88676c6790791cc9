import type { Catalogue } from './en.js';

// Polish (pl). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "share.heading": "Zaproś innych do udziału",
  "share.text": "Biorę udział — dołącz i sprawdź, gdzie Twoja pomoc się liczy: {url}",
  "share.textSeat": "Pomagam w okręgu {seat} — sprawdź, gdzie Twoja pomoc się liczy: {url}",
  "share.native": "Udostępnij…",
  "share.on": "Udostępnij przez {network}",
  "share.email": "Wyślij e-mailem",
  "share.subject": "Dołącz do nas",
  "share.copy": "Kopiuj link",
  "share.copied": "Link skopiowany.",
  "share.address": "Link do udostępnienia",
};
