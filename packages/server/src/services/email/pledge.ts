import {
  PHOTO_ID,
  dueReminder,
  photoIdRule,
  pledgeReminderDates,
  registrationDeadline,
  ukToday,
  type PledgeReminderKind,
} from '@solidarity-widgets/data/eligibility';
import type { Queryable } from '../../store/types.js';
import { enqueueEmail } from '../outbox.js';
import { pledgedOn, pledgesWantingReminders, type PledgeRow } from '../pledges.js';
import { partnerName, stopUrl, unsubscribeHeaders, type EmailContext } from './context.js';
import { emailLanguage, t, textDirection, typed } from './i18n.js';
import type { MessageId } from './messages/en.js';
import { renderEmail } from './layout.js';

/** Where to register (GOV.UK; it covers the whole UK). */
export const REGISTER_URL = 'https://www.gov.uk/register-to-vote';

/** Reminders are not sent before this hour (UK time) on their day: nobody wants one at midnight. */
export const PLEDGE_REMINDER_FROM_HOUR = 8;

/** The longest a reminder goes before polling day: 3 days before a deadline 12 working days before polling day. */
const LOOKAHEAD_DAYS = 40;

const addDays = (iso: string, days: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** A UK date as the reader's language writes it ("Thursday 6 May 2027"). */
export function formatDay(language: string, isoDate: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** The hour in the UK at `now`. */
const ukHour = (now: Date): number =>
  Number(new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: 'Europe/London' }).format(now));

const subjects: Readonly<Record<PledgeReminderKind, MessageId>> = {
  'registration-deadline': 'pledge.subject.register',
  'days-before': 'pledge.subject.daysBefore',
  'polling-day': 'pledge.subject.pollingDay',
};

/**
 * One reminder of a pledge, in the pledger's language: the election and its date; the registration deadline and
 * where to register (when registering is still to do and still possible); the photo ID rule of this election in this
 * nation, with where to get the free certificate; a one-click unsubscribe (List-Unsubscribe and a visible link).
 * The dedupe key names the pledge and the kind, so each reminder goes once, however often the job runs.
 */
export async function enqueuePledgeReminder(tx: Queryable, ctx: EmailContext, row: PledgeRow, kind: PledgeReminderKind, today: string): Promise<boolean> {
  if (row.email === null) return false;
  const seat = ctx.data.getConstituency(row.constituency_code);
  if (!seat) return false;
  const language = emailLanguage(row.language);
  const election = t(language, `pledge.election.${row.election_type}`);
  const date = formatDay(language, row.election_date);
  const deadline = registrationDeadline(row.election_date, row.election_type, seat.nation)?.date;
  const stop = stopUrl(ctx, 'pledge', row.id);
  const partner = typed(partnerName(ctx, row.partner));
  const registerToo = row.intent === 'register-and-vote' && deadline !== undefined && today <= deadline;
  const id = photoIdRule(row.election_type, seat.nation);
  const rendered = renderEmail({
    language,
    dir: textDirection(language),
    subject: t(language, subjects[kind], { election, date, deadline: deadline ? formatDay(language, deadline) : date }),
    greeting: t(language, 'pledge.greeting'),
    paragraphs: [
      t(language, 'pledge.intro', { partner, constituency: seat.name }),
      t(language, 'pledge.when', { election, date }),
      ...(registerToo && deadline ? [t(language, 'pledge.register', { deadline: formatDay(language, deadline), url: REGISTER_URL })] : []),
      id === 'gb'
        ? t(language, 'pledge.photoId.gb', { url: PHOTO_ID.voterAuthorityCertificateUrl })
        : id === 'ni'
          ? t(language, 'pledge.photoId.ni', { url: PHOTO_ID.northernIrelandUrl })
          : t(language, 'pledge.photoId.none'),
      ...(kind === 'polling-day' ? [t(language, 'pledge.pollingDay')] : []),
    ],
    ...(registerToo ? { action: { label: t(language, 'pledge.registerLabel'), url: REGISTER_URL } } : {}),
    footer: [t(language, 'pledge.footer.why', { partner }), t(language, 'footer.sender', { partner }), t(language, 'reminder.stop', { url: stop })],
  });
  return enqueueEmail(tx, {
    kind: `pledge-${kind}`,
    to: row.email,
    language,
    ...rendered,
    headers: unsubscribeHeaders(stop),
    dedupeKey: `pledge-reminder:${row.id}:${kind}`,
  });
}

/**
 * The pledge reminder job (run with the server's housekeeping, `now` injectable for tests): for every pledge that
 * still wants reminders, the reminder due today (rules' `dueReminder`: from its day, while it still helps, never
 * after polling day), from 08:00 UK time. Idempotent: the outbox's dedupe key keeps one email per pledge and kind.
 */
export async function enqueueDuePledgeReminders(
  db: { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  ctx: EmailContext,
  now: Date = new Date(),
): Promise<number> {
  if (ukHour(now) < PLEDGE_REMINDER_FROM_HOUR) return 0;
  const today = ukToday(now);
  return db.transaction(async (tx) => {
    const due: { row: PledgeRow; kind: PledgeReminderKind }[] = [];
    for (const row of await pledgesWantingReminders(tx, today, addDays(today, LOOKAHEAD_DAYS))) {
      const seat = ctx.data.getConstituency(row.constituency_code);
      if (!seat) continue;
      const schedule = pledgeReminderDates({ intent: row.intent, election: row.election_type, pollingDay: row.election_date, nation: seat.nation, today: pledgedOn(row) });
      const deadline = registrationDeadline(row.election_date, row.election_type, seat.nation)?.date;
      const reminder = dueReminder(schedule, { pollingDay: row.election_date, deadline, today });
      if (reminder) due.push({ row, kind: reminder.kind });
    }
    if (due.length === 0) return 0;
    // Only the reminders not yet queued are written (a run every 10 minutes would otherwise re-render them all).
    const keyOf = (d: (typeof due)[number]) => `pledge-reminder:${d.row.id}:${d.kind}`;
    const { rows } = await tx.query<{ dedupe_key: string }>('SELECT dedupe_key FROM outbox WHERE dedupe_key = ANY($1::text[])', [due.map(keyOf)]);
    const queuedBefore = new Set(rows.map((r) => r.dedupe_key));
    let queued = 0;
    for (const d of due) {
      if (!queuedBefore.has(keyOf(d)) && (await enqueuePledgeReminder(tx, ctx, d.row, d.kind, today))) queued++;
    }
    return queued;
  });
}
