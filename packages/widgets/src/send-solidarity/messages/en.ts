import type { Translation, WidgetMessageId } from '../../core/i18n/localize.js';
import type { later } from './later.en.js';

/**
 * The source catalogue of <send-solidarity>: every string it shows, by id, except the shared `common.*`/`field.*`/`form.*`
 * ones in `core/i18n/messages/en.ts`. Other languages translate these ids; a missing id falls back to English.
 * `{name}` placeholders are filled by `translate()`.
 * What only its second stage shows is in `later.en.ts`.
 */
export const en = {
  // Plural forms (`.zero` … `.other`): English needs only `one` and `other`; the rest exist so that
  // Polish, Welsh, Arabic… can translate them (the widget picks one with Intl.PluralRules).
  'solidarity.heading': 'Send a message of solidarity',
  'solidarity.name': 'Your name',
  'solidarity.nameHint': 'You can write "Anonymous".',
  'solidarity.organisation': 'Organisation or union',
  'solidarity.country': 'Country',
  'solidarity.chooseCountry': 'Choose a country',
  'solidarity.language': 'Language of your message',
  'solidarity.message': 'Your message',
  'solidarity.counter': '{count} of {max} characters',
  'solidarity.remaining.zero': '{count} characters left',
  'solidarity.remaining.one': '{count} character left',
  'solidarity.remaining.two': '{count} characters left',
  'solidarity.remaining.few': '{count} characters left',
  'solidarity.remaining.many': '{count} characters left',
  'solidarity.remaining.other': '{count} characters left',
  'solidarity.over.zero': '{count} characters too many',
  'solidarity.over.one': '{count} character too many',
  'solidarity.over.two': '{count} characters too many',
  'solidarity.over.few': '{count} characters too many',
  'solidarity.over.many': '{count} characters too many',
  'solidarity.over.other': '{count} characters too many',
  'solidarity.email': 'Email, if you would like a reply',
  'solidarity.emailHint': 'We only use it to reply to you. It is never published.',
  'solidarity.consent': 'I agree that my message, name, organisation and country may be published on this site.',
  'solidarity.website': 'Leave this field empty',
  'solidarity.submit': 'Send message',
  'solidarity.submitting': 'Sending…',
} as const;

/** The ids this widget's `t()` accepts: its own and the shared ones. */
export type MessageId = WidgetMessageId<typeof en & typeof later>;
export type Catalogue = Translation<typeof en & typeof later>;
