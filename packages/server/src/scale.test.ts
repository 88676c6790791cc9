import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { futureIso, signupBody } from './testing/harness.js';
import { startTestPostgres, type TestPostgres } from './testing/postgres.js';
import { freePort } from './testing/ports.js';

/**
 * Scale-out, proved on real parts (issue 17): one PostgreSQL, two server processes (`src/cli/start.ts`, as `npm start`
 * runs it) and Debian's HAProxy in front of them, round robin with health checks. Clients reach the balancer from
 * distinct loopback addresses (127.0.x.y): HAProxy appends each to X-Forwarded-For and the servers, with
 * TRUST_PROXY=1, hold each address to its own allowance, as a real balancer's clients would be.
 */
const HAPROXY = ['/usr/sbin/haproxy', '/usr/bin/haproxy', '/usr/local/sbin/haproxy'].find((p) => existsSync(p));
const ORIGIN = 'https://partner.example';
const PER_IP = 6;
const tsx = createRequire(import.meta.url).resolve('tsx');

if (!HAPROXY && process.env['CI']) throw new Error('HAProxy is required in CI (.ci/run installs Debian\'s haproxy) but was not found');

interface Instance { name: string; port: number; child: ChildProcess; output: () => string }
interface Answer { status: number; body: string; servedBy: string | undefined }

let postgres: TestPostgres | undefined;
let balancer: ChildProcess | undefined;
let balancerPort = 0;
let adminToken = '';
const instances: Instance[] = [];
const dir = mkdtempSync(join(tmpdir(), 'sw-scale-'));


