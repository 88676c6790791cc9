import type { Queryable } from '../../store/types.js';
import { factsSession, type SignupFacts } from '../canvass.js';
import { enqueueEmail, type EmailToSend } from '../outbox.js';
import { findOrganiserById, organisersToNotify, type Organiser } from '../organisers.js';
import { partnerName, stopUrl, unsubscribeHeaders, type EmailContext } from './context.js';
import { emailLanguage, formatWhen, t, textDirection, typed } from './i18n.js';
import { renderEmail } from './layout.js';
import type { MessageId } from './messages/en.js';

/** Who an organiser's email is for: enough to greet them in their language and to sign their "stop" link. */
type Addressee = Pick<Organiser, 'id' | 'email' | 'name' | 'language'>;

/**
 * Organisers hear what supporters did, in the organiser's own language, with a link to the console and a signed
 * one-click way to stop (List-Unsubscribe). They get names and what was asked, never phone numbers or email addresses:
 * those stay behind the console's sign-in.
 */
function organiserEmail(
  ctx: EmailContext,
  organiser: Addressee,
  kind: string,
  subject: { readonly id: MessageId; readonly vars?: Readonly<Record<string, string | number>> },
  paragraphs: (language: string) => readonly string[],
  dedupeKey: string,
): EmailToSend {
  const language = emailLanguage(organiser.language);
  const stop = stopUrl(ctx, 'organiser', organiser.id);
  const rendered = renderEmail({
    language,
    dir: textDirection(language),
    subject: t(language, subject.id, subject.vars),
    greeting: t(language, 'greeting', { name: typed(organiser.name) }),
    paragraphs: paragraphs(language),
    action: { label: t(language, 'organiser.openConsole'), url: `${ctx.baseUrl}/console/` },
    footer: [t(language, 'organiser.why'), t(language, 'organiser.stop', { url: stop })],
  });
  return { kind, to: organiser.email, language, ...rendered, headers: unsubscribeHeaders(stop), dedupeKey };
}

const seatNames = (ctx: EmailContext, codes: readonly string[]): string =>
  codes.map((c) => ctx.data.getConstituency(c)?.name ?? c).join(', ');

/**
 * A new sign-up, to one of the seat's organisers (or admins) who chose one email per event: rendered from the facts the
 * sign-up's call wrote to the outbox (services/email/from-facts.ts), which chose the organisers with the session's lock.
 */
export function organiserSignupEmail(ctx: EmailContext, organiser: Addressee, facts: SignupFacts, supporterName: string): EmailToSend {
  const session = factsSession(facts, ctx.data);
  const status = facts.status;
  return organiserEmail(
    ctx,
    organiser,
    'organiser-signup',
    { id: 'organiser.signup.subject', vars: { title: typed(session.title) } },
    (language) => [
      t(language, 'organiser.signup.body', {
        name: typed(supporterName),
        title: typed(session.title),
        when: formatWhen(language, session.startsAt),
        status: t(language, status === 'confirmed' ? 'organiser.status.confirmed' : 'organiser.status.waitlisted'),
      }),
    ],
    `organiser-signup:${organiser.id}:${facts.id}:${new Date(facts.createdAt).getTime()}`,
  );
}

/**
 * An organisation asked to be introduced: its contact gets a receipt in the language they used, and the organisers of
 * each seat it named (who chose one email per event) hear of it.
 */
export async function emailIntroductionReceived(tx: Queryable, ctx: EmailContext, introductionId: string): Promise<void> {
  const { rows } = await tx.query<{ organisation: string; contact_name: string; email: string; constituency_codes: string[]; partner: string | null; language: string | null }>(
    'SELECT organisation, contact_name, email, constituency_codes, partner, language FROM introductions WHERE id = $1',
    [introductionId],
  );
  const intro = rows[0];
  if (!intro) return;
  const language = emailLanguage(intro.language);
  const partner = partnerName(ctx, intro.partner);
  const seats = seatNames(ctx, intro.constituency_codes);
  const rendered = renderEmail({
    language,
    dir: textDirection(language),
    subject: t(language, 'introduction.subject', { organisation: typed(intro.organisation) }),
    greeting: t(language, 'greeting', { name: typed(intro.contact_name) }),
    paragraphs: [t(language, 'introduction.intro', { organisation: typed(intro.organisation), seats })],
    footer: [t(language, 'footer.why', { partner: typed(partner) }), t(language, 'footer.sender', { partner: typed(partner) })],
  });
  await enqueueEmail(tx, { kind: 'introduction-received', to: intro.email, language, ...rendered, dedupeKey: `introduction-received:${introductionId}` });

  const told = new Set<string>();
  for (const code of intro.constituency_codes) {
    for (const organiser of await organisersToNotify(tx, { constituency: code, notify: 'immediate' })) {
      if (told.has(organiser.id)) continue;
      told.add(organiser.id);
      await enqueueEmail(tx, organiserEmail(
        ctx,
        organiser,
        'organiser-introduction',
        { id: 'organiser.introduction.subject', vars: { organisation: typed(intro.organisation) } },
        (l) => [t(l, 'organiser.introduction.body', { organisation: typed(intro.organisation), seats })],
        `organiser-introduction:${organiser.id}:${introductionId}`,
      ));
    }
  }
}

