// Everything in one import; each part is also its own entry point (`./eligibility`, `./postcode-query`, `./territories`).
export * from './eligibility.js';
export { parsePostcodeQuery, type PostcodeQuery } from './postcode-query.js';
export { overseasTerritoryOf } from './overseas-territories.js';
export { pledgeReminderDates, dueReminder, REMINDER_DAYS_BEFORE, type PledgeIntent, type PledgeReminder, type PledgeReminderKind } from './pledge-reminders.js';