const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startInstance(name: string, databaseUrl: string): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', tsx, join(import.meta.dirname, 'cli/start.ts')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      DATA_DIR: dir, // shares the local admin-token file
      ALLOWED_ORIGINS: ORIGIN,
      TRUST_PROXY: '1',
      RATE_LIMIT_PER_IP: String(PER_IP),
      SIGNING_SECRET: 'scale-test-signing-secret-0123456789',
      CLIENT_HASH_SECRET: 'scale-test-client-hash-secret-0123456789',
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (!/Database ready/.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${name} did not start: ${output}`);
    await sleep(50);
  }
  return { name, port, child, output: () => output };
}

async function startBalancer(): Promise<void> {
  balancerPort = await freePort();
  const config = `
global
  maxconn 2000
defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  timeout check 5s
  option forwardfor
  option redispatch
  retries 2
frontend api
  bind 127.0.0.1:${balancerPort}
  default_backend servers
backend servers
  balance roundrobin
  option httpchk
  http-check send meth GET uri /v1/health/ready ver HTTP/1.1 hdr Host localhost
  http-check expect status 200
  http-response set-header X-Served-By %s
${instances.map((i) => `  server ${i.name} 127.0.0.1:${i.port} check inter 500ms fall 3 rise 1`).join('\n')}
`;
  const file = join(dir, 'haproxy.cfg');
  writeFileSync(file, config);
  execFileSync(HAPROXY!, ['-c', '-q', '-f', file]);
  balancer = spawn(HAPROXY!, ['-db', '-f', file], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    const answer = await call('GET', '/v1/health/ready').catch(() => undefined);
    if (answer?.status === 200) return;
    await sleep(100);
  }
  throw new Error('HAProxy did not answer');
}

/** One HTTP request from the client address `from` (a loopback address) to `port` (the balancer by default). */
function call(method: string, path: string, options: { body?: unknown; from?: string; port?: number; headers?: Record<string, string> } = {}): Promise<Answer> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: options.port ?? balancerPort,
        method,
        path,
        localAddress: options.from ?? '127.0.0.1',
        agent: false,
        headers: {
          ...(payload === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload), Origin: ORIGIN }),
          ...options.headers,
        },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, servedBy: res.headers['x-served-by'] as string | undefined }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const client = (n: number) => `127.0.${Math.floor(n / 250) + 1}.${(n % 250) + 1}`;

async function makeSession(capacity: number): Promise<string> {
  const answer = await call('POST', '/v1/admin/canvass-sessions', {
    headers: { Authorization: `Bearer ${adminToken}` },
    body: {
      constituencyCode: 'E14001279',
      title: `Hendon: scale test ${capacity}`,
      startsAt: futureIso(7, 10),
      endsAt: futureIso(7, 13),
      meetingPoint: 'Colindale station',
      organiserName: 'Hendon CLP',
      organiserContact: 'organiser@example.org',
      capacity,
    },
  });
  expect(answer.status, answer.body).toBe(201);
  return (JSON.parse(answer.body) as { id: string }).id;
}

async function rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const db = new pg.Client({ connectionString: postgres!.url });
  await db.connect();
  try {
    return (await db.query(sql, params)).rows as T[];
  } finally {
    await db.end();
  }
}

const ready = { ok: false };

beforeAll(async () => {
  if (!HAPROXY) return;
  postgres = await startTestPostgres();
  if (!postgres) return;
  // The first instance migrates; the second starts on a migrated database (as a rolling deploy would).
  instances.push(await startInstance('a', postgres.url));
  instances.push(await startInstance('b', postgres.url));
  adminToken = readFileSync(join(dir, 'admin-token'), 'utf8').trim();
  await startBalancer();
  ready.ok = true;
}, 120_000);

afterAll(async () => {
  balancer?.kill('SIGKILL');
  for (const i of instances) if (i.child.exitCode === null) i.child.kill('SIGKILL');
  await postgres?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!HAPROXY)('two instances behind HAProxy on one PostgreSQL', () => {
  it('200 concurrent sign-ups for 10 places through the balancer: exactly 10 confirmed, the rest waitlisted, both instances served', async () => {
    if (!ready.ok) throw new Error('PostgreSQL did not start');
    const session = await makeSession(10);
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, n) =>
        call('POST', '/v1/canvass-signups', { from: client(n), body: signupBody(session, { email: `person${n}@example.org` }) }),
      ),
    );
    expect(answers.filter((a) => a.status !== 201).map((a) => `${a.status} ${a.body}`)).toEqual([]);
    const statuses = answers.map((a) => (JSON.parse(a.body) as { signup: { status: string } }).signup.status);
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(10);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(190);
    expect(new Set(answers.map((a) => a.servedBy))).toEqual(new Set(['a', 'b']));
    const [db] = await rows<{ confirmed: number; waitlisted: number }>(
      `SELECT count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed, count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted
       FROM canvass_signups WHERE session_id = $1`,
      [session],
    );
    expect(db).toEqual({ confirmed: 10, waitlisted: 190 });
  });

  it('the same Idempotency-Key sent to both instances at once makes one sign-up, and both callers get its answer', async () => {
    const session = await makeSession(50);
    const body = signupBody(session, { email: 'same-key@example.org' });
    const headers = { 'Idempotency-Key': `scale-${Date.now()}` };
    const answers = await Promise.all(
      instances.flatMap((i) => [0, 1].map(() => call('POST', '/v1/canvass-signups', { port: i.port, from: client(900), body, headers }))),
    );
    const ok = answers.filter((a) => a.status === 201);
    expect(ok.length).toBeGreaterThan(0);
    // A caller that arrives while the first is still in progress may be told to retry (409); none gets a second sign-up.
    for (const a of answers.filter((x) => x.status !== 201)) expect(JSON.parse(a.body).error.code).toMatch(/idempotency/);
    expect(new Set(ok.map((a) => (JSON.parse(a.body) as { signup: { id: string } }).signup.id)).size).toBe(1);
    const found = await rows<{ n: number }>(`SELECT count(*)::int AS n FROM canvass_signups WHERE session_id = $1`, [session]);
    expect(found[0]!.n).toBe(1);
  });

  it(`rate limits hold across instances: one client gets ${PER_IP} writes in the window whichever instance answers, then 429`, async () => {
    const session = await makeSession(100);
    const answers: Answer[] = [];
    for (let n = 0; n < PER_IP + 2; n++) {
      answers.push(await call('POST', '/v1/canvass-signups', { from: client(950), body: signupBody(session, { email: `limited${n}@example.org` }) }));
    }
    expect(answers.map((a) => a.status)).toEqual([...Array<number>(PER_IP).fill(201), 429, 429]);
    expect(new Set(answers.slice(0, PER_IP).map((a) => a.servedBy))).toEqual(new Set(['a', 'b']));
  });

  it('killing one instance mid-load loses no acknowledged write, and the balancer keeps serving from the other', async () => {
    const session = await makeSession(1000);
    const keys = Array.from({ length: 120 }, (_, n) => `kill-${Date.now()}-${n}`);
    const send = (n: number) =>
      call('POST', '/v1/canvass-signups', {
        from: client(1000 + n),
        body: signupBody(session, { email: `load${n}@example.org` }),
        headers: { 'Idempotency-Key': keys[n]! },
      }).catch((error: Error) => ({ status: 0, body: error.message, servedBy: undefined }));
    // Kill instance b as soon as it has acknowledged a write of this batch, while the rest are still being sent.
    let killed = false;
    const first = Promise.all(
      keys.map((_, n) =>
        sleep(n * 10)
          .then(() => send(n))
          .then((a) => {
            if (!killed && a.status === 201 && a.servedBy === 'b') {
              killed = true;
              instances[1]!.child.kill('SIGKILL');
            }
            return a;
          }),
      ),
    );
    const answers = await first;
    expect(killed).toBe(true);
    // Instance a answered writes of the same batch.
    expect(answers.filter((a) => a.status === 201 && a.servedBy === 'a').length).toBeGreaterThan(0);
    const acknowledged = answers.filter((a) => a.status === 201).map((a) => (JSON.parse(a.body) as { signup: { id: string } }).signup.id);
    expect(acknowledged.length).toBeGreaterThan(0);
    const stored = new Set((await rows<{ id: string }>('SELECT id FROM canvass_signups WHERE session_id = $1', [session])).map((r) => r.id));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);

    // Once HAProxy has seen the instance go, every request is served; callers whose request failed retry with the same key.
    await sleep(1000);
    const retried = await Promise.all(answers.map((a, n) => (a.status === 201 ? a : send(n))));
    expect(retried.filter((a) => a.status !== 201).map((a) => `${a.status} ${a.body}`)).toEqual([]);
    const later = await Promise.all(Array.from({ length: 10 }, () => call('GET', '/v1/health/ready')));
    expect(later.map((a) => `${a.status} ${a.servedBy}`)).toEqual(Array<string>(10).fill('200 a'));
    const after = await rows<{ n: number; people: number }>(
      'SELECT count(*)::int AS n, count(DISTINCT email)::int AS people FROM canvass_signups WHERE session_id = $1',
      [session],
    );
    expect(after[0]).toEqual({ n: keys.length, people: keys.length });
  });
});