/** At most one "messages are waiting" email per moderator per this many minutes (MODERATION_NOTICE_MINUTES). */
export const DEFAULT_MODERATION_NOTICE_MINUTES = 60;

/**
 * A message is waiting for moderation: the partner's moderators (and admins) who have not turned notifications off
 * hear of it, at most once per `minutes` each, with the count waiting then, not one email per message. The
 * moderator's row in organiser_email_state is locked while deciding, so two messages at once send one notice.
 */
export async function notifyModerators(tx: Queryable, ctx: EmailContext, partner: string | null, minutes = DEFAULT_MODERATION_NOTICE_MINUTES): Promise<void> {
  const moderators = await organisersToNotify(tx, { ...(partner ? { partner } : {}), notify: ['immediate', 'digest'] });
  if (moderators.length === 0) return;
  const waiting = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM solidarity_messages WHERE status = 'pending' AND partner IS NOT DISTINCT FROM $1`,
    [partner],
  );
  const count = Number(waiting.rows[0]?.n ?? 0);
  if (count === 0) return;
  for (const moderator of moderators) {
    await tx.query('INSERT INTO organiser_email_state (organiser_id) VALUES ($1) ON CONFLICT DO NOTHING', [moderator.id]);
    const due = await tx.query<{ ok: boolean }>(
      `UPDATE organiser_email_state SET last_moderation_at = now()
       WHERE organiser_id = $1 AND (last_moderation_at IS NULL OR last_moderation_at <= now() - make_interval(mins => $2::int))
       RETURNING true AS ok`,
      [moderator.id, minutes],
    );
    if (due.rows.length === 0) continue;
    const name = partnerName(ctx, partner);
    await enqueueEmail(tx, organiserEmail(
      ctx,
      moderator,
      'organiser-moderation',
      { id: 'organiser.moderation.subject' },
      (l) => [t(l, 'organiser.moderation.body', { count, partner: typed(name) })],
      `organiser-moderation:${moderator.id}:${Date.now()}`,
    ));
  }
}

/**
 * The daily digest job: each organiser who chose `digest` and has had none for a day gets one summary of the sign-ups
 * and introductions in their seats since the last one (none when nothing happened). Locking the organiser's state row
 * makes two instances running the job at once send one digest.
 */
export async function enqueueDigests(db: { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> } & Queryable, ctx: EmailContext): Promise<number> {
  const organisers = await db.query<{ id: string }>(`SELECT id FROM organisers WHERE notify = 'digest' AND disabled_at IS NULL`);
  let sent = 0;
  for (const { id } of organisers.rows) {
    sent += await db.transaction(async (tx) => {
      await tx.query('INSERT INTO organiser_email_state (organiser_id) VALUES ($1) ON CONFLICT DO NOTHING', [id]);
      const state = await tx.query<{ since: Date | string }>(
        `SELECT COALESCE(last_digest_at, now() - interval '1 day') AS since FROM organiser_email_state
         WHERE organiser_id = $1 AND (last_digest_at IS NULL OR last_digest_at <= now() - interval '1 day') FOR UPDATE`,
        [id],
      );
      const since = state.rows[0]?.since;
      if (since === undefined) return 0;
      const organiser = await findOrganiserById(tx, id);
      await tx.query('UPDATE organiser_email_state SET last_digest_at = now() WHERE organiser_id = $1', [id]);
      if (!organiser || organiser.notify !== 'digest') return 0;
      const admin = organiser.scopes.includes('admin');
      const seats = organiser.scopes.filter((s) => s.startsWith('constituency:')).map((s) => s.slice('constituency:'.length));
      const signups = await tx.query<{ name: string; title: string; starts_at: Date | string; status: string }>(
        `SELECT u.name, s.title, s.starts_at, u.status FROM canvass_signups u JOIN canvass_sessions s ON s.id = u.session_id
         WHERE u.created_at > $1 AND u.status IN ('confirmed', 'waitlisted') AND ($2 OR s.constituency_code = ANY($3::text[]))
         ORDER BY u.created_at LIMIT 200`,
        [since, admin, seats],
      );
      const intros = await tx.query<{ organisation: string; constituency_codes: string[] }>(
        `SELECT organisation, constituency_codes FROM introductions WHERE created_at > $1 AND ($2 OR constituency_codes && $3::text[]) ORDER BY created_at LIMIT 200`,
        [since, admin, seats],
      );
      const count = signups.rows.length + intros.rows.length;
      if (count === 0) return 0;
      await enqueueEmail(tx, organiserEmail(
        ctx,
        organiser,
        'organiser-digest',
        { id: 'organiser.digest.subject', vars: { count } },
        (l) => [
          t(l, 'organiser.digest.intro'),
          ...signups.rows.map((s) =>
            t(l, 'organiser.signup.body', {
              name: typed(s.name),
              title: typed(s.title),
              when: formatWhen(l, new Date(s.starts_at).toISOString()),
              status: t(l, s.status === 'confirmed' ? 'organiser.status.confirmed' : 'organiser.status.waitlisted'),
            }),
          ),
          ...intros.rows.map((i) => t(l, 'organiser.introduction.body', { organisation: typed(i.organisation), seats: seatNames(ctx, i.constituency_codes) })),
        ],
        `organiser-digest:${id}:${new Date(since).getTime()}`,
      ));
      return 1;
    });
  }
  return sent;
}
