import type { Translation, WidgetMessageId } from '../../core/i18n/localize.js';
import type { later } from './later.en.js';

/**
 * The source catalogue of <connect-locally>: every string it shows, by id, except the shared `common.*`/`field.*`/`form.*`
 * ones in `core/i18n/messages/en.ts`. Other languages translate these ids; a missing id falls back to English.
 * What only its second stage shows is in `later.en.ts`.
 */
export const en = {
  'connect.heading': 'Work with your local campaign',
  'connect.intro': 'Tell us about your organisation and we will introduce you to the organisers in your area.',
  'connect.organisation': 'Name of your organisation',
  'connect.organisationType': 'Type of organisation',
  'connect.chooseType': 'Choose a type',
  'connect.type.union_branch': 'Trade union branch',
  'connect.type.diaspora_association': 'Diaspora association',
  'connect.type.community_group': 'Community group',
  'connect.type.faith_group': 'Faith group',
  'connect.type.other': 'Other',
  'connect.communities': 'Communities you serve',
  'connect.communitiesHint': 'For example: Polish and Lithuanian families in Catford.',
  'connect.languages': 'Languages you work in',
  'connect.otherLanguages': 'Other languages',
  'connect.otherLanguagesHint': 'Names or codes, separated by commas.',
  'connect.area': 'Where you work',
  'connect.areaHint': 'Enter a postcode or the start of one (such as SE13) and we will find the constituencies.',
  'connect.postcode': 'Postcode',
  'connect.findSeats': 'Find constituencies',
  'connect.findingSeats': 'Finding constituencies…',
  'connect.chooseSeats': '{postcode} is split between several constituencies. Choose the ones where you work:',
  'connect.chosenSeat': 'Constituency: {name}',
  'connect.changeArea': 'Change area',
  'connect.contactName': 'Contact person',
  'connect.email': 'Email address',
  'connect.emailHint': 'Only the organisers of these constituencies will see it.',
  'connect.offers': 'What could you offer?',
  'connect.offer.canvassers': 'Canvassers',
  'connect.offer.translators': 'Translators',
  'connect.offer.venues': 'Venues',
  'connect.offer.publicity': 'Publicity',
  'connect.message': 'Message',
  'connect.messageHint': 'Anything the organisers should know.',
  'connect.consent': 'I agree that the organisers of these constituencies may contact me by email about working together.',
  'connect.listInDirectory': 'List us in the public groups directory (after a moderator checks it).',
  'connect.showContact': 'Show our email address in the directory listing.',
  'connect.directoryHint': 'The listing shows your organisation’s name, type, languages, what you offer and the constituency — never the contact person’s name.',
  'connect.submit': 'Ask for an introduction',
  'connect.submitting': 'Sending…',
  'connect.error.postcode.invalid': 'That does not look like a UK postcode. Try the full postcode or its first half, such as SE13.',
  'connect.error.postcode.notFound': 'We could not find {postcode}. Please check it.',
  'connect.error.postcode.outside': '{postcode} is outside the UK’s parliamentary constituencies.',
} as const;

/** The ids this widget's `t()` accepts: its own and the shared ones. */
export type MessageId = WidgetMessageId<typeof en & typeof later>;
export type Catalogue = Translation<typeof en & typeof later>;
