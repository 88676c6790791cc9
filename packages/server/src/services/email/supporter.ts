import type { CanvassSession } from '@solidarity-widgets/contract';
import type { Queryable } from '../../store/types.js';
import { factsSession, getSession, sessionIcs, type SignupFacts } from '../canvass.js';
import { iso } from '../ids.js';
import { enqueueEmail, type EmailToSend } from '../outbox.js';
import { cancelToken } from '../signing.js';
import { partnerName, stopUrl, unsubscribeHeaders, type EmailContext } from './context.js';
import { emailLanguage, formatWhen, t, textDirection, typed } from './i18n.js';
import { renderEmail } from './layout.js';

/** The emails a supporter gets about their place on a canvassing session. */
export type SignupEmailKind = 'confirmed' | 'waitlisted' | 'promoted' | 'reminder' | 'changed' | 'cancelled';

interface SignupRow {
  id: string;
  session_id: string;
  name: string;
  email: string;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  language: string | null;
  partner: string | null;
  created_at: Date | string;
}

const SIGNUP_COLUMNS = 'id, session_id, name, email, status, language, partner, created_at';

const subjects = {
  confirmed: 'signup.confirmed.subject',
  waitlisted: 'signup.waitlisted.subject',
  promoted: 'promoted.subject',
  reminder: 'reminder.subject',
  changed: 'changed.subject',
  cancelled: 'cancelled.subject',
} as const;

/** The session as a few lines: what, when, where, who, access, seat. Everything an organiser typed is isolated. */
function sessionLines(language: string, session: CanvassSession): string {
  return [
    typed(session.title),
    t(language, 'session.when', { when: formatWhen(language, session.startsAt) }),
    t(language, 'session.where', { place: typed(session.meetingPoint) }),
    t(language, 'session.organiser', { name: typed(session.organiser.name), contact: typed(session.organiser.contact) }),
    ...(session.accessibility ? [t(language, 'session.accessibility', { notes: typed(session.accessibility) })] : []),
    t(language, 'session.constituency', { name: session.constituency.name }),
  ].join('\n');
}

