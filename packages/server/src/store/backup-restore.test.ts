import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadElectoralData } from '@solidarity-widgets/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { makeConfig } from '../config.js';
import { PARTNER_ORIGIN, messageBody } from '../testing/harness.js';
import { startTestPostgres, type TestPostgres } from '../testing/postgres.js';
import { openStore } from './open.js';

/**
 * The restore drill docs/deploy.md asks operators to run: `pg_dump -Fc` of a live database, `pg_restore` into a new
 * one, a server on the restored database answers with what was there. Debian's client tools, as an operator has them.
 */
const BIN = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin', '/usr/bin'].find((d) => existsSync(join(d, 'pg_restore')));
const data = loadElectoralData();
let pg: TestPostgres | undefined;
const dir = mkdtempSync(join(tmpdir(), 'sw-backup-'));

beforeAll(async () => {
  pg = await startTestPostgres();
}, 60_000);
afterAll(async () => {
  await pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore drill', () => {
  it('pg_dump -Fc, pg_restore into a new database, and the server there shows the same wall', async () => {
    if (!pg || !BIN) return; // REQUIRE_POSTGRES (CI) turns a missing PostgreSQL into a failure in startTestPostgres
    const config = makeConfig({ allowedOrigins: [PARTNER_ORIGIN], rateLimit: { perIp: 1000, perPartner: 1000 } });
    const live = await openStore({ databaseUrl: pg.url });
    const app = createApp({ store: live, data, config, log: () => undefined });
    const sent = await app.request('/v1/solidarity-messages', {
      method: 'POST',
      headers: { Origin: PARTNER_ORIGIN, 'Content-Type': 'application/json' },
      body: JSON.stringify(messageBody({ message: 'Kept through a restore' })),
    });
    expect(sent.status).toBe(202);
    await live.query(`UPDATE solidarity_messages SET status = 'approved', published_at = now()`);
    const before = await (await app.request('/v1/solidarity-messages')).json();
    await live.close();

    const dump = join(dir, 'solidarity.dump');
    execFileSync(join(BIN, 'pg_dump'), ['-Fc', '--no-owner', '-f', dump, pg.url]);
    expect(statSync(dump).size).toBeGreaterThan(1000);
    const restoredUrl = pg.url.replace(/\/postgres$/, '/restored');
    execFileSync(join(BIN, 'createdb'), ['--maintenance-db', pg.url, 'restored']);
    execFileSync(join(BIN, 'pg_restore'), ['--no-owner', '--exit-on-error', '-d', restoredUrl, dump]);

    const restored = await openStore({ databaseUrl: restoredUrl });
    try {
      const after = await (await createApp({ store: restored, data, config, log: () => undefined }).request('/v1/solidarity-messages')).json();
      expect(after).toEqual(before);
      expect(JSON.stringify(after)).toContain('Kept through a restore');
    } finally {
      await restored.close();
    }
  }, 120_000);
});
