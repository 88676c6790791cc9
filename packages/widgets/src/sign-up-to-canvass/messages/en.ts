import type { Translation, WidgetMessageId } from '../../core/i18n/localize.js';
import type { later } from './later.en.js';

/**
 * The source catalogue of <sign-up-to-canvass>: every string it shows, by id, except the shared `common.*`/`field.*`/`form.*`
 * ones in `core/i18n/messages/en.ts`. Other languages translate these ids; a missing id falls back to English.
 * `{name}` placeholders are filled by `translate()`. What only its second stage shows is in `later.en.ts`.
 */
export const en = {
  'canvass.heading': 'Sign up to canvass',
  'canvass.sessionsIn': 'Canvassing sessions in {name}',
  'canvass.noConstituency': 'Find your constituency first, or enter a postcode.',
  'canvass.postcodeLabel': 'Your postcode',
  'canvass.postcodeSubmit': 'Show sessions',
  'canvass.statusNoneHere': 'Search finished for {name}.',
  'canvass.choose': 'Choose this session',
  'canvass.submit': 'Sign up',
  'canvass.submitting': 'Signing you up…',
  'canvass.sessionGone': 'That session is no longer available. Please choose another.',
  // Plural variants (`.zero` … `.many`): English uses `one` and the base id; the rest are there for pl, cy, ar…
  'canvass.sessionsFound.other': '{count} sessions found.',
  'canvass.sessionsFound.zero': '{count} sessions found.',
  'canvass.sessionsFound.one': '{count} session found.',
  'canvass.sessionsFound.two': '{count} sessions found.',
  'canvass.sessionsFound.few': '{count} sessions found.',
  'canvass.sessionsFound.many': '{count} sessions found.',
  'canvass.postcodeHint': 'For example SE13 6AA. We use it only to find sessions near you and do not store it.',
  'canvass.postcodeInvalid': 'That does not look like a UK postcode. A postcode looks like SW1A 1AA.',
  'canvass.postcodeNotFound': 'We could not find {postcode}. Please check it for typos.',
  'canvass.postcodeOutside': '{postcode} is outside UK parliamentary constituencies.',
  'canvass.lookingUp': 'Looking up {postcode}…',
  'canvass.lookingUpShort': 'Looking up…',
  'canvass.chooseSeat': '{postcode} is split between {count} constituencies. Which is yours?',
  'canvass.chooseSeatButton': 'Choose {name}',
  'canvass.changeArea': 'Use another postcode',
  'canvass.loadingSessions': 'Loading canvassing sessions…',
  'canvass.keptTyped': 'Everything you typed is still here.',
  'canvass.sessionsNearYou': 'Canvassing sessions near you',
} as const;

/** The ids this widget's `t()` accepts: its own and the shared ones. */
export type MessageId = WidgetMessageId<typeof en & typeof later>;
export type Catalogue = Translation<typeof en & typeof later>;
