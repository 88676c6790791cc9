import { loadElectoralData } from '@solidarity-widgets/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { makeConfig } from '../config.js';
import { createToken } from '../services/tokens.js';
import { makeSession, signupBody, type CallOptions, type Reply } from '../testing/harness.js';
import { startTestPostgres, type TestPostgres } from '../testing/postgres.js';
import { craftedInputReplies, raceCancellationsAndSignups, sessionCountDrift } from '../testing/scenarios.js';
import { migrate } from './migrate.js';
import { migrations } from './migrations/index.js';
import { openStore } from './open.js';
import { openPostgres } from './postgres.js';
import type { Store } from './types.js';

// The same SQL and the same rules on a real PostgreSQL server, where requests really run in parallel
// (PGlite has one connection, so it serialises them). Skipped when no PostgreSQL is installed.
const pgServer: TestPostgres | undefined = await startTestPostgres();

describe.skipIf(!pgServer)('PostgreSQL store', () => {
  let store: Store;
  let call: (method: string, path: string, opts?: CallOptions) => Promise<Reply>;
  let adminToken: string;

  beforeAll(async () => {
    store = await openStore({ databaseUrl: pgServer!.url });
    const app = createApp({ store, data: loadElectoralData(), config: makeConfig({ rateLimit: { perIp: 100_000, perPartner: 100_000 } }), log: () => undefined });
    adminToken = (await createToken(store, 'pg admin', ['admin'])).token;
    call = async (method, path, opts = {}) => {
      const headers: Record<string, string> = { ...opts.headers, 'Content-Type': 'application/json' };
      if (opts.token) headers['Authorization'] = `Bearer ${opts.token}`;
      const res = await app.request(path, { method, headers, ...(opts.body === undefined ? {} : { body: JSON.stringify(opts.body) }) });
      const text = await res.text();
      return { status: res.status, headers: res.headers, text, json: text ? JSON.parse(text) : undefined };
    };
  });
  afterAll(async () => {
    await store?.close();
    await pgServer?.stop();
  });

  it('migrations are recorded once and re-running them is a no-op, even concurrently', async () => {
    const again = await Promise.all([migrate(store), migrate(store), migrate(store)]);
    expect(again).toEqual([[], [], []]);
    const { rows } = await store.query<{ id: number }>('SELECT id FROM schema_migrations ORDER BY id');
    expect(rows.map((r) => r.id)).toEqual(migrations.map((m) => m.id));
    expect(store.kind).toBe('postgres');
  });

  it('the hot writes run as named prepared statements: parsed and planned once per connection', async () => {
    // One connection, so what it prepared can be listed on it (pg_prepared_statements is per connection).
    const single = await openPostgres(pgServer!.url, { max: 1 });
    try {
      const app = createApp({ store: single, data: loadElectoralData(), config: makeConfig({ rateLimit: { perIp: 100_000, perPartner: 100_000 } }), log: () => undefined });
      const post = (path: string, body: unknown) => app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      const session = await makeSession(call, adminToken, { capacity: 5 });
      expect((await post('/v1/canvass-signups', signupBody(session, { email: 'prepared@example.org' }))).status).toBe(201);
      expect((await post('/v1/canvass-signups', signupBody(session, { email: 'prepared-2@example.org' }))).status).toBe(201);
      const { rows } = await single.query<{ name: string }>('SELECT name FROM pg_prepared_statements ORDER BY name');
      expect(rows.map((r) => r.name)).toContain('write_canvass_signup');
    } finally {
      await single.close();
    }
  });

  it('200 parallel sign-ups for 10 places → exactly 10 confirmed', async () => {
    const id = await makeSession(call, adminToken, { capacity: 10 });
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => call('POST', '/v1/canvass-signups', { body: signupBody(id, { email: `pg${i}@example.org` }) })),
    );
    expect(results.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
    expect(results.filter((r) => r.json.signup.status === 'confirmed')).toHaveLength(10);
    const { rows } = await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM canvass_signups WHERE session_id = $1 AND status = 'confirmed'`, [id]);
    expect(rows[0]?.n).toBe(10);
  });

  it('parallel retries with one Idempotency-Key write once and all get the same answer', async () => {
    const id = await makeSession(call, adminToken, { capacity: 5 });
    const headers = { 'Idempotency-Key': 'pg-parallel-key' };
    const results = await Promise.all(Array.from({ length: 20 }, () => call('POST', '/v1/canvass-signups', { headers, body: signupBody(id, { email: 'retry@example.org' }) })));
    expect(new Set(results.map((r) => r.text)).size).toBe(1);
    const { rows } = await store.query(`SELECT 1 FROM canvass_signups WHERE session_id = $1`, [id]);
    expect(rows).toHaveLength(1);
  });

  it('parallel sign-ups with one email (no key) make one sign-up', async () => {
    const id = await makeSession(call, adminToken, { capacity: 5 });
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => call('POST', '/v1/canvass-signups', { body: signupBody(id, { email: i % 2 ? 'Twin@example.org' : 'twin@example.org' }) })));
    expect(results.every((r) => r.status === 200 || r.status === 201)).toBe(true);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(new Set(results.map((r) => r.json.signup.id)).size).toBe(1);
  });

  it('parallel cancellations and sign-ups: never overbooked, no place left free while people wait', async () => {
    const r = await raceCancellationsAndSignups(call, store, adminToken, 8);
    expect(r.statuses.filter((s) => s !== 200 && s !== 201)).toEqual([]);
    expect(r.confirmed).toBe(r.capacity);
    expect(r.cancelled).toBe(r.cancelledIds.length);
    expect(r.confirmed + r.waitlisted + r.cancelled).toBe(r.capacity * 4);
    // Every session's kept count (the trigger's) equals its confirmed sign-ups, after all that racing.
    expect(await sessionCountDrift(store)).toEqual([]);
  });

  it('out-of-range cursors and session dates are 400 validation_failed, never 500 (as on PGlite)', async () => {
    for (const { what, reply } of await craftedInputReplies(call, adminToken)) {
      expect(reply.status, `${what}: ${reply.text}`).toBe(400);
      expect(reply.json.error.code, what).toBe('validation_failed');
    }
  });

  it('parallel identical messages: one stored, the rest 409 duplicate_message', async () => {
    const body = { name: 'A', country: 'PL', language: 'pl', message: 'Solidarność!', consentToPublish: true, partner: 'pg-dup', elapsedMs: 10_000 };
    const results = await Promise.all(Array.from({ length: 10 }, () => call('POST', '/v1/solidarity-messages', { body })));
    expect(results.filter((r) => r.status === 202)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(9);
  });

  it('parallel approvals, rejections and erasures across partners: none deadlocks, the wall totals equal a fresh count', async () => {
    const emails = ['pg-wall-0@example.org', 'pg-wall-1@example.org', 'pg-wall-2@example.org'];
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const body = {
        name: 'B', country: ['GB', 'FR', 'GH', 'PL'][i % 4], language: 'en', message: `Wall totals under load ${i}`, consentToPublish: true,
        partner: i % 2 === 0 ? 'pg-wall-a' : 'pg-wall-b', email: emails[i % 3], elapsedMs: 10_000,
      };
      ids.push((await call('POST', '/v1/solidarity-messages', { body })).json.message.id as string);
    }
    const decide = (id: string, decision: 'approve' | 'reject') =>
      call('POST', `/v1/admin/solidarity-messages/${id}/decision`, { token: adminToken, body: { decision } });
    for (const id of ids.slice(0, 15)) expect((await decide(id, 'approve')).status).toBe(200);

    // Each erasure deletes messages of both partners in one statement while other requests moderate them.
    const results = await Promise.all([
      ...ids.slice(15).map((id) => decide(id, 'approve')),
      ...ids.slice(0, 6).map((id) => decide(id, 'reject')),
      ...emails.slice(0, 2).map((email) => call('DELETE', `/v1/admin/people?email=${encodeURIComponent(email)}`, { token: adminToken })),
    ]);
    for (const r of results) {
      if (r.status !== 200) expect(r.json.error.code, r.text).toBe('message_not_found');
    }
    for (const partner of [undefined, 'pg-wall-a', 'pg-wall-b']) {
      const fresh = await store.query<{ messages: number; countries: number }>(
        `SELECT count(*)::int AS messages, count(DISTINCT country)::int AS countries FROM solidarity_messages
         WHERE status = 'approved' AND ($1::text IS NULL OR partner = $1)`,
        [partner ?? null],
      );
      const page = await call('GET', `/v1/solidarity-messages${partner === undefined ? '' : `?partner=${partner}`}`);
      expect(page.json.totals, partner ?? 'all partners').toEqual(fresh.rows[0]);
    }
    // The partners' walls really kept messages of the third person.
    expect((await call('GET', '/v1/solidarity-messages?partner=pg-wall-a')).json.totals.messages).toBeGreaterThan(0);
  });
  it('the same person pledging 30 times at once (another tab, a retry without its key) is one pledge: one 201, the rest alreadyPledged', async () => {
    const body = {
      partner: 'pg-pledges', constituencyCode: 'E14001331', intent: 'vote', election: { type: 'general', date: `${new Date().getUTCFullYear() + 1}-05-06` },
      email: 'pg.pledger@example.org', reminders: true,
    };
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => call('POST', '/v1/pledges', { body: { ...body, email: i % 2 === 0 ? body.email : body.email.toUpperCase() } })),
    );
    expect(results.map((r) => r.status).sort((a, b) => a - b)).toEqual([...Array.from({ length: 29 }, () => 200), 201]);
    expect(new Set(results.map((r) => r.json.pledge.id)).size).toBe(1);
    expect(results.filter((r) => r.json.alreadyPledged === true)).toHaveLength(29);
    const { rows } = await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM pledges WHERE partner = 'pg-pledges'`);
    expect(rows[0]?.n).toBe(1);
  });
});
