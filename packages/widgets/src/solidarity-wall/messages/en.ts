import type { Translation, WidgetMessageId } from '../../core/i18n/localize.js';
import type { later } from './later.en.js';

/**
 * The source catalogue of <solidarity-wall>: every string it shows, by id, except the shared `common.*`/`field.*`/`form.*`
 * ones in `core/i18n/messages/en.ts`. Other languages translate these ids; a missing id falls back to English.
 * `{name}` placeholders are filled by `translate()`.
 * What only its second stage shows is in `later.en.ts`.
 */
export const en = {
  'wall.heading': 'Messages of solidarity',
  'wall.totals': '{messages} from {countries}',
  'wall.messages.zero': '{count} messages',
  'wall.messages.one': '{count} message',
  'wall.messages.two': '{count} messages',
  'wall.messages.few': '{count} messages',
  'wall.messages.many': '{count} messages',
  'wall.messages.other': '{count} messages',
  'wall.countries.zero': '{count} countries',
  'wall.countries.one': '{count} country',
  'wall.countries.two': '{count} countries',
  'wall.countries.few': '{count} countries',
  'wall.countries.many': '{count} countries',
  'wall.countries.other': '{count} countries',
  'wall.empty': 'No messages yet. Be the first to send one.',
  'wall.error': 'We could not load the messages.',
  'wall.loadingMore': 'Loading more messages…',
  'wall.newMessages': 'New messages have arrived.',
  'wall.pledgeCount.zero': '{count} people in your area have pledged to vote',
  'wall.pledgeCount.one': '{count} person in your area has pledged to vote',
  'wall.pledgeCount.two': '{count} people in your area have pledged to vote',
  'wall.pledgeCount.few': '{count} people in your area have pledged to vote',
  'wall.pledgeCount.many': '{count} people in your area have pledged to vote',
  'wall.pledgeCount.other': '{count} people in your area have pledged to vote',
} as const;

/** The ids this widget's `t()` accepts: its own and the shared ones. */
export type MessageId = WidgetMessageId<typeof en & typeof later>;
export type Catalogue = Translation<typeof en & typeof later>;
