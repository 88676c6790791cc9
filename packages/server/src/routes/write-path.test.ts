import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARTNER_ORIGIN, makeSession, messageBody, setup, signupBody } from '../testing/harness.js';
import type { Queryable } from '../store/types.js';
import { upsertOrganiser } from '../services/organisers.js';
import { requestHash } from '../services/idempotency.js';
import { randomUUID } from 'node:crypto';

/**
 * What a public write costs the database (issue 17, "Writes reach 14–20 % of what the store does"; docs/decisions/
 * 0010-write-path.md). Every statement is a round trip to PostgreSQL and a turn of PGlite's single queue, and every
 * commit outside the write's transaction is one more: these pin the counts down so they do not creep back.
 */
let h: Awaited<ReturnType<typeof setup>>;
/** Statements run on the store itself (each its own commit) and inside transactions, since the last reset. */
const seen = { outside: [] as string[], transactions: [] as string[][] };

beforeAll(async () => {
  h = await setup({ rateLimit: { perIp: 50, perPartner: 1000, windowSeconds: 600 }, config: { trustProxy: true } });
  // The app holds this very object: wrapping its methods sees every statement a request runs.
  const store = h.store as { query: Queryable['query']; transaction: typeof h.store.transaction };
  const query = store.query.bind(store);
  const transaction = store.transaction.bind(store);
  store.query = (sql, params, options) => {
    seen.outside.push(sql);
    return query(sql, params, options);
  };
  store.transaction = (fn) => {
    const statements: string[] = [];
    seen.transactions.push(statements);
    return transaction((tx) => fn({ query: (sql, params, options) => (statements.push(sql), tx.query(sql, params, options)) }));
  };
});
afterAll(() => h.close());

function reset(): void {
  seen.outside.length = 0;
  seen.transactions.length = 0;
}

const from = (ip: string) => ({ 'X-Forwarded-For': ip });

