import type { Catalogue } from './en.js';

// Bulgarian (bg). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "share.heading": "Поканете и други да се включат",
  "share.text": "Току-що се включих — присъедини се и виж къде помощта ти има значение: {url}",
  "share.textSeat": "Помагам в {seat} — виж къде помощта ти има значение: {url}",
  "share.native": "Споделяне…",
  "share.on": "Споделяне в {network}",
  "share.email": "Споделяне по имейл",
  "share.subject": "Включи се",
  "share.copy": "Копиране на връзката",
  "share.copied": "Връзката е копирана.",
  "share.address": "Връзка за споделяне",
};
