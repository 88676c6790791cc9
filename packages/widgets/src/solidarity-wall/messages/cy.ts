import type { Catalogue } from './en.js';

// Welsh (cy). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "wall.heading": "Negeseuon o undod",
  "wall.totals": "{messages} o {countries}",
  "wall.messages.zero": "{count} neges",
  "wall.messages.one": "{count} neges",
  "wall.messages.two": "{count} neges",
  "wall.messages.few": "{count} neges",
  "wall.messages.many": "{count} neges",
  "wall.messages.other": "{count} neges",
  "wall.countries.zero": "{count} gwlad",
  "wall.countries.one": "{count} gwlad",
  "wall.countries.two": "{count} gwlad",
  "wall.countries.few": "{count} gwlad",
  "wall.countries.many": "{count} gwlad",
  "wall.countries.other": "{count} gwlad",
  "wall.writtenIn": "Iaith: {language}",
  "wall.empty": "Dim negeseuon eto. Byddwch y cyntaf i anfon un.",
  "wall.error": "Nid oeddem yn gallu llwytho'r negeseuon.",
  "wall.loadMore": "Llwytho rhagor",
  "wall.loadingMore": "Wrthi'n llwytho rhagor o negeseuon…",
  "wall.newMessages": "Mae negeseuon newydd wedi cyrraedd.",
  "wall.pledgeCount.few": "Mae {count} pherson yn eich ardal wedi addo pleidleisio",
  "wall.pledgeCount.many": "Mae {count} pherson yn eich ardal wedi addo pleidleisio",
  "wall.pledgeCount.one": "Mae {count} person yn eich ardal wedi addo pleidleisio",
  "wall.pledgeCount.two": "Mae {count} berson yn eich ardal wedi addo pleidleisio",
  "wall.pledgeCount.zero": "Mae {count} o bobl yn eich ardal wedi addo pleidleisio",
  "wall.pledgeCount.other": "Mae {count} o bobl yn eich ardal wedi addo pleidleisio",
};
