import type { Catalogue } from './en.js';

// Translations are partial: any id missing here falls back to English.
export const messages: Catalogue = {
  "finder.heading": "Dewch o hyd i’ch etholaeth",
  "finder.label": "Eich cod post",
  "finder.submit": "Chwilio",
  "common.loading": "Wrthi’n llwytho…",
  "common.retry": "Rhowch gynnig arall arni",
  "finder.resultHeading": "Eich etholaeth yw {name}",
  "finder.invalid": "Nid yw hwnna’n edrych fel cod post yn y DU. Mae cod post yn edrych fel SW1A 1AA.",
  "finder.register": "Cofrestru i bleidleisio",
  "solidarity.heading": "Anfon neges o undod",
  "solidarity.message": "Eich neges",
  "solidarity.submit": "Anfon neges",
  "solidarity.thanks": "Diolch. Bydd eich neges yn ymddangos ar ôl ei hadolygu.",
  "wall.heading": "Negeseuon o undod",
  "canvass.heading": "Cofrestru i ganfasio",
  "canvass.submit": "Cofrestru",
  "field.required": "Llenwch y maes hwn.",
};
