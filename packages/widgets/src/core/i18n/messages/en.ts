import type { Translation } from '../localize.js';

/**
 * The shared source catalogue: strings every widget (or the core itself) shows, by id.
 * Each widget's own strings are in its folder's `messages/en.ts` (see docs/decisions/0002-i18n.md).
 * Other languages translate these ids; a missing id falls back to English.
 * `{name}` placeholders are filled by `translate()`.
 */
export const en = {
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.networkError': 'We could not reach the server. Check your connection and try again.',
  'common.offline': 'You appear to be offline. We will keep what you typed; try again when you are connected.',
  'common.serverError': 'Something went wrong on our side. Please try again in a moment.',
  'common.rateLimited.one': 'Lots of people are sending things right now. Please wait {count} second and try again.',
  'common.rateLimited.other': 'Lots of people are sending things right now. Please wait {count} seconds and try again.',
  'common.originNotAllowed': 'This site is not yet set up to send to the campaign’s server, so nothing was sent. Please let the site’s owner know, or try again later.',
  'common.required': '(required)',
  'common.optional': '(optional)',
  'field.required': 'Please fill in this field.',
  'field.too_short': 'This is too short.',
  'field.too_long': 'This is too long.',
  'field.invalid_format': 'This does not look right. Please check it.',
  'field.invalid_value': 'This value is not accepted.',
  'field.must_accept': 'Please tick this box to continue.',
  'field.email.invalid_format': 'Enter an email address like name@example.org.',
  'field.phone.invalid_format': 'Enter a phone number using digits, spaces and an optional +.',
  'form.fixErrors': 'Please correct the highlighted fields.',
} as const;

export type MessageId = keyof typeof en;
/** A translation: any id may be missing (English is used); counted messages may add their language's plural forms. */
export type Catalogue = Translation<typeof en>;
