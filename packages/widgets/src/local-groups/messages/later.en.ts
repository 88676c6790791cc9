/**
 * The English of what <local-groups> shows only in the list of groups (group-list.ts), kept out of the widget's first load
 * (issue 17): it ships in that lazy chunk, which adds it to the widget's catalogue (`addEnglish`) when it loads.
 * The other languages translate these ids in the same files as the rest (`<lang>.ts`); `core/i18n/catalogues.ts`
 * merges them back for the checks and tools.
 */
export const later = {
  'groups.emptyNoSeat': 'We could not place that postcode in a constituency, so we cannot list groups for it.',
  'groups.addYours': 'Is your organisation active here? Ask to be introduced and listed.',
  'groups.here': 'In {name}',
  'groups.away': '{km} km away, in {name}',
  'groups.languages': 'Languages: {list}',
  'groups.offers': 'Offers: {list}',
  'groups.contact': 'Contact: ',
  'groups.type.union_branch': 'Trade union branch',
  'groups.type.diaspora_association': 'Diaspora association',
  'groups.type.community_group': 'Community group',
  'groups.type.faith_group': 'Faith group',
  'groups.type.other': 'Organisation',
  'groups.offer.canvassers': 'canvassers',
  'groups.offer.translators': 'translators',
  'groups.offer.venues': 'venues',
  'groups.offer.publicity': 'publicity',
} as const;
