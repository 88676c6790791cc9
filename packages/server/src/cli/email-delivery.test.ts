import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderEmail } from '../services/email/layout.js';
import { messageIdFor } from '../services/mailer.js';
import { enqueueEmail } from '../services/outbox.js';
import { startTestPostgres, type TestPostgres } from '../testing/postgres.js';
import { startSmtpSink, type SmtpSink } from '../testing/smtp.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/types.js';

// The real server process (`node src/cli/start.ts`, as `npm start` runs it) delivering the outbox of a real PostgreSQL
// to a real SMTP server: killed with SIGKILL mid-delivery, and two of them sharing one database.
const tsx = createRequire(import.meta.url).resolve('tsx');
const pgServer: TestPostgres | undefined = await startTestPostgres();
const FROM = 'Solidarity Widgets <no-reply@widgets.example>';
const children: ChildProcess[] = [];
const dirs: string[] = [];
let store: Store;

async function startProcess(smtpUrl: string, pglite?: { readonly dataDir: string }): Promise<{ child: ChildProcess; api: string; output: () => string }> {
  const dataDir = pglite?.dataDir ?? mkdtempSync(join(tmpdir(), 'sw-email-'));
  dirs.push(dataDir);
  const child = spawn(process.execPath, ['--import', tsx, join(import.meta.dirname, 'start.ts')], {
    env: {
      ...process.env,
      PORT: '0',
      DATA_DIR: dataDir,
      ...(pglite ? { DATABASE_URL: '' } : { DATABASE_URL: pgServer!.url }),
      SMTP_URL: smtpUrl,
      MAIL_FROM: FROM,
      LOG_LEVEL: 'silent',
      OUTBOX_POLL_MS: '50',
      OUTBOX_LEASE_SECONDS: '10',
      OUTBOX_RETRY_BASE_SECONDS: '0.2',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (!/Database ready/.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, api: /API:\s+(\S+)/.exec(output)![1]!, output: () => output };
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

async function enqueue(n: number, tag: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    await enqueueEmail(store, {
      kind: 'test',
      to: `${tag}-${i}@example.org`,
      language: 'en',
      ...renderEmail({ language: 'en', subject: `${tag} ${i}`, paragraphs: ['x'], footer: [] }),
      dedupeKey: `${tag}:${i}`,
    });
  }
  const { rows } = await store.query<{ id: string }>(`SELECT id FROM outbox WHERE dedupe_key LIKE $1`, [`${tag}:%`]);
  for (const r of rows) ids.push(r.id);
  return ids;
}

/** Every outbox id arrived exactly once, and nothing else with these tags did. */
function expectExactlyOnce(sink: SmtpSink, ids: readonly string[], tag: string): void {
  const arrived = sink.received.filter((r) => r.to.startsWith(`${tag}-`)).map((r) => r.messageId);
  const counts = new Map<string, number>();
  for (const m of arrived) counts.set(m, (counts.get(m) ?? 0) + 1);
  expect([...counts.values()].filter((n) => n > 1)).toEqual([]);
  expect(new Set(arrived)).toEqual(new Set(ids.map((id) => messageIdFor(id, FROM))));
}

beforeAll(async () => {
  if (pgServer) store = await openStore({ databaseUrl: pgServer.url });
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await store?.close();
  await pgServer?.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!pgServer)('email delivery by the server process', () => {
  it('kill -9 while emails are queued: after a restart every email is delivered exactly once', async () => {
    // Each acceptance takes 150 ms, so the kill lands while the process is in the middle of the queue.
    const sink = await startSmtpSink({ acceptDelayMs: 150 });
    try {
      const ids = await enqueue(30, 'kill');
      const first = await startProcess(sink.url);
      await sink.waitFor(5);
      // SIGKILL as the next email's data arrives: claimed rows stay leased, one send is cut before its acceptance.
      await sink.nextData();
      first.child.kill('SIGKILL');
      await exited(first.child);
      const { rows } = await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE dedupe_key LIKE 'kill:%' AND sent_at IS NULL`);
      expect(rows[0]!.n).toBeGreaterThan(0);

      // The restarted process takes the rest, including the leased rows once their lease (10 s here) has passed.
      const second = await startProcess(sink.url);
      await sink.waitFor(30, 40_000);
      await new Promise((r) => setTimeout(r, 500));
      expectExactlyOnce(sink, ids, 'kill');
      const left = await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE dedupe_key LIKE 'kill:%' AND sent_at IS NULL`);
      expect(left.rows[0]!.n).toBe(0);
      second.child.kill('SIGTERM');
      await exited(second.child);
      expect(second.child.exitCode).toBe(0);
    } finally {
      await sink.close();
    }
  }, 120_000);

  it('two server processes on one PostgreSQL never send the same email twice; SMTP down is waited out, the processes live', async () => {
    const sink = await startSmtpSink({ acceptDelayMs: 5 });
    try {
      sink.refusing = true;
      const [a, b] = await Promise.all([startProcess(sink.url), startProcess(sink.url)]);
      const ids = await enqueue(120, 'pair');
      // The relay refuses for a while: every attempt is recorded and rescheduled, both processes stay up.
      await new Promise((r) => setTimeout(r, 1500));
      const tried = await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE dedupe_key LIKE 'pair:%' AND last_error LIKE '%451%'`);
      expect(tried.rows[0]!.n).toBeGreaterThan(0);
      expect(a.child.exitCode).toBeNull();
      expect(b.child.exitCode).toBeNull();

      sink.refusing = false;
      await sink.waitFor(120, 60_000);
      await new Promise((r) => setTimeout(r, 500));
      expectExactlyOnce(sink, ids, 'pair');
      const failed = await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE dedupe_key LIKE 'pair:%' AND (sent_at IS NULL OR failed_at IS NOT NULL)`);
      expect(failed.rows[0]!.n).toBe(0);
      a.child.kill('SIGTERM');
      b.child.kill('SIGTERM');
      await Promise.all([exited(a.child), exited(b.child)]);
      expect([a.child.exitCode, b.child.exitCode]).toEqual([0, 0]);
    } finally {
      await sink.close();
    }
  }, 120_000);
});

describe('email delivery by the server process on PGlite (npm start’s database)', () => {
  it('kill -9 while confirmations are queued: after a restart on the same folder each arrives exactly once', async () => {
    const sink = await startSmtpSink({ acceptDelayMs: 150 });
    const dataDir = mkdtempSync(join(tmpdir(), 'sw-email-pglite-'));
    try {
      const first = await startProcess(sink.url, { dataDir });
      const token = (await import('node:fs')).readFileSync(join(dataDir, 'admin-token'), 'utf8').trim();
      const origin = first.api.replace(/\/v1$/, '');
      const post = (path: string, body: unknown, auth = false) =>
        fetch(`${first.api}${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Origin: origin, ...(auth ? { Authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(body),
        });
      const start = new Date(Date.now() + 7 * 86_400_000);
      const session = await post('/admin/canvass-sessions', {
        constituencyCode: 'E14001279', title: 'Kill test canvass', startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3 * 3600_000).toISOString(),
        meetingPoint: 'Colindale station', organiserName: 'Hendon CLP', organiserContact: 'organiser@example.org', capacity: 50,
      }, true);
      expect(session.status).toBe(201);
      const sessionId = ((await session.json()) as { id: string }).id;
      const n = 12;
      for (let i = 0; i < n; i++) {
        const res = await post('/canvass-signups', {
          sessionId, name: `Person ${i}`, email: `pglite-${i}@example.org`, languages: ['en'], firstTime: true,
          consentToContact: true, consentVersion: '2026-11-23',
        });
        expect(res.status).toBe(201);
      }
      await sink.waitFor(3);
      await sink.nextData();
      first.child.kill('SIGKILL');
      await exited(first.child);

      const second = await startProcess(sink.url, { dataDir });
      const deadline = Date.now() + 40_000;
      const mine = () => sink.received.filter((r) => r.to.startsWith('pglite-'));
      while (new Set(mine().map((r) => r.to)).size < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 500));
      const arrived = mine();
      expect(new Set(arrived.map((r) => r.to)).size).toBe(n);
      // Exactly once: no Message-ID twice, one email per person.
      expect(new Set(arrived.map((r) => r.messageId)).size).toBe(arrived.length);
      expect(arrived).toHaveLength(n);
      second.child.kill('SIGTERM');
      await exited(second.child);
      expect(second.child.exitCode).toBe(0);
    } finally {
      await sink.close();
    }
  }, 120_000);
});
