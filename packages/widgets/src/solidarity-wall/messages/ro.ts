import type { Catalogue } from './en.js';

// Romanian (ro). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "wall.heading": "Mesaje de solidaritate",
  "wall.totals": "{messages} din {countries}",
  "wall.messages.one": "{count} mesaj",
  "wall.messages.few": "{count} mesaje",
  "wall.messages.other": "{count} de mesaje",
  "wall.countries.one": "{count} țară",
  "wall.countries.few": "{count} țări",
  "wall.countries.other": "{count} de țări",
  "wall.writtenIn": "Scris în {language}",
  "wall.empty": "Încă nu există mesaje. Fiți primul care trimite unul.",
  "wall.error": "Nu am putut încărca mesajele.",
  "wall.loadMore": "Încărcați mai multe",
  "wall.loadingMore": "Se încarcă mai multe mesaje…",
  "wall.newMessages": "Au sosit mesaje noi.",
  "wall.pledgeCount.few": "{count} persoane din zona ta s-au angajat să voteze",
  "wall.pledgeCount.one": "{count} persoană din zona ta s-a angajat să voteze",
  "wall.pledgeCount.other": "{count} de persoane din zona ta s-au angajat să voteze",
};
