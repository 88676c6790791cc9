import type { Catalogue } from './en.js';

// Gujarati (gu). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "share.heading": "બીજાઓને પણ જોડાવા કહો",
  "share.text": "મેં હમણાં જ ભાગ લીધો — તમે પણ જોડાઓ અને જાણો કે તમારી મદદ ક્યાં મહત્ત્વની છે: {url}",
  "share.textSeat": "હું {seat}માં મદદ કરું છું — જાણો કે તમારી મદદ ક્યાં મહત્ત્વની છે: {url}",
  "share.native": "શેર કરો…",
  "share.on": "{network} પર શેર કરો",
  "share.email": "ઇમેઇલથી શેર કરો",
  "share.subject": "અમારી સાથે જોડાઓ",
  "share.copy": "લિંક કૉપિ કરો",
  "share.copied": "લિંક કૉપિ થઈ ગઈ.",
  "share.address": "શેર કરવાની લિંક",
};
