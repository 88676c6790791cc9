import type { Translation, WidgetMessageId } from '../../core/i18n/localize.js';
import type { later } from './later.en.js';

/**
 * The source catalogue of <local-groups>: every string it shows, by id, except the shared `common.*`/`field.*`/`form.*`
 * ones in `core/i18n/messages/en.ts`. Other languages translate these ids; a missing id falls back to English.
 * What only its second stage shows is in `later.en.ts`.
 */
export const en = {
  'groups.heading': 'Local groups',
  'groups.headingNear': 'Groups near {name}',
  'groups.prompt': 'Find your constituency to see the groups working near you.',
  'groups.loading': 'Loading local groups…',
  'groups.loaded.one': '{count} group listed near {name}.',
  'groups.loaded.other': '{count} groups listed near {name}.',
  'groups.empty': 'No groups are listed near {name} yet.',
  'groups.error': 'We could not load the local groups.',
  'groups.note': 'Listings are checked by a moderator before they appear.',
} as const;

/** The ids this widget's `t()` accepts: its own and the shared ones. */
export type MessageId = WidgetMessageId<typeof en & typeof later>;
export type Catalogue = Translation<typeof en & typeof later>;
