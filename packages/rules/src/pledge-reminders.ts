/**
 * When a pledge to vote gets its reminder emails (issue 15, docs/pledges.md). Shared by the server (which sends
 * them), the SDK's mock and the widget (which show the dates), so all three agree to the day.
 */
import type { ElectionKind, UkNation } from './eligibility.js';
import { isIsoDate, registrationDeadline } from './voting-calendar.js';

/** `vote`: already registered; `register-and-vote`: will register first. */
export type PledgeIntent = 'vote' | 'register-and-vote';

/**
 * - `registration-deadline`: before registration closes (only for `register-and-vote`)
 * - `days-before`: a few days before polling day (with the photo ID reminder where ID is needed)
 * - `polling-day`: on the day
 */
export type PledgeReminderKind = 'registration-deadline' | 'days-before' | 'polling-day';

export interface PledgeReminder {
  kind: PledgeReminderKind;
  /** The UK day it is sent on, `YYYY-MM-DD`. */
  date: string;
}

/** Days before the registration deadline, and before polling day, that the early reminders go. */
export const REMINDER_DAYS_BEFORE = 3;

const addDays = (iso: string, days: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * The reminders a pledge made on `today` will get, soonest first: only days from `today` on (a day already past
 * gets nothing). The registration reminder goes 3 days before the deadline, or on the deadline day when a pledge
 * comes later than that; none when the deadline has passed or the calendar does not cover it (no guessed date).
 * Empty when polling day is not a valid date or has passed.
 */
export function pledgeReminderDates(input: {
  intent: PledgeIntent;
  election: ElectionKind;
  pollingDay: string;
  nation: UkNation;
  today: string;
}): PledgeReminder[] {
  const { intent, election, pollingDay, nation, today } = input;
  if (!isIsoDate(pollingDay) || pollingDay < today) return [];
  const out: PledgeReminder[] = [];
  if (intent === 'register-and-vote') {
    const deadline = registrationDeadline(pollingDay, election, nation)?.date;
    if (deadline !== undefined && deadline >= today) {
      const early = addDays(deadline, -REMINDER_DAYS_BEFORE);
      out.push({ kind: 'registration-deadline', date: early >= today ? early : deadline });
    }
  }
  const before = addDays(pollingDay, -REMINDER_DAYS_BEFORE);
  if (before >= today) out.push({ kind: 'days-before', date: before });
  out.push({ kind: 'polling-day', date: pollingDay });
  return out;
}

/**
 * The reminder due on `today` for a pledge with these reminder dates, or `undefined`. A reminder is due from its
 * day until it stops making sense: the registration one until the deadline (`deadline`), the days-before one until
 * the eve of polling day, the polling-day one on polling day only; so a server that was down on the day catches up,
 * but nothing is ever sent after polling day. When several are due (a long outage), only the latest is.
 */
export function dueReminder(reminders: readonly PledgeReminder[], input: { pollingDay: string; deadline: string | undefined; today: string }): PledgeReminder | undefined {
  const { pollingDay, deadline, today } = input;
  const stillUseful = (r: PledgeReminder) =>
    r.kind === 'registration-deadline' ? deadline !== undefined && today <= deadline : r.kind === 'days-before' ? today < pollingDay : today === pollingDay;
  return reminders.filter((r) => r.date <= today && stillUseful(r)).sort((a, b) => b.date.localeCompare(a.date))[0];
}
