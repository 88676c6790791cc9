import type { Queryable } from '../store/types.js';
import { ukToday } from '@solidarity-widgets/data/eligibility';
import { purgeOldPledges } from './pledges.js';
import { purgeRejected } from './solidarity.js';

/** Sign-ups are deleted this many days after their session ended (docs/privacy.md), unless SIGNUP_RETENTION_DAYS says otherwise. */
export const SIGNUP_RETENTION_DAYS = 30;

/**
 * Answer reports ("report a problem with this answer") are deleted this many days after they arrived: long enough for
 * an organiser to check and correct the answer, not kept for ever since their free text may say more than it should.
 */
export const ANSWER_REPORT_RETENTION_DAYS = 90;

/** The audit log (who exported, erased or changed what) is kept this long, then deleted. */
export const AUDIT_LOG_RETENTION_DAYS = 365;

/** Used or expired console sign-in links are kept this long (to answer "did my link arrive / was it used?"), then deleted. */
export const SIGN_IN_LINK_RETENTION_HOURS = 24;
/**
 * Emails (their rendered text names the supporter and what they signed up to) are deleted this many days after they
 * were sent or given up: long enough to answer "did my confirmation go out?", no longer.
 */
export const EMAIL_RETENTION_DAYS = 30;

/** What one retention run deleted, by kind (also the `kind` label of `sw_housekeeping_deleted_rows_total`). */
export interface RetentionResult {
  readonly signups: number;
  readonly rejected_messages: number;
  readonly rate_limits: number;
  readonly idempotency_keys: number;
  readonly answer_reports: number;
  readonly sign_in_links: number;
  readonly console_sessions: number;
  readonly audit_log: number;
  readonly emails: number;
  readonly pledges: number;
}

/**
 * The retention job (docs/privacy.md): deletes canvass sign-ups `signupDays` after their session ended, rejected
 * messages `REJECTED_RETENTION_DAYS` after their rejection, rate-limit windows after a day and idempotency keys once
 * they have expired (24 hours, the same as services/idempotency.ts honours), and answer reports
 * `ANSWER_REPORT_RETENTION_DAYS` after they arrived, console sign-in links a day after use or expiry, console sessions
 * once ended, audit entries after `AUDIT_LOG_RETENTION_DAYS`, emails `EMAIL_RETENTION_DAYS` after they were sent or given up, and
 * pledges to vote `PLEDGE_RETENTION_DAYS` after their polling day (a UK date, so `now` decides: tests pass their clock).
 * Each statement is independent and
 * idempotent, so several instances running it at once only repeat each other's work.
 */
export async function runRetention(db: Queryable, options: { readonly signupDays?: number; readonly now?: Date } = {}): Promise<RetentionResult> {
  const days = options.signupDays ?? SIGNUP_RETENTION_DAYS;
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`signupDays must be a whole number ≥ 0, got ${days}`);
  const signups = await db.query(
    `DELETE FROM canvass_signups s USING canvass_sessions cs
     WHERE s.session_id = cs.id AND cs.ends_at < now() - make_interval(days => $1::int)`,
    [days],
  );
  const idempotency = await db.query(`DELETE FROM idempotency_keys WHERE created_at < now() - interval '24 hours'`);
  const rateLimits = await db.query(`DELETE FROM rate_limits WHERE window_start < now() - interval '1 day'`);
  const rejected = await purgeRejected(db);
  const reports = await db.query(`DELETE FROM answer_reports WHERE received_at < now() - make_interval(days => $1::int)`, [ANSWER_REPORT_RETENTION_DAYS]);
  // Console sign-in links a day after they were used or expired; sessions once they have ended (idle or absolute).
  const links = await db.query(
    `DELETE FROM sign_in_links WHERE COALESCE(used_at, expires_at) < now() - make_interval(hours => $1::int)`,
    [SIGN_IN_LINK_RETENTION_HOURS],
  );
  const sessions = await db.query(`DELETE FROM console_sessions WHERE idle_expires_at < now() OR expires_at < now()`);
  const audit = await db.query(`DELETE FROM audit_log WHERE at < now() - make_interval(days => $1::int)`, [AUDIT_LOG_RETENTION_DAYS]);
  // Never an email still waiting to be sent: only delivered or given-up ones leave.
  const emails = await db.query(
    `DELETE FROM outbox WHERE (sent_at < now() - make_interval(days => $1::int)) OR (failed_at < now() - make_interval(days => $1::int))`,
    [EMAIL_RETENTION_DAYS],
  );
  const pledges = await purgeOldPledges(db, ukToday(options.now ?? new Date()));
  return {
    signups: signups.rowCount,
    rejected_messages: rejected,
    rate_limits: rateLimits.rowCount,
    idempotency_keys: idempotency.rowCount,
    answer_reports: reports.rowCount,
    sign_in_links: links.rowCount,
    console_sessions: sessions.rowCount,
    audit_log: audit.rowCount,
    emails: emails.rowCount,
    pledges,
  };
}
