import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type TestPostgres } from '../testing/postgres.js';

// The real server process on a real PostgreSQL that restarts under it: the process must stay up, answer
// 503 + Retry-After while the database is gone, and carry on by itself once it is back.
const pgServer: TestPostgres | undefined = await startTestPostgres();
const ORIGIN = 'https://partner.example';
const tsx = createRequire(import.meta.url).resolve('tsx');

let server: ChildProcess;
let api = '';
let stderr = '';
const dataDir = mkdtempSync(join(tmpdir(), 'sw-outage-'));

/** The real server process (`node src/cli/start.ts`, as `npm start` runs it) on the test cluster. */
function spawnServer(): { child: ChildProcess; output: () => string; apiUrl: () => Promise<string> } {
  const child = spawn(process.execPath, ['--import', tsx, join(import.meta.dirname, '..', 'cli', 'start.ts')], {
    env: { ...process.env, DATABASE_URL: pgServer!.url, PORT: '0', DATA_DIR: dataDir, ALLOWED_ORIGINS: ORIGIN, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {
    child,
    output: () => output,
    async apiUrl() {
      const deadline = Date.now() + 30_000;
      while (!/API:\s+\S+/.test(output)) {
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start: ${output}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return /API:\s+(\S+)/.exec(output)![1]!;
    },
  };
}

async function startServerProcess(): Promise<void> {
  const started = spawnServer();
  server = started.child;
  api = await started.apiUrl();
  const deadline = Date.now() + 30_000;
  while (!/Database ready/.test(started.output())) {
    if (server.exitCode !== null || Date.now() > deadline) throw new Error(`database not ready: ${started.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  stderr = started.output();
}

const message = (text: string, base = api) =>
  fetch(`${base}/solidarity-messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
    body: JSON.stringify({ name: 'Amara', country: 'NG', language: 'en', message: text, consentToPublish: true, partner: 'outage-test', elapsedMs: 20_000 }),
  });

async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe.skipIf(!pgServer?.outage)('PostgreSQL restarts under the running server', () => {
  beforeAll(startServerProcess, 60_000);
  afterAll(async () => {
    server?.kill('SIGTERM');
    await pgServer?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('survives its connections being terminated, answers 503 while the database is down, and recovers by itself', async () => {
    const before = await message('Written before the restart');
    expect(before.status).toBe(202);
    const acknowledged = ((await before.json()) as { message: { id: string } }).message.id;
    // Several pooled connections, idle when they are cut.
    await Promise.all(Array.from({ length: 5 }, () => fetch(`${api}/canvass-sessions`)));

    expect(await pgServer!.outage!.terminateConnections()).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(server.exitCode, stderr).toBeNull();
    expect(await until(async () => (await fetch(`${api}/health`)).status === 200, 5000)).toBe(true);

    await pgServer!.outage!.shutdown();
    await new Promise((r) => setTimeout(r, 300));
    expect(server.exitCode, stderr).toBeNull();

    const health = await fetch(`${api}/health`);
    expect(health.status).toBe(503);
    expect(Number(health.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await health.json()) as { error: { code: string; details: { status: string; database: string } } };
    expect(body.error.code).toBe('service_unavailable');
    expect(body.error.details).toMatchObject({ status: 'degraded', database: 'unavailable' });

    const during = await message('Sent while the database is down');
    expect(during.status).toBe(503);
    expect(Number(during.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await during.json()) as { error: { code: string } }).error.code).toBe('service_unavailable');
    expect((await fetch(`${api}/canvass-sessions`)).status).toBe(503);
    // Lookups need no database and keep answering.
    expect((await fetch(`${api}/postcodes/SE13%206`)).status).toBe(200);

    await pgServer!.outage!.startAgain();
    expect(await until(async () => (await fetch(`${api}/health`)).status === 200, 10_000)).toBe(true);
    const after = await message('Written after the restart');
    expect(after.status).toBe(202);
    expect(server.exitCode, stderr).toBeNull();

    // The acknowledged write survived; the refused one was never stored.
    const check = new pg.Client({ connectionString: pgServer!.url });
    await check.connect();
    const { rows } = await check.query<{ id: string; message: string }>(`SELECT id, message FROM solidarity_messages WHERE partner = 'outage-test' ORDER BY created_at`);
    await check.end();
    expect(rows.map((r) => r.message)).toEqual(['Written before the restart', 'Written after the restart']);
    expect(rows[0]!.id).toBe(acknowledged);
  }, 60_000);

  it('starts while PostgreSQL is down: stays up answering 503, and opens the database once it is there', async () => {
    await pgServer!.outage!.shutdown();
    const late = spawnServer();
    try {
      const lateApi = await late.apiUrl();
      await new Promise((r) => setTimeout(r, 1000));
      expect(late.child.exitCode, late.output()).toBeNull();
      const health = await fetch(`${lateApi}/health`);
      expect(health.status).toBe(503);
      expect(Number(health.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await message('Too early', lateApi)).status).toBe(503);
      expect((await fetch(`${lateApi}/postcodes/SE13%206`)).status).toBe(200);

      await pgServer!.outage!.startAgain();
      expect(await until(async () => (await fetch(`${lateApi}/health`)).status === 200, 20_000)).toBe(true);
      expect((await message('Once the database is up', lateApi)).status).toBe(202);
    } finally {
      late.child.kill('SIGTERM');
    }
  }, 60_000);
});
