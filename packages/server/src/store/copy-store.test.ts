import { sessionCountDrift } from '../testing/scenarios.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadElectoralData } from '@solidarity-widgets/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { makeConfig } from '../config.js';
import { createToken } from '../services/tokens.js';
import { PARTNER_ORIGIN, makeSession, messageBody, signupBody } from '../testing/harness.js';
import { startTestPostgres, type TestPostgres } from '../testing/postgres.js';
import { copyStore } from './copy-store.js';
import { openStore } from './open.js';
import type { Store } from './types.js';

const data = loadElectoralData();
const tsx = createRequire(import.meta.url).resolve('tsx');
let pg: TestPostgres | undefined;
const dirs: string[] = [];

beforeAll(async () => {
  pg = await startTestPostgres();
}, 60_000);
afterAll(async () => {
  await pg?.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A server on `store`, used the way supporters and organisers use it, so the copy has every kind of row. */
async function fill(store: Store) {
  const app = createApp({ store, data, config: makeConfig({ allowedOrigins: [PARTNER_ORIGIN], rateLimit: { perIp: 1000, perPartner: 1000 } }), log: () => undefined });
  const token = (await createToken(store, 'copy test', ['admin'])).token;
  const call = async (method: string, path: string, opts: { token?: string; body?: unknown } = {}) => {
    const headers: Record<string, string> = { Origin: PARTNER_ORIGIN, 'Content-Type': 'application/json' };
    if (opts.token) headers['Authorization'] = `Bearer ${opts.token}`;
    const res = await app.request(path, { method, headers, ...(opts.body === undefined ? {} : { body: JSON.stringify(opts.body) }) });
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, json: text ? (JSON.parse(text) as unknown) : undefined };
  };
  const session = await makeSession(call, token, { capacity: 1 });
  for (const email of ['a@example.org', 'b@example.org']) expect((await call('POST', '/v1/canvass-signups', { body: signupBody(session, { email }) })).status).toBe(201);
  for (const country of ['GH', 'PL', 'GH']) {
    const sent = await call('POST', '/v1/solidarity-messages', { body: messageBody({ country, message: `From ${country} ${Math.random()}` }) });
    expect(sent.status).toBe(202);
    const id = (sent.json as { message: { id: string } }).message.id;
    const decided = await call('POST', `/v1/admin/solidarity-messages/${id}/decision`, { token, body: { decision: 'approve' } });
    expect(decided.status, decided.text).toBe(200);
  }
  return { app, call };
}

const wall = async (app: ReturnType<typeof createApp>) => (await (await app.request('/v1/solidarity-messages')).json()) as { totals: { messages: number; countries: number }; messages: Array<{ message: string }> };

describe('moving the embedded store to PostgreSQL', () => {
  it('copies every row into an empty PostgreSQL; the wall, its totals and the sign-ups read the same; the admin token still works', async () => {
    if (!pg) return; // no PostgreSQL here (CI sets REQUIRE_POSTGRES, which makes that a failure in startTestPostgres)
    const dir = mkdtempSync(join(tmpdir(), 'sw-move-'));
    dirs.push(dir);
    const from = await openStore({ dataDir: dir });
    const { app: before } = await fill(from);
    const wallBefore = await wall(before);
    const token = (await createToken(from, 'kept', ['admin'])).token;
    await from.close();

    // The command an operator runs (README / docs/deploy.md), on the folder `npm start` used.
    const output = execFileSync(process.execPath, ['--import', tsx, join(import.meta.dirname, '../cli/move-to-postgres.ts'), pg.url], {
      env: { ...process.env, DATA_DIR: dir },
      encoding: 'utf8',
    });
    expect(output).toMatch(/canvass_signups: 2 rows/);
    expect(output).toMatch(/solidarity_messages: 3 rows/);

    const to = await openStore({ databaseUrl: pg.url });
    try {
      const after = createApp({ store: to, data, config: makeConfig({ allowedOrigins: [PARTNER_ORIGIN] }), log: () => undefined });
      const wallAfter = await wall(after);
      expect(wallAfter).toEqual(wallBefore);
      expect(wallAfter.totals).toEqual({ messages: 3, countries: 2 });
      const signups = await after.request('/v1/admin/canvass-signups', { headers: { Authorization: `Bearer ${token}` } });
      expect(signups.status).toBe(200);
      const list = (await signups.json()) as { signups: Array<{ email: string; status: string }> };
      expect(list.signups.map((s) => `${s.email} ${s.status}`).sort()).toEqual(['a@example.org confirmed', 'b@example.org waitlisted']);
      // The sessions' confirmed counts (derived, like the wall's totals) were rebuilt by the copy, not doubled.
      expect((await to.query<{ confirmed: number }>('SELECT confirmed FROM canvass_session_counts')).rows).toEqual([{ confirmed: 1 }]);
      expect(await sessionCountDrift(to)).toEqual([]);

      // Run twice by mistake: refused, nothing doubled.
      const again = await openStore({ dataDir: dir });
      try {
        await expect(copyStore(again, to)).rejects.toThrow(/already has data/);
      } finally {
        await again.close();
      }
      const { rows } = await to.query<{ n: number }>('SELECT count(*)::int AS n FROM canvass_signups');
      expect(rows[0]!.n).toBe(2);
    } finally {
      await to.close();
    }
  }, 180_000);
});
