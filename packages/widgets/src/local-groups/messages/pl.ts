import type { Catalogue } from './en.js';

// Polish (pl). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  'groups.heading': 'Lokalne grupy',
  'groups.headingNear': 'Grupy w okolicy: {name}',
  'groups.prompt': 'Znajdź swój okręg wyborczy, aby zobaczyć grupy działające w pobliżu.',
  'groups.loading': 'Wczytywanie lokalnych grup…',
  'groups.loaded.one': '{count} grupa w katalogu w pobliżu okręgu {name}.',
  'groups.loaded.few': '{count} grupy w katalogu w pobliżu okręgu {name}.',
  'groups.loaded.many': '{count} grup w katalogu w pobliżu okręgu {name}.',
  'groups.loaded.other': '{count} grupy w katalogu w pobliżu okręgu {name}.',
  'groups.empty': 'W okolicy ({name}) nie ma jeszcze żadnych grup w katalogu.',
  'groups.emptyNoSeat': 'Nie udało się przypisać tego kodu pocztowego do okręgu, więc nie możemy pokazać grup.',
  'groups.addYours': 'Wasza organizacja działa w tej okolicy? Poproście o kontakt i wpis do katalogu.',
  'groups.error': 'Nie udało się wczytać lokalnych grup.',
  'groups.here': 'W okręgu {name}',
  'groups.away': '{km} km stąd, w okręgu {name}',
  'groups.languages': 'Języki: {list}',
  'groups.offers': 'Oferuje: {list}',
  'groups.contact': 'Kontakt: ',
  'groups.type.union_branch': 'Koło związku zawodowego',
  'groups.type.diaspora_association': 'Stowarzyszenie diaspory',
  'groups.type.community_group': 'Grupa społeczna',
  'groups.type.faith_group': 'Wspólnota wyznaniowa',
  'groups.type.other': 'Organizacja',
  'groups.offer.canvassers': 'osoby do agitacji',
  'groups.offer.translators': 'tłumaczy',
  'groups.offer.venues': 'miejsca spotkań',
  'groups.offer.publicity': 'promocję',
  'groups.note': 'Wpisy są sprawdzane przez moderatora przed publikacją.',
};
