/**
 * The English of what <connect-locally> shows only once the form is sent (submit.ts: field errors,
 * confirmation), kept out of the widget's first load
 * (issue 17): it ships in that lazy chunk, which adds it to the widget's catalogue (`addEnglish`) when it loads.
 * The other languages translate these ids in the same files as the rest (`<lang>.ts`); `core/i18n/catalogues.ts`
 * merges them back for the checks and tools.
 */
export const later = {
  'connect.thanksHeading': 'Thank you, {organisation}',
  'connect.thanks': 'We have passed your introduction to the local campaign in {seats}.',
  'connect.next': 'What happens next: an organiser will email you at {email}, usually within a week.',
  'connect.nextListing': 'Your directory listing will appear once a moderator has checked it.',
  'connect.another': 'Send another introduction',
  'connect.error.organisation.required': 'Please enter the name of your organisation.',
  'connect.error.organisationType.required': 'Please choose the type of your organisation.',
  'connect.error.area.required': 'Please find your area and choose at least one constituency.',
  'connect.error.languages.unknown': 'We do not recognise “{language}”. Try its English name or a code such as “yo”.',
  'connect.error.contactName.required': 'Please enter the name of a contact person.',
  'connect.error.email.required': 'Please enter an email address so that the organisers can reply.',
  'connect.error.consentToContact.must_accept': 'Please tick this box so that the organisers can contact you.',
} as const;
