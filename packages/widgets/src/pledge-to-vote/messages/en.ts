import type { Translation, WidgetMessageId } from '../../core/i18n/localize.js';

/**
 * The source catalogue of <pledge-to-vote>: every string it shows, by id, except the shared `common.*`/`field.*`/`form.*`
 * ones in `core/i18n/messages/en.ts` and the "Can I vote?" explainer's, which it borrows from the finder
 * (`find-your-constituency/messages`). Other languages translate these ids; a missing id falls back to English.
 */
export const en = {
  'pledge.heading': 'Pledge to vote',
  'pledge.intro': 'Promise to vote in this election, and we will help you get there.',
  'pledge.pollingDay': 'Polling day: {date}',
  'pledge.deadline': 'Register to vote by {date}',
  'pledge.daysLeft.one': '{count} day left to register.',
  'pledge.daysLeft.other': '{count} days left to register.',
  'pledge.deadlineToday': 'Today is the last day to register.',
  'pledge.deadlinePassed': 'The deadline to register has passed. If you are already registered, you can still vote.',
  'pledge.deadlineUnknown': 'We do not know the registration deadline for this date yet.',
  'pledge.photoId.gb': 'You need photo ID to vote at a polling station, for example a passport or a driving licence. If you have none, you can apply for a free Voter Authority Certificate.',
  'pledge.photoId.link': 'Apply for free voter ID',
  'pledge.photoId.ni': 'In Northern Ireland you need photo ID to vote at a polling station.',
  'pledge.photoId.niLink': 'Which photo ID is accepted',
  'pledge.photoId.none': 'You do not need photo ID to vote in this election.',
  'pledge.register': 'Register to vote on GOV.UK',
  'pledge.noElection': 'This site has not chosen an election to pledge for yet. You can still make sure you are registered to vote.',
  'pledge.notSetUp': 'This site has not finished setting up pledges yet, so you cannot pledge here for now. You can still make sure you are registered to vote.',
  'pledge.notHeld': 'Pledges here are for: {election}. This election is not held in {nation}, where your constituency is, so you cannot pledge for it. You can still make sure you are registered to vote.',
  'pledge.passed': 'This election has already taken place, so pledges are closed. Make sure you are registered for the next one.',
  'pledge.postcodeIntro': 'Enter your postcode so we know your constituency.',
  'pledge.postcodeLabel': 'Your postcode',
  'pledge.postcodeHint': 'For example SE6 4AA. We use it only to find your constituency.',
  'pledge.postcodeSubmit': 'Find my constituency',
  'pledge.lookingUp': 'Looking up…',
  'pledge.postcodeInvalid': 'That does not look like a UK postcode. Please check it.',
  'pledge.postcodeNotFound': 'We could not find {postcode}. Please check it.',
  'pledge.postcodeOutside': '{postcode} is not in a Westminster constituency.',
  'pledge.chooseSeat': 'Your postcode is in more than one constituency. Which one is yours?',
  'pledge.area': 'Your constituency: {name}',
  'pledge.changeArea': 'Change postcode',
  'pledge.intentLegend': 'What will you do?',
  'pledge.intent.vote': 'I will vote',
  'pledge.intent.register-and-vote': 'I need to register first, then I will vote',
  'pledge.intentRequired': 'Choose whether you will vote or need to register first.',
  'pledge.email': 'Your email address',
  'pledge.emailHint': 'Only needed if you want reminders.',
  'pledge.reminders': 'Email me reminders: before the registration deadline if I need to register, a few days before polling day and on the day. I can stop them at any time.',
  'pledge.remindersNeedEmail': 'Enter your email address to get reminders, or untick the box.',
  'pledge.submit': 'Pledge to vote',
  'pledge.submitting': 'Sending your pledge…',
  'pledge.keptTyped': 'Everything you entered is kept.',
  'pledge.loadError': 'The pledge form could not be loaded.',
  'pledge.thanksHeading': 'Thank you for pledging to vote',
  'pledge.alreadyHeading': 'You have already pledged',
  'pledge.already': 'This email address has already pledged for this election here, so we have not counted it twice.',
  'pledge.remindersHeading': 'We will email you on these dates:',
  'pledge.reminder.registration-deadline': 'Before the registration deadline: {date}',
  'pledge.reminder.days-before': 'A few days before polling day: {date}',
  'pledge.reminder.polling-day': 'On polling day: {date}',
  'pledge.noReminders': 'We will not send you any emails.',
  'pledge.stopReminders': 'Stop the reminders',
  'pledge.count.one': '{count} person in your constituency has pledged to vote.',
  'pledge.count.other': '{count} people in your constituency have pledged to vote.',
  'pledge.website': 'Leave this field empty',
} as const;

/** The ids this widget's `t()` accepts: its own and the shared ones. */
export type MessageId = WidgetMessageId<typeof en>;
export type Catalogue = Translation<typeof en>;
