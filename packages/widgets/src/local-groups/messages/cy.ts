import type { Catalogue } from './en.js';

// Translations are partial: any id missing here falls back to English.
export const messages: Catalogue = {
  'groups.heading': 'Grwpiau lleol',
  'groups.headingNear': 'Grwpiau ger {name}',
  'groups.prompt': 'Dewch o hyd i’ch etholaeth i weld y grwpiau sy’n gweithio’n agos atoch.',
  'groups.loading': 'Yn llwytho grwpiau lleol…',
  'groups.loaded': '{count} o grwpiau wedi’u rhestru ger {name}.',
  'groups.empty': 'Nid oes grwpiau wedi’u rhestru ger {name} eto.',
  'groups.emptyNoSeat': 'Ni allem osod y cod post hwnnw mewn etholaeth, felly ni allwn restru grwpiau ar ei gyfer.',
  'groups.addYours': 'Ydy’ch sefydliad yn weithgar yma? Gofynnwch am gyflwyniad ac i gael eich rhestru.',
  'groups.error': 'Ni allem lwytho’r grwpiau lleol.',
  'groups.here': 'Yn {name}',
  'groups.away': '{km} km i ffwrdd, yn {name}',
  'groups.languages': 'Ieithoedd: {list}',
  'groups.offers': 'Yn cynnig: {list}',
  'groups.contact': 'Cyswllt: ',
  'groups.type.union_branch': 'Cangen undeb llafur',
  'groups.type.diaspora_association': 'Cymdeithas alltud',
  'groups.type.community_group': 'Grŵp cymunedol',
  'groups.type.faith_group': 'Grŵp ffydd',
  'groups.type.other': 'Sefydliad',
  'groups.offer.canvassers': 'canfaswyr',
  'groups.offer.translators': 'cyfieithwyr',
  'groups.offer.venues': 'lleoliadau',
  'groups.offer.publicity': 'cyhoeddusrwydd',
  'groups.note': 'Mae cymedrolwr yn gwirio rhestriadau cyn iddynt ymddangos.',
};
