import type { Translation, WidgetMessageId } from '../../core/i18n/localize.js';

/**
 * The source catalogue of <local-groups>: every string it shows, by id, except the shared `common.*`/`field.*`/`form.*`
 * ones in `core/i18n/messages/en.ts`. Other languages translate these ids; a missing id falls back to English.
 */
export const en = {
  'groups.heading': 'Local groups',
  'groups.headingNear': 'Groups near {name}',
  'groups.prompt': 'Find your constituency to see the groups working near you.',
  'groups.loading': 'Loading local groups…',
  'groups.loaded.one': '{count} group listed near {name}.',
  'groups.loaded.other': '{count} groups listed near {name}.',
  'groups.empty': 'No groups are listed near {name} yet.',
  'groups.emptyNoSeat': 'We could not place that postcode in a constituency, so we cannot list groups for it.',
  'groups.addYours': 'Is your organisation active here? Ask to be introduced and listed.',
  'groups.error': 'We could not load the local groups.',
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
  'groups.note': 'Listings are checked by a moderator before they appear.',
} as const;

/** The ids this widget's `t()` accepts: its own and the shared ones. */
export type MessageId = WidgetMessageId<typeof en>;
export type Catalogue = Translation<typeof en>;
