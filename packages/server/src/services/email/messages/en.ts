/**
 * Every string of every email, in English: the reference catalogue. Other languages (cy, pl, ar, …) have the same
 * ids (checked by messages.test.ts). `{name}` placeholders are filled by services/email/i18n.ts; what they are filled
 * with is escaped by the layout, never here.
 */
export const messages = {
  'greeting': 'Hello {name},',
  'footer.why': 'You are receiving this email because you signed up on the page of {partner}.',
  'footer.sender': 'Sent for {partner} by Solidarity Widgets.',
  'session.when': 'When: {when}',
  'session.where': 'Meeting point: {place}',
  'session.organiser': 'Organiser: {name} ({contact})',
  'session.accessibility': 'Accessibility: {notes}',
  'session.constituency': 'Constituency: {name}',
  'signup.confirmed.subject': 'You are signed up: {title}',
  'signup.confirmed.intro': 'Thank you for signing up to canvass with {partner}. Your place is confirmed.',
  'signup.waitlisted.subject': 'You are on the waiting list: {title}',
  'signup.waitlisted.intro': 'The session is full, so you are number {position} on the waiting list. We will email you if a place comes free.',
  'signup.ics': 'The attached calendar file adds the session to your calendar.',
  'signup.cancelHint': 'Cannot make it? Cancelling frees your place for someone on the waiting list.',
  'signup.cancelLabel': 'Cancel my place',
  'promoted.subject': 'A place came free: you are confirmed for {title}',
  'promoted.intro': 'Good news: a place came free on the session you were waiting for, and it is yours. Your place is confirmed.',
  'reminder.subject': 'Reminder: {title}, {when}',
  'reminder.intro': 'A reminder of the canvassing session you signed up to with {partner}.',
  'reminder.stop': 'Do not want reminders? Turn them off: {url}',
  'changed.subject': 'Changed: {title}',
  'changed.intro': 'The organiser has changed the session you signed up to. These are the details now:',
  'cancelled.subject': 'Cancelled: {title}',
  'cancelled.intro': 'Sorry: the organiser has cancelled this session. You do not need to do anything.',
  'introduction.subject': 'We have received your request: {organisation}',
  'introduction.intro': 'Thank you. The request of {organisation} has been passed to the local campaign in {seats}. They will reply to this address.',
  'organiser.signup.subject': 'New sign-up: {title}',
  'organiser.signup.body': '{name} signed up to {title} ({when}): {status}.',
  'organiser.status.confirmed': 'place confirmed',
  'organiser.status.waitlisted': 'on the waiting list',
  'organiser.introduction.subject': 'New introduction: {organisation}',
  'organiser.introduction.body': '{organisation} asked to be introduced to the campaign in {seats}.',
  'organiser.digest.subject': 'Since yesterday: {count} new sign-ups and introductions',
  'organiser.digest.intro': 'What happened in the constituencies you organise since the last summary:',
  'organiser.moderation.subject': 'Messages are waiting for moderation',
  'organiser.moderation.body': '{count} solidarity messages for {partner} are waiting for moderation.',
  'organiser.openConsole': 'Open the console',
  'organiser.why': 'You receive these emails because you organise with Solidarity Widgets.',
  'organiser.stop': 'Turn these emails off: {url}',
  // The cancellation page a supporter opens from their email, in the same language.
  'page.cancel.title': 'Cancel your canvassing sign-up',
  'page.cancel.explain': 'Cannot make it? Cancelling frees your place for someone on the waiting list.',
  'page.cancel.doneTitle': 'Your place is cancelled',
  'page.cancel.done': 'You are no longer signed up for {title} ({when}, {place}). Thank you for letting the organiser know.',
  // The console's sign-in email (services/email/sign-in-link.ts).
  'signIn.subject': 'Your sign-in link for the Solidarity Widgets console',
  'signIn.body': 'Use the button below to sign in to the organisers\' console. The link works once, for {minutes} minutes.',
  'signIn.action': 'Sign in',
  'signIn.ignore': 'If you did not ask to sign in, you can ignore this email: nobody can sign in without the link.',
  'signIn.footer': 'Sent because someone asked for a sign-in link for this address on the Solidarity Widgets console.',
} as const;

export type MessageId = keyof typeof messages;
/** Every language has every id (a missing one is a type error, and messages.test.ts checks it at run time too). */
export type Catalogue = Readonly<Record<MessageId, string>>;