async function waitlistPosition(tx: Queryable, row: SignupRow): Promise<number> {
  const { rows } = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM canvass_signups WHERE session_id = $1 AND status = 'waitlisted' AND (created_at, id) <= ($2::timestamptz, $3::uuid)`,
    [row.session_id, iso(row.created_at), row.id],
  );
  return Number(rows[0]?.n ?? 1);
}

/**
 * Writes one email about a supporter's place to the outbox, in the caller's transaction and in the language they used.
 * `dedupe` names the event (the sign-up's time, the promotion, the session's edit), so the same event never emails twice.
 */
async function enqueueSignupEmail(
  tx: Queryable,
  ctx: EmailContext,
  row: SignupRow,
  session: CanvassSession,
  kind: SignupEmailKind,
  dedupe: string,
): Promise<void> {
  await enqueueEmail(tx, await signupEmail(ctx, row, session, kind, dedupe, () => waitlistPosition(tx, row)));
}

/** One email about a supporter's place, rendered (`position`: their place on the waiting list, asked only when needed). */
async function signupEmail(
  ctx: EmailContext,
  row: SignupRow,
  session: CanvassSession,
  kind: SignupEmailKind,
  dedupe: string,
  position: () => Promise<number> | number,
  icsStamp?: Date,
): Promise<EmailToSend> {
  const language = emailLanguage(row.language);
  const partner = partnerName(ctx, row.partner);
  const cancelUrl = `${ctx.baseUrl}/cancel-signup?id=${row.id}&token=${encodeURIComponent(cancelToken(ctx.secret, row.id))}`;
  const intro = {
    confirmed: () => t(language, 'signup.confirmed.intro', { partner: typed(partner) }),
    waitlisted: async () => t(language, 'signup.waitlisted.intro', { position: await position() }),
    promoted: () => t(language, 'promoted.intro'),
    reminder: () => t(language, 'reminder.intro', { partner: typed(partner) }),
    changed: () => t(language, 'changed.intro'),
    cancelled: () => t(language, 'cancelled.intro'),
  }[kind];
  const stillComing = kind !== 'cancelled';
  const withIcs = kind === 'confirmed' || kind === 'waitlisted' || kind === 'promoted' || kind === 'changed';
  const reminderStop = kind === 'reminder' ? stopUrl(ctx, 'reminders', row.id) : undefined;
  const rendered = renderEmail({
    language,
    dir: textDirection(language),
    subject: t(language, subjects[kind], { title: typed(session.title), when: formatWhen(language, session.startsAt) }),
    greeting: t(language, 'greeting', { name: typed(row.name) }),
    paragraphs: [
      await intro(),
      sessionLines(language, session),
      ...(withIcs ? [t(language, 'signup.ics')] : []),
      ...(stillComing ? [t(language, 'signup.cancelHint')] : []),
    ],
    ...(stillComing ? { action: { label: t(language, 'signup.cancelLabel'), url: cancelUrl } } : {}),
    footer: [
      t(language, 'footer.why', { partner: typed(partner) }),
      t(language, 'footer.sender', { partner: typed(partner) }),
      ...(reminderStop ? [t(language, 'reminder.stop', { url: reminderStop })] : []),
    ],
  });
  return {
    kind: `signup-${kind}`,
    to: row.email,
    language,
    ...rendered,
    ...(reminderStop ? { headers: unsubscribeHeaders(reminderStop) } : {}),
    ...(withIcs
      ? { attachments: [{ filename: 'canvassing-session.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: sessionIcs(session, kind === 'waitlisted' ? 'waitlisted' : 'confirmed', icsStamp) }] }
      : {}),
    dedupeKey: `signup-${kind}:${row.id}:${dedupe}`,
  };
}

async function loadSignups(tx: Queryable, where: string, params: readonly unknown[]): Promise<SignupRow[]> {
  return (await tx.query<SignupRow>(`SELECT ${SIGNUP_COLUMNS} FROM canvass_signups WHERE ${where} ORDER BY created_at, id`, params)).rows;
}

/**
 * The confirmation of a new (or renewed) sign-up, a confirmed place or the waiting list, with the .ics and the cancel
 * link: rendered from the facts the sign-up's call wrote to the outbox (services/email/from-facts.ts). Its .ics is the
 * receipt's, DTSTAMP and all.
 */
export function signupReceivedEmail(
  ctx: EmailContext,
  facts: SignupFacts,
  person: { readonly to: string; readonly name: string; readonly language: string | null },
): Promise<EmailToSend> {
  const row: SignupRow = {
    id: facts.id,
    session_id: facts.sessionId,
    name: person.name,
    email: person.to,
    status: facts.status,
    language: person.language,
    partner: facts.partner,
    created_at: facts.createdAt,
  };
  const kind = facts.status === 'waitlisted' ? 'waitlisted' : 'confirmed';
  return signupEmail(ctx, row, factsSession(facts, ctx.data), kind, iso(facts.createdAt), () => facts.waitlistPosition ?? 1, new Date(facts.createdAt));
}

/** "A place came free: you are confirmed", to each sign-up the waitlist just promoted. */
export async function emailPromoted(tx: Queryable, ctx: EmailContext, signupIds: readonly string[]): Promise<void> {
  if (signupIds.length === 0) return;
  const rows = await loadSignups(tx, `id = ANY($1::uuid[]) AND status = 'confirmed'`, [[...signupIds]]);
  const session = rows[0] ? await getSession(tx, ctx.data, rows[0].session_id) : undefined;
  if (!session) return;
  const promoted = await tx.query<{ id: string; promoted_at: Date | string }>(`SELECT id, promoted_at FROM canvass_signups WHERE id = ANY($1::uuid[])`, [[...signupIds]]);
  const at = new Map(promoted.rows.map((r) => [r.id, iso(r.promoted_at)]));
  for (const row of rows) await enqueueSignupEmail(tx, ctx, row, session, 'promoted', at.get(row.id) ?? iso(new Date()));
}

/**
 * The organiser changed or cancelled a session: everyone still signed up (confirmed or waiting) hears about it. A
 * change is named by the session's `updated_at`, so each edit is one email per person and a repeat of it none.
 */
export async function emailSessionChanged(tx: Queryable, ctx: EmailContext, sessionId: string, kind: 'changed' | 'cancelled'): Promise<void> {
  const session = await getSession(tx, ctx.data, sessionId);
  if (!session) return;
  const { rows } = await tx.query<{ updated_at: Date | string }>('SELECT updated_at FROM canvass_sessions WHERE id = $1', [sessionId]);
  const version = kind === 'cancelled' ? 'cancelled' : iso(rows[0]?.updated_at ?? new Date());
  for (const row of await loadSignups(tx, `session_id = $1 AND status IN ('confirmed', 'waitlisted')`, [sessionId])) {
    await enqueueSignupEmail(tx, ctx, row, session, kind, version);
  }
}

/** Hours before a session that its reminder is sent (REMINDER_HOURS). */
export const DEFAULT_REMINDER_HOURS = 24;

/**
 * The reminder job (run by the server's housekeeping): one reminder per confirmed place whose session starts within
 * `hours`, not yet started and not cancelled, unless the supporter turned reminders off. The dedupe key includes the
 * start time, so a session moved to another day reminds again and a job run twice (or on two instances) does not.
 */
export async function enqueueDueReminders(db: { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> }, ctx: EmailContext, hours = DEFAULT_REMINDER_HOURS): Promise<number> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<SignupRow & { starts_at: Date | string }>(
      `SELECT ${SIGNUP_COLUMNS.split(', ').map((c) => `u.${c}`).join(', ')}, s.starts_at
       FROM canvass_signups u JOIN canvass_sessions s ON s.id = u.session_id
       WHERE u.status = 'confirmed' AND u.reminders AND s.status <> 'cancelled'
         AND s.starts_at > now() AND s.starts_at <= now() + make_interval(hours => $1::int)
         AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.dedupe_key = 'signup-reminder:' || u.id || ':' || floor(EXTRACT(EPOCH FROM s.starts_at))::bigint)
       ORDER BY s.starts_at, u.id LIMIT 500`,
      [hours],
    );
    const sessions = new Map<string, CanvassSession | undefined>();
    for (const row of rows) {
      if (!sessions.has(row.session_id)) sessions.set(row.session_id, await getSession(tx, ctx.data, row.session_id));
      const session = sessions.get(row.session_id);
      // Named by the start time in whole seconds, as the query above looks for it.
      if (session) await enqueueSignupEmail(tx, ctx, row, session, 'reminder', String(Math.floor(new Date(row.starts_at).getTime() / 1000)));
    }
    return rows.length;
  });
}
