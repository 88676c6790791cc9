/**
 * The English of what <send-solidarity> shows only once the form is sent (submit.ts: field errors,
 * thank-you), kept out of the widget's first load
 * (issue 17): it ships in that lazy chunk, which adds it to the widget's catalogue (`addEnglish`) when it loads.
 * The other languages translate these ids in the same files as the rest (`<lang>.ts`); `core/i18n/catalogues.ts`
 * merges them back for the checks and tools.
 */
export const later = {
  'solidarity.thanksHeading': 'Message sent',
  'solidarity.thanks': 'Thank you — your message will appear after review.',
  'solidarity.duplicate': 'We already have this message. Thank you!',
  'solidarity.another': 'Send another message',
  'solidarity.error.name.required': 'Please write your name, or "Anonymous".',
  'solidarity.error.name.too_long': 'Please use 80 characters or fewer.',
  'solidarity.error.organisation.too_long': 'Please use 120 characters or fewer.',
  'solidarity.error.country.required': 'Please choose a country.',
  'solidarity.error.message.required': 'Please write a message.',
  'solidarity.error.message.too_long': 'Your message is too long. Please shorten it to {max} characters or fewer.',
  'solidarity.error.consentToPublish.must_accept': 'Please tick this box so that we can publish your message.',
} as const;
