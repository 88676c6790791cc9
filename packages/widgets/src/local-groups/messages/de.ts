import type { Catalogue } from './en.js';

// German (de). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "groups.heading": "Gruppen vor Ort",
  "groups.headingNear": "Gruppen in der Nähe von {name}",
  "groups.prompt": "Finden Sie Ihren Wahlkreis, um die Gruppen in Ihrer Nähe zu sehen.",
  "groups.loading": "Gruppen vor Ort werden geladen …",
  "groups.loaded.one": "{count} Gruppe in der Nähe von {name} eingetragen.",
  "groups.loaded.other": "{count} Gruppen in der Nähe von {name} eingetragen.",
  "groups.empty": "In der Nähe von {name} sind noch keine Gruppen eingetragen.",
  "groups.emptyNoSeat": "Wir konnten diese Postleitzahl keinem Wahlkreis zuordnen und daher keine Gruppen anzeigen.",
  "groups.addYours": "Ist Ihre Organisation hier aktiv? Bitten Sie um Vermittlung und einen Eintrag.",
  "groups.error": "Die Gruppen vor Ort konnten nicht geladen werden.",
  "groups.here": "In {name}",
  "groups.away": "{km} km entfernt, in {name}",
  "groups.languages": "Sprachen: {list}",
  "groups.offers": "Bietet: {list}",
  "groups.contact": "Kontakt: ",
  "groups.type.union_branch": "Gewerkschaftsgruppe",
  "groups.type.diaspora_association": "Diaspora-Verein",
  "groups.type.community_group": "Nachbarschaftsgruppe",
  "groups.type.faith_group": "Religiöse Gemeinschaft",
  "groups.type.other": "Organisation",
  "groups.offer.canvassers": "Freiwillige für Haustürgespräche",
  "groups.offer.translators": "Übersetzer",
  "groups.offer.venues": "Räume",
  "groups.offer.publicity": "Öffentlichkeitsarbeit",
  "groups.note": "Einträge werden vor der Veröffentlichung von der Moderation geprüft.",
};
