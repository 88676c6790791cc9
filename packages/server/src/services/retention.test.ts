import { describe, expect, it } from 'vitest';
import { PARTNER_ORIGIN, makeSession, setup, signupBody } from '../testing/harness.js';
import { ANSWER_REPORT_RETENTION_DAYS, AUDIT_LOG_RETENTION_DAYS, EMAIL_RETENTION_DAYS, SIGNUP_RETENTION_DAYS, runRetention } from './retention.js';
import { signIn } from '../testing/console.js';
import { upsertOrganiser } from './organisers.js';
import { renderEmail } from './email/layout.js';
import { enqueueEmail } from './outbox.js';

/** Moves a session into the past so that it ended `daysAgo` days ago. */
async function endedDaysAgo(h: Awaited<ReturnType<typeof setup>>, sessionId: string, daysAgo: number): Promise<void> {
  await h.store.query(
    `UPDATE canvass_sessions SET starts_at = now() - make_interval(days => $2::int, hours => 3), ends_at = now() - make_interval(days => $2::int) WHERE id = $1`,
    [sessionId, daysAgo],
  );
}

const count = async (h: Awaited<ReturnType<typeof setup>>, sql: string, params: unknown[] = []) =>
  (await h.store.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params)).rows[0]!.n;

describe('retention job', () => {
  it(`deletes sign-ups ${SIGNUP_RETENTION_DAYS} days after their session ended, day-old rate-limit rows and expired idempotency keys, and nothing younger`, async () => {
    const h = await setup();
    try {
      const old = await makeSession(h.call, h.adminToken);
      const recent = await makeSession(h.call, h.adminToken);
      const upcoming = await makeSession(h.call, h.adminToken);
      for (const [i, session] of [old, old, recent, upcoming].entries()) {
        const res = await h.call('POST', '/v1/canvass-signups', { origin: PARTNER_ORIGIN, body: signupBody(session, { email: `person${i}@example.org` }) });
        expect(res.status).toBe(201);
      }
      await endedDaysAgo(h, old, SIGNUP_RETENTION_DAYS + 1);
      await endedDaysAgo(h, recent, SIGNUP_RETENTION_DAYS - 1);
      await h.store.query(`INSERT INTO rate_limits (bucket, window_start, count) VALUES ('old', now() - interval '25 hours', 1), ('fresh', now() - interval '1 hour', 1)`);
      await h.store.query(
        `INSERT INTO idempotency_keys (key, route, request_hash, status, response, created_at)
         VALUES ('old', 'test', 'h', 'completed', '{}', now() - interval '25 hours'), ('fresh', 'test', 'h', 'completed', '{}', now() - interval '23 hours')`,
      );

      const deleted = await runRetention(h.store);
      expect(deleted).toMatchObject({ signups: 2, rate_limits: 1, idempotency_keys: 1 });
      expect(await count(h, 'canvass_signups WHERE session_id = $1', [old])).toBe(0);
      expect(await count(h, 'canvass_signups WHERE session_id = $1', [recent])).toBe(1);
      expect(await count(h, 'canvass_signups WHERE session_id = $1', [upcoming])).toBe(1);
      expect(await count(h, `rate_limits WHERE bucket IN ('old', 'fresh')`)).toBe(1);
      expect(await count(h, `idempotency_keys WHERE route = 'test'`)).toBe(1);
      // The session itself (no personal data) stays, so an organiser's history of sessions is kept.
      expect(await count(h, 'canvass_sessions WHERE id = $1', [old])).toBe(1);
      // A second run finds nothing more.
      expect(await runRetention(h.store)).toMatchObject({ signups: 0, rate_limits: 0, idempotency_keys: 0 });
      // A shorter period (SIGNUP_RETENTION_DAYS) reaches the more recent session too.
      expect((await runRetention(h.store, { signupDays: SIGNUP_RETENTION_DAYS - 2 })).signups).toBe(1);
      expect(await count(h, 'canvass_signups WHERE session_id = $1', [upcoming])).toBe(1);
    } finally {
      await h.close();
    }
  });

  it(`deletes answer reports ${ANSWER_REPORT_RETENTION_DAYS} days after they arrived, and no younger one`, async () => {
    const h = await setup();
    try {
      const report = (message: string) =>
        h.call('POST', '/v1/answer-reports', {
          origin: PARTNER_ORIGIN,
          body: { postcodeArea: 'SE6 4', constituency: 'E14001331', answer: 'Lewisham East, Janet Daby (Labour)', message, language: 'en' },
        });
      expect((await report('The MP has changed party')).status).toBe(201);
      expect((await report('The majority looks wrong')).status).toBe(201);
      await h.store.query(
        `UPDATE answer_reports SET received_at = now() - make_interval(days => $1::int, hours => 1) WHERE message = 'The MP has changed party'`,
        [ANSWER_REPORT_RETENTION_DAYS],
      );
      expect((await runRetention(h.store)).answer_reports).toBe(1);
      expect(await count(h, `answer_reports WHERE message = 'The majority looks wrong'`)).toBe(1);
      expect(await count(h, `answer_reports WHERE message = 'The MP has changed party'`)).toBe(0);
    } finally {
      await h.close();
    }
  });

  it('deletes console sign-in links a day after use or expiry, ended sessions, and audit entries after a year', async () => {
    const h = await setup();
    try {
      // One live session, one ended (idle), one unused link still valid, one used 25 hours ago, one expired 23 hours ago.
      const live = await signIn(h.call, h.store, { email: 'live@example.org', name: 'Live', scopes: ['admin'] });
      const idle = await signIn(h.call, h.store, { email: 'idle@example.org', name: 'Idle', scopes: ['admin'] });
      await h.store.query(`UPDATE console_sessions SET idle_expires_at = now() - interval '1 minute' WHERE organiser_id = $1`, [idle.organiserId]);
      await h.store.query(`UPDATE sign_in_links SET used_at = now() - interval '25 hours', expires_at = now() - interval '25 hours' WHERE organiser_id = $1`, [live.organiserId]);
      await h.store.query(`UPDATE sign_in_links SET used_at = NULL, expires_at = now() - interval '23 hours' WHERE organiser_id = $1`, [idle.organiserId]);
      await upsertOrganiser(h.store, { email: 'fresh@example.org', name: 'Fresh', scopes: ['admin'] });
      await h.call('POST', '/v1/console/sign-in', { body: { email: 'fresh@example.org' } });
      await h.store.query(`UPDATE audit_log SET at = now() - make_interval(days => $1::int, hours => 1) WHERE actor_id = $2`, [AUDIT_LOG_RETENTION_DAYS, idle.organiserId]);

      const result = await runRetention(h.store);
      expect([result.sign_in_links, result.console_sessions, result.audit_log]).toEqual([1, 1, 1]);
      expect(await count(h, 'sign_in_links')).toBe(2);
      expect((await live.call('GET', '/v1/console/me')).status).toBe(200);
      expect(await count(h, 'audit_log WHERE actor_id = $1', [live.organiserId])).toBe(1);
    } finally {
      await h.close();
    }
  }, 60_000);

  it(`deletes emails ${EMAIL_RETENTION_DAYS} days after they were sent or given up, never one still waiting`, async () => {
    const h = await setup();
    try {
      for (const key of ['sent-old', 'sent-recent', 'failed-old', 'waiting-old']) {
        await enqueueEmail(h.store, { kind: 'test', to: `${key}@example.org`, language: 'en', dedupeKey: key, ...renderEmail({ language: 'en', subject: key, paragraphs: [], footer: [] }) });
      }
      const ago = (days: number) => `now() - make_interval(days => ${days}, hours => 1)`;
      await h.store.query(`UPDATE outbox SET sent_at = ${ago(EMAIL_RETENTION_DAYS)} WHERE dedupe_key = 'sent-old'`);
      await h.store.query(`UPDATE outbox SET sent_at = ${ago(EMAIL_RETENTION_DAYS - 2)} WHERE dedupe_key = 'sent-recent'`);
      await h.store.query(`UPDATE outbox SET failed_at = ${ago(EMAIL_RETENTION_DAYS)} WHERE dedupe_key = 'failed-old'`);
      await h.store.query(`UPDATE outbox SET created_at = ${ago(EMAIL_RETENTION_DAYS * 2)}, send_after = ${ago(EMAIL_RETENTION_DAYS * 2)} WHERE dedupe_key = 'waiting-old'`);
      expect((await runRetention(h.store)).emails).toBe(2);
      const { rows } = await h.store.query<{ dedupe_key: string }>('SELECT dedupe_key FROM outbox ORDER BY dedupe_key');
      expect(rows.map((r) => r.dedupe_key)).toEqual(['sent-recent', 'waiting-old']);
    } finally {
      await h.close();
    }
  });
});
