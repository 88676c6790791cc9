import type { Catalogue } from './en.js';

// Greek (el). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "share.heading": "Καλέστε κι άλλους να συμμετάσχουν",
  "share.text": "Μόλις συμμετείχα — έλα κι εσύ και δες πού μετράει η βοήθειά σου: {url}",
  "share.textSeat": "Βοηθώ στο {seat} — δες πού μετράει η βοήθειά σου: {url}",
  "share.native": "Κοινοποίηση…",
  "share.on": "Κοινοποίηση στο {network}",
  "share.email": "Κοινοποίηση μέσω email",
  "share.subject": "Έλα κι εσύ",
  "share.copy": "Αντιγραφή συνδέσμου",
  "share.copied": "Ο σύνδεσμος αντιγράφηκε.",
  "share.address": "Σύνδεσμος για κοινοποίηση",
};