describe('the write path', () => {
  it('a sign-up with an Idempotency-Key: ONE autocommitted call, emails and stored answer included; its replay one call', async () => {
    const session = await makeSession(h.call, h.adminToken, { capacity: 5 });
    reset();
    const res = await h.call('POST', '/v1/canvass-signups', {
      origin: PARTNER_ORIGIN,
      headers: { ...from('198.51.100.20'), 'Idempotency-Key': 'write-path-1' },
      body: signupBody(session, { email: 'count@example.org' }),
    });
    expect(res.status).toBe(201);
    expect(res.json.session.placesLeft).toBe(4);
    // It was ten statements and four commits, then six in one transaction, then two (the write; then the emails the
    // process rendered and the stored answer). Now the emails are written as facts for the outbox worker to render.
    expect(seen.transactions).toEqual([]);
    expect(seen.outside).toEqual([expect.stringMatching(/write_canvass_signup/)]);
    const email = await h.store.query<{ kind: string; facts: unknown; held: boolean }>(
      `SELECT kind, facts, locked_until = 'infinity' AS held FROM outbox WHERE to_address = 'count@example.org'`,
    );
    expect(email.rows.map((r) => r.kind)).toEqual(['signup-confirmed']);
    // Facts, held from the previous release's workers (they claim only rows whose lease has passed): they could not render it.
    expect(email.rows[0]).toMatchObject({ facts: expect.objectContaining({ template: 'signup-received', id: res.json.signup.id }), held: true });
    expect(JSON.stringify(email.rows[0]!.facts)).not.toContain('"phone"');
    // Its replay is one call, byte for byte, made again from the stored facts.
    reset();
    const replay = await h.call('POST', '/v1/canvass-signups', {
      origin: PARTNER_ORIGIN,
      headers: { ...from('198.51.100.20'), 'Idempotency-Key': 'write-path-1' },
      body: signupBody(session, { email: 'count@example.org' }),
    });
    expect(replay.text).toBe(res.text);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(seen.transactions).toEqual([]);
    expect(seen.outside).toEqual([expect.stringMatching(/write_canvass_signup/)]);
  });

  it('a key stored before migration 0017 (the answer as text) still replays that text', async () => {
    const session = await makeSession(h.call, h.adminToken, { capacity: 5 });
    const body = signupBody(session, { email: 'stored-text@example.org' });
    await h.store.query(
      `INSERT INTO idempotency_keys (key, route, request_hash, status, response) VALUES ('pre-0017', 'createCanvassSignup', $1, 'completed', $2::jsonb)`,
      [requestHash(body), JSON.stringify({ status: 201, bodyText: '{"kept":"as first sent"}' })],
    );
    const res = await h.call('POST', '/v1/canvass-signups', { origin: PARTNER_ORIGIN, headers: { ...from('198.51.100.24'), 'Idempotency-Key': 'pre-0017' }, body });
    expect(res.status).toBe(201);
    expect(res.text).toBe('{"kept":"as first sent"}');
    expect(res.headers.get('idempotent-replayed')).toBe('true');
    const { rows } = await h.store.query(`SELECT 1 FROM canvass_signups WHERE email = 'stored-text@example.org'`);
    expect(rows).toEqual([]);
  });

  it('a solidarity message: ONE autocommitted call when no moderator is due a notice, and no transaction', async () => {
    reset();
    const res = await h.call('POST', '/v1/solidarity-messages', {
      origin: PARTNER_ORIGIN, headers: { ...from('198.51.100.21'), 'Idempotency-Key': 'write-path-message' }, body: messageBody({ message: 'Counted statements, in solidarity' }),
    });
    expect(res.status).toBe(202);
    // Limits, key, the duplicate check's lock, the check, the write and the stored answer: one statement, one commit.
    expect(seen.transactions).toEqual([]);
    expect(seen.outside).toHaveLength(1);
    expect(seen.outside[0]).toMatch(/write_solidarity_message/);
    const { rows } = await h.store.query<{ created_at: Date }>(`SELECT created_at FROM solidarity_messages WHERE id = $1`, [res.json.message.id]);
    expect(new Date(rows[0]!.created_at).toISOString()).toBe(res.json.message.createdAt);
    const replay = await h.call('POST', '/v1/solidarity-messages', {
      origin: PARTNER_ORIGIN, headers: { ...from('198.51.100.21'), 'Idempotency-Key': 'write-path-message' }, body: messageBody({ message: 'Counted statements, in solidarity' }),
    });
    expect(replay.text).toBe(res.text);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
  });

  it('a message while a moderator is due a notice goes the long way, in a transaction that writes the notice; the next is one call again', async () => {
    await upsertOrganiser(h.store, { email: 'due-mod@example.org', name: 'Due Moderator', scopes: ['partner:due-union'] });
    reset();
    const first = await h.call('POST', '/v1/solidarity-messages', { origin: PARTNER_ORIGIN, headers: from('198.51.100.23'), body: messageBody({ partner: 'due-union', message: 'First for the moderator' }) });
    expect(first.status).toBe(202);
    expect(first.headers.get('ratelimit-remaining')).toBe('49');
    expect(seen.outside).toEqual([expect.stringMatching(/write_solidarity_message/)]); // refused whole: needs_transaction
    expect(seen.transactions).toHaveLength(1);
    const notices = await h.store.query<{ to_address: string }>(`SELECT to_address FROM outbox WHERE kind = 'organiser-moderation' AND to_address = 'due-mod@example.org'`);
    expect(notices.rows).toHaveLength(1);
    const kept = await h.store.query(`SELECT 1 FROM solidarity_messages WHERE partner = 'due-union'`);
    expect(kept.rows).toHaveLength(1); // the refused first call left nothing behind
    reset();
    const second = await h.call('POST', '/v1/solidarity-messages', { origin: PARTNER_ORIGIN, headers: from('198.51.100.23'), body: messageBody({ partner: 'due-union', message: 'Second for the moderator' }) });
    expect(second.status).toBe(202);
    expect(second.headers.get('ratelimit-remaining')).toBe('48');
    expect(seen.transactions).toEqual([]);
    expect(seen.outside).toHaveLength(1);
  });

  it('a write that fails (a duplicate) counts as an attempt, not against the allowance; a refused one is still refused', async () => {
    const send = (message: string) => h.call('POST', '/v1/solidarity-messages', { origin: PARTNER_ORIGIN, headers: from('198.51.100.22'), body: messageBody({ message, partner: 'dup-union' }) });
    expect((await send('Only once, in solidarity')).headers.get('ratelimit-remaining')).toBe('49');
    for (let i = 0; i < 3; i++) expect((await send('Only once, in solidarity')).json.error.code).toBe('duplicate_message');
    // The three duplicates were not kept, so they used none of the 50 writes; each was an attempt (valve: 500).
    expect((await send('A second message, in solidarity')).headers.get('ratelimit-remaining')).toBe('48');
    // One row per network: its kept writes (2) and its attempts (5).
    const { rows } = await h.store.query<{ bucket: string }>(`SELECT bucket FROM rate_limits WHERE bucket LIKE 'net:%' AND attempts = 5 AND count = 2`);
    expect(rows).toHaveLength(1);
  });

  it("a partner's shared count is spread over several rows, so writes from different supporters do not queue on one", async () => {
    for (let n = 1; n <= 8; n++) {
      const res = await h.call('POST', '/v1/solidarity-messages', { origin: PARTNER_ORIGIN, headers: from(`203.0.113.${n}`), body: messageBody({ partner: 'spread-union', message: `Spread ${n}` }) });
      expect(res.status).toBe(202);
    }
    const { rows } = await h.store.query<{ bucket: string; count: number }>(`SELECT bucket, count FROM rate_limits WHERE bucket LIKE 'partner:spread-union%'`);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.reduce((sum, r) => sum + Number(r.count), 0)).toBe(8);
  });

  it("sign-ups add to their partner's shared count last, once each, and a refused or repeated one as a kept write did before", async () => {
    const session = await makeSession(h.call, h.adminToken, { capacity: 5 });
    const partnerCount = async () =>
      (await h.store.query<{ n: number }>(`SELECT coalesce(sum(count), 0)::int AS n FROM rate_limits WHERE bucket LIKE 'partner:counted-union#%'`)).rows[0]!.n;
    const signUp = (ip: string, body: Record<string, unknown>, key?: string) =>
      h.call('POST', '/v1/canvass-signups', { headers: { ...from(ip), ...(key ? { 'Idempotency-Key': key } : {}) }, body: signupBody(session, { partner: 'counted-union', ...body }) });
    expect((await signUp('198.51.100.50', { email: 'c1@example.org' }, 'counted-1')).status).toBe(201);
    expect((await signUp('198.51.100.51', { email: 'c2@example.org' })).status).toBe(201);
    expect(await partnerCount()).toBe(2);
    // A replay and a repeat (the same email, no key) are kept writes, counted as they always were.
    expect((await signUp('198.51.100.50', { email: 'c1@example.org' }, 'counted-1')).headers.get('idempotent-replayed')).toBe('true');
    expect((await signUp('198.51.100.51', { email: 'c2@example.org' })).status).toBe(200);
    expect(await partnerCount()).toBe(4);
    // Refused: rolled back with everything else.
    const missing = await h.call('POST', '/v1/canvass-signups', { headers: from('198.51.100.52'), body: signupBody('00000000-0000-4000-8000-000000000000', { partner: 'counted-union', email: 'c3@example.org' }) });
    expect(missing.json.error.code).toBe('session_not_found');
    expect(await partnerCount()).toBe(4);
  });

  it('the waiting list position in the email is counted with the sign-up, and a rejoin goes to the back', async () => {
    const session = await makeSession(h.call, h.adminToken, { capacity: 1 });
    const signUp = (email: string, ip: string) => h.call('POST', '/v1/canvass-signups', { headers: from(ip), body: signupBody(session, { email }) });
    const first = await signUp('first@example.org', '198.51.100.30');
    const second = await signUp('second@example.org', '198.51.100.31');
    const third = await signUp('third@example.org', '198.51.100.32');
    expect([first.json.signup.status, second.json.signup.status, third.json.signup.status]).toEqual(['confirmed', 'waitlisted', 'waitlisted']);
    expect(third.json.session.placesLeft).toBe(0);
    const cancelled = await h.call('POST', `/v1/canvass-signups/${second.json.signup.id}/cancel`, { headers: from('198.51.100.31'), body: { token: second.json.cancelToken } });
    expect(cancelled.status).toBe(200);
    const again = await signUp('second@example.org', '198.51.100.31');
    expect(again.status).toBe(201);
    expect(again.json.signup).toMatchObject({ id: second.json.signup.id, status: 'waitlisted' });
    await h.renderOutbox();
    const emails = await h.store.query<{ to_address: string; text_body: string; kind: string }>(
      `SELECT to_address, text_body, kind FROM outbox WHERE kind = 'signup-waitlisted' AND to_address IN ('second@example.org', 'third@example.org') ORDER BY created_at, id`,
    );
    const position = (e: { text_body: string }) => /number (\d+) on the waiting list/.exec(e.text_body)?.[1];
    expect(emails.rows.map((e) => [e.to_address, position(e)])).toEqual([
      ['second@example.org', '1'],
      ['third@example.org', '2'],
      ['second@example.org', '2'], // back of the queue, behind third
    ]);
  });

  it('an Idempotency-Key over 24 hours old is taken over by a new request; a live one still replays or conflicts', async () => {
    const session = await makeSession(h.call, h.adminToken, { capacity: 5 });
    const send = (email: string) =>
      h.call('POST', '/v1/canvass-signups', { headers: { ...from('198.51.100.40'), 'Idempotency-Key': 'old-key' }, body: signupBody(session, { email }) });
    const first = await send('old-key-1@example.org');
    expect(first.status).toBe(201);
    const replay = await send('old-key-1@example.org');
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.text).toBe(first.text);
    expect((await send('old-key-2@example.org')).json.error.code).toBe('idempotency_conflict');
    await h.store.query(`UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = 'old-key'`);
    const later = await send('old-key-2@example.org');
    expect(later.status).toBe(201);
    expect(later.json.signup.id).not.toBe(first.json.signup.id);
    expect((await send('old-key-2@example.org')).text).toBe(later.text);
  });

  it("the previous release's write calls still work on this schema, counting in the same rows (a rolling upgrade, migration 0018)", async () => {
    const session = await makeSession(h.call, h.adminToken, { capacity: 5 });
    const window = new Date(Math.floor(Date.now() / 600_000) * 600_000).toISOString();
    const shards = Array.from({ length: 16 }, (_, i) => `partner:upgrade-union#${i}`);
    // The limits as 0016's and 0017's callers passed them: an attempts row, the network's row, one shard and the others.
    const previousLimits = [window, true, 'attempts:previous-release', 500, 'net:previous-release', 50, shards[0], shards.slice(1), 1000, 'partner-net:previous-release'];
    const params = (n: number) => Array.from({ length: n }, (_, i) => `$${i + 1}`).join(', ');
    const signup = await h.store.query<{ o_facts: { status: string; created: boolean } }>(`SELECT o_facts FROM canvass_signup_one(${params(26)})`, [
      ...previousLimits, 'createCanvassSignup', null, null, session, randomUUID(), 'previous-release@example.org', 'Previous Release', null,
      ['en'], false, '2026-11-23', 'upgrade-union', null, 'en', 'http://127.0.0.1', 'en',
    ]);
    expect(signup.rows[0]!.o_facts).toMatchObject({ status: 'confirmed', created: true });
    await h.store.query(`SELECT o_limits FROM solidarity_write(${params(28)})`, [
      ...previousLimits, 'sendSolidarityMessage', null, null, null, true, randomUUID(), new Date().toISOString(), 'Previous Release', null,
      'GH', 'en', 'Sent by the previous release, in solidarity', null, 'upgrade-union', null, 'previous-release-hash', false, 60,
    ]);
    expect((await h.store.query(`SELECT 1 FROM solidarity_messages WHERE message_hash = 'previous-release-hash'`)).rows).toHaveLength(1);
    // This release's write for the same partner: the partner's count is the same sixteen rows for both releases.
    const now = await h.call('POST', '/v1/solidarity-messages', { origin: PARTNER_ORIGIN, headers: from('198.51.100.60'), body: messageBody({ partner: 'upgrade-union', message: 'Sent by this release, in solidarity' }) });
    expect(now.status).toBe(202);
    const partner = await h.store.query<{ n: number }>(`SELECT sum(count)::int AS n FROM rate_limits WHERE bucket = ANY($1) AND window_start = $2`, [shards, window]);
    expect(partner.rows[0]!.n).toBe(3);
    // The previous release's kept writes are counted in the network's row this release counts in (its attempts apart).
    const net = await h.store.query<{ count: number }>(`SELECT count FROM rate_limits WHERE bucket = 'net:previous-release' AND window_start = $1`, [window]);
    expect(net.rows[0]!.count).toBe(2);
  });
});
