// The write benchmark of `npm run bench` (issue 17, "Writes reach 14–20 % of what the store does"): sign-ups/s and
// solidarity messages/s through the API, against the same rows written straight to the same kind of store with the
// same locking ("raw"), on PGlite (a data folder on disk, as `npm start` uses) and on a throwaway PostgreSQL
// (packages/server/src/testing/postgres.ts). Both sides are one process with the same concurrency (32 writes in
// flight; the PostgreSQL pool at the server's default of 10 connections), and they take turns in alternated rounds so
// drift on a shared machine falls on both equally.
//
// What "raw" writes, per sign-up: in one transaction, the session row locked `FOR UPDATE` (what keeps a session from
// being overbooked) and the sign-up row plus its confirmation email in the outbox (a row of the size the API writes).
// Per message: in one transaction, the same advisory lock on (partner, text) the duplicate check takes, and the message
// row. The API does all that and everything else a write needs (validation, rate limits, idempotency, the duplicate
// check, the capacity count, the receipt with its .ics, the JSON log line). A sign-up's emails are written as facts
// and rendered by the outbox worker when sent (migration 0017), which no server here runs (no SMTP, production mode),
// as raw's prerendered email is never sent either; rendering one costs about 30 µs (ADR 0010, third round).
//
// Alone: `node scripts/bench-writes.mjs [--quick] [--store pglite|postgres]` prints the figures (JSON on the last
// line); BENCH_SECONDS, BENCH_ROUNDS and BENCH_KINDS (signups,messages) narrow a run. `scripts/bench.mjs` imports benchWrites() and writes them into docs/benchmarks.md. Needs `npm run build`.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const self = fileURLToPath(import.meta.url);
const CONNECTIONS = 32;
const POOL = 10; // openPostgres's default pool size, used by the server
const SESSIONS = 20; // sign-ups go round robin to this many sessions (capacity 1,000 each), fresh ones per round
const PARTNER = 'bench-union'; // every write names the same partner: its shared rate-limit row is part of the cost
const ORIGIN = 'https://partner.example';
// An outbox row the size of a real confirmation (text, HTML and the .ics attachment).
const EMAIL_TEXT = 'x'.repeat(1_400);
const EMAIL_HTML = 'y'.repeat(3_600);
const EMAIL_ICS = JSON.stringify([{ filename: 'canvassing-session.ics', contentType: 'text/calendar', content: 'z'.repeat(900) }]);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A port free on loopback now (bench.mjs uses it too). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** CPU time (user + system, ms) a process has used so far; 0 once it is gone. Linux only (/proc). */
export function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * (1000 / CLOCK_TICKS);
  } catch {
    return 0;
  }
}
const CLOCK_TICKS = 100;

/**
 * CPU used by one side while `work` runs: its process and, on PostgreSQL, the backends serving its database. On a
 * machine whose cores are shared with other work, writes/s swing with the neighbours; CPU per write does not.
 */
async function measureCpu(pid, backends, work) {
  const before = new Map((await backends()).map((p) => [p, cpuMs(p)]));
  const self = cpuMs(pid);
  const result = await work();
  let db = 0;
  for (const p of await backends()) db += cpuMs(p) - (before.get(p) ?? 0);
  const own = cpuMs(pid) - self;
  return { ...result, cpuMs: Math.round(own + db), dbCpuMs: Math.round(db) };
}

/** Waits for a child to exit; one that has not after 10 s is killed. */
async function exited(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await new Promise((r) => child.once('exit', r));
  clearTimeout(timer);
}

const futureIso = (days, hour) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

// ---- the raw side: one process holding the store, `CONNECTIONS` transactions in flight --------------------------

async function rawWorker() {
  const { openStore } = await import(pathToFileURL(join(root, 'packages/server/dist/store/open.js')).href);
  const config = JSON.parse(process.argv[process.argv.indexOf('--raw-worker') + 1]);
  let store;
  if (config.databaseUrl) {
    const { openPostgres } = await import(pathToFileURL(join(root, 'packages/server/dist/store/postgres.js')).href);
    const { migrate } = await import(pathToFileURL(join(root, 'packages/server/dist/store/migrate.js')).href);
    store = await openPostgres(config.databaseUrl, { max: POOL });
    await migrate(store);
  } else {
    store = await openStore({ dataDir: config.dataDir });
  }
  let serial = 0;
  const newSessions = async () => {
    const ids = Array.from({ length: SESSIONS }, () => randomUUID());
    for (const id of ids) {
      await store.query(
        `INSERT INTO canvass_sessions (id, constituency_code, title, starts_at, ends_at, meeting_point, organiser_name, organiser_contact, capacity)
         VALUES ($1, 'E14001279', 'Bench session', $2, $3, 'Colindale station', 'Hendon CLP', 'organiser@example.org', 1000)`,
        [id, futureIso(7, 10), futureIso(7, 13)],
      );
    }
    return ids;
  };
  const signup = async (sessions) => {
    const n = serial++;
    const session = sessions[n % sessions.length];
    await store.transaction(async (tx) => {
      await tx.query('SELECT 1 FROM canvass_sessions WHERE id = $1 FOR UPDATE', [session]);
      const id = randomUUID();
      await tx.query(
        `INSERT INTO canvass_signups (id, session_id, name, email, languages, first_time, consent_version, consent_at, partner, origin, status)
         VALUES ($1, $2, 'Aleksandra Nowak', $3, '{pl,en}', true, '2026-11-23', now(), $4, $5, 'confirmed')`,
        [id, session, `raw${n}-${id.slice(0, 8)}@example.org`, PARTNER, ORIGIN],
      );
      await tx.query(
        `INSERT INTO outbox (id, kind, to_address, language, subject, text_body, html_body, headers, attachments, dedupe_key, send_after)
         VALUES ($1, 'signup-confirmed', $2, 'en', 'You are signed up', $3, $4, '{}'::jsonb, $5::jsonb, $6, now())`,
        [randomUUID(), `raw${n}@example.org`, EMAIL_TEXT, EMAIL_HTML, EMAIL_ICS, `signup-confirmed:${id}`],
      );
    });
  };
  const message = async () => {
    const n = serial++;
    const text = `Solidarity from the bench, message ${n} ${randomUUID()}`;
    await store.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`solidarity:${PARTNER}:${text}`]);
      await tx.query(
        `INSERT INTO solidarity_messages (id, name, organisation, country, language, message, email, partner, origin, status, message_hash, sent_quickly)
         VALUES ($1, 'Kwame Mensah', 'Ghana Union Congress', 'GH', 'en', $2, NULL, $3, $4, 'pending', md5($2), false)`,
        [randomUUID(), text, PARTNER, ORIGIN],
      );
    });
  };
  const run = async (kind, seconds) => {
    const sessions = kind === 'signups' ? await newSessions() : [];
    const one = kind === 'signups' ? () => signup(sessions) : message;
    let done = 0;
    let errors = 0;
    const until = Date.now() + seconds * 1000;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (Date.now() < until) {
          try {
            await one();
            done++;
          } catch {
            errors++;
          }
        }
      }),
    );
    return { perSec: Math.round(done / ((Date.now() - started) / 1000)), writes: done, errors };
  };
  console.log(JSON.stringify({ ready: true }));
  for await (const line of createInterface({ input: process.stdin })) {
    const command = JSON.parse(line);
    if (command.quit) break;
    console.log(JSON.stringify(await run(command.kind, command.seconds)));
  }
  await store.close();
  process.exit(0); // stdin stays referenced after the loop
}

/** A raw worker process, driven line by line over stdin/stdout. */
function startRaw(config) {
  const child = spawn(process.execPath, [self, '--raw-worker', JSON.stringify(config)], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const waiting = [];
  lines.on('line', (line) => waiting.shift()?.(JSON.parse(line)));
  const next = () => new Promise((resolve) => waiting.push(resolve));
  const ready = next();
  return {
    ready,
    pid: child.pid,
    run(kind, seconds) {
      const answer = next();
      child.stdin.write(`${JSON.stringify({ kind, seconds })}\n`);
      return answer;
    },
    async stop() {
      child.stdin.write(`${JSON.stringify({ quit: true })}\n`);
      await exited(child);
    },
  };
}

// ---- the API side: `npm start` (dist/cli/start.js) at its default settings, 32 connections -----------------------

async function startApi(env) {
  const port = await freePort();
  const dataDir = env.DATA_DIR;
  // BENCH_NODE_ARGS: e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile the API side.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, 'packages/server/dist/cli/start.js'], {
    cwd: root,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      NODE_ENV: 'production', // no development mailbox: emails wait in the outbox, as the raw side's do
      TRUST_PROXY: '1', // each request comes "from" one of many supporters (X-Forwarded-For), each with its allowance
      RATE_LIMIT_PER_IP: '1000000',
      RATE_LIMIT_PER_PARTNER: '100000000',
      ALLOWED_ORIGINS: ORIGIN,
      LOG_LEVEL: '', // the default: a JSON line per request (to /dev/null here)
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (c) => (output += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null || i > 600) throw new Error(`the API did not start: ${output}`);
    const ok = await fetch(`${url}/v1/health/ready`).then((r) => r.ok, () => false);
    if (ok) break;
    await sleep(50);
  }
  const token = readFileSync(join(dataDir, 'admin-token'), 'utf8').trim();
  let serial = 0;
  const newSessions = async () => {
    const ids = [];
    for (let i = 0; i < SESSIONS; i++) {
      const res = await fetch(`${url}/v1/admin/canvass-sessions`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          constituencyCode: 'E14001279', title: 'Bench session', startsAt: futureIso(7, 10), endsAt: futureIso(7, 13),
          meetingPoint: 'Colindale station', organiserName: 'Hendon CLP', organiserContact: 'organiser@example.org', capacity: 1000,
        }),
      });
      if (res.status !== 201) throw new Error(`could not create a session: ${res.status} ${await res.text()}`);
      ids.push((await res.json()).id);
    }
    return ids;
  };
  const supporter = (n) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
  const run = async (kind, seconds) => {
    const sessions = kind === 'signups' ? await newSessions() : [];
    const path = kind === 'signups' ? '/v1/canvass-signups' : '/v1/solidarity-messages';
    const runId = randomUUID().slice(0, 8);
    const result = await autocannon({
      url, connections: CONNECTIONS, duration: seconds, pipelining: 1,
      requests: [{
        method: 'POST',
        path,
        setupRequest: (req) => {
          const n = serial++;
          const body = kind === 'signups'
            ? {
                sessionId: sessions[n % sessions.length], name: 'Aleksandra Nowak', email: `api${n}-${runId}@example.org`, languages: ['pl', 'en'],
                firstTime: true, consentToContact: true, consentVersion: '2026-11-23', partner: PARTNER, language: 'en',
              }
            : {
                name: 'Kwame Mensah', organisation: 'Ghana Union Congress', country: 'GH', language: 'en',
                message: `Solidarity from the bench, message ${n} ${runId}`, consentToPublish: true, partner: PARTNER, elapsedMs: 15_000,
              };
          return {
            ...req,
            // Every request a new supporter (their own network's allowance) and, as widgets send it, a new Idempotency-Key.
            headers: { 'content-type': 'application/json', origin: ORIGIN, 'x-forwarded-for': supporter(n % 60_000), 'idempotency-key': `${runId}-${n}` },
            body: JSON.stringify(body),
          };
        },
      }],
    });
    const ok = result['2xx'];
    return { perSec: Math.round(ok / (result.duration || seconds)), writes: ok, non2xx: result.non2xx, errors: result.errors, p99Ms: result.latency.p99 };
  };
  return {
    ready: Promise.resolve(),
    pid: child.pid,
    run,
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}

// ---- the comparison ----------------------------------------------------------------------------------------------

async function compare(label, api, raw, { seconds, rounds, backends = { api: async () => [], raw: async () => [] } }) {
  const out = {};
  // BENCH_KINDS=signups (or messages): one kind only, e.g. to profile it alone.
  for (const kind of (process.env.BENCH_KINDS ?? 'signups,messages').split(',')) {
    await api.run(kind, 1); // warm both (JIT, caches, the first pages of each table)
    await raw.run(kind, 1);
    const apiRuns = [];
    const rawRuns = [];
    for (let round = 0; round < rounds; round++) {
      for (const side of round % 2 === 0 ? ['api', 'raw'] : ['raw', 'api']) {
        if (side === 'api') console.error('API-RUN-START', Date.now()), apiRuns.push(await measureCpu(api.pid, backends.api, () => api.run(kind, seconds)));
        else rawRuns.push(await measureCpu(raw.pid, backends.raw, () => raw.run(kind, seconds)));
      }
    }
    const mean = (runs) => Math.round(runs.reduce((a, r) => a + r.perSec, 0) / runs.length);
    const cpuPerWrite = (runs) => Math.round((runs.reduce((a, r) => a + r.cpuMs, 0) / runs.reduce((a, r) => a + r.writes, 0)) * 1000) / 1000;
    const apiPerSec = mean(apiRuns);
    const rawPerSec = mean(rawRuns);
    const apiCpuMs = cpuPerWrite(apiRuns);
    const rawCpuMs = cpuPerWrite(rawRuns);
    out[kind] = {
      apiPerSec, rawPerSec, ratio: Math.round((apiPerSec / rawPerSec) * 100) / 100,
      // CPU per write (the side's process, plus its PostgreSQL backends), and the ratio it implies: raw / API.
      apiCpuMsPerWrite: apiCpuMs, rawCpuMsPerWrite: rawCpuMs, cpuRatio: Math.round((rawCpuMs / apiCpuMs) * 100) / 100,
      apiDbCpuMsPerWrite: Math.round((apiRuns.reduce((a, r) => a + r.dbCpuMs, 0) / apiRuns.reduce((a, r) => a + r.writes, 0)) * 1000) / 1000,
      rawDbCpuMsPerWrite: Math.round((rawRuns.reduce((a, r) => a + r.dbCpuMs, 0) / rawRuns.reduce((a, r) => a + r.writes, 0)) * 1000) / 1000,
      apiRounds: apiRuns.map((r) => r.perSec), rawRounds: rawRuns.map((r) => r.perSec),
      apiNon2xx: apiRuns.reduce((a, r) => a + r.non2xx + r.errors, 0), rawErrors: rawRuns.reduce((a, r) => a + r.errors, 0),
      apiP99Ms: Math.max(...apiRuns.map((r) => r.p99Ms)),
    };
    console.error(`${label} ${kind}: API ${apiPerSec}/s vs raw ${rawPerSec}/s (ratio ${out[kind].ratio}); CPU per write ${apiCpuMs} ms vs ${rawCpuMs} ms (ratio ${out[kind].cpuRatio})`);
  }
  return out;
}

/** Runs the write benchmark on the stores named (default both); `seconds` per side per round, `rounds` alternated. */
export async function benchWrites({ stores = ['pglite', 'postgres'], seconds = 5, rounds = 2 } = {}) {
  const report = { connections: CONNECTIONS, postgresPool: POOL, sessions: SESSIONS, seconds, rounds };
  if (stores.includes('pglite')) {
    const apiDir = mkdtempSync(join(tmpdir(), 'sw-bench-w-api-'));
    const rawDir = mkdtempSync(join(tmpdir(), 'sw-bench-w-raw-'));
    const api = await startApi({ DATA_DIR: apiDir });
    const raw = startRaw({ dataDir: rawDir });
    await raw.ready;
    try {
      report.pglite = await compare('PGlite', api, raw, { seconds, rounds });
    } finally {
      await api.stop();
      await raw.stop();
      rmSync(apiDir, { recursive: true, force: true });
      rmSync(rawDir, { recursive: true, force: true });
    }
  }
  if (stores.includes('postgres')) {
    const { tsImport } = await import('tsx/esm/api');
    const { startTestPostgres } = await tsImport(pathToFileURL(join(root, 'packages/server/src/testing/postgres.ts')).href, import.meta.url);
    const postgres = await startTestPostgres();
    if (!postgres) {
      report.postgres = { skipped: 'no PostgreSQL binaries (packages/server/src/testing/postgres.ts)' };
    } else {
      const { default: pg } = await import('pg');
      const admin = new pg.Client({ connectionString: postgres.url });
      await admin.connect();
      // One database per side, so neither writes into the other's tables and indexes.
      await admin.query('CREATE DATABASE bench_api');
      await admin.query('CREATE DATABASE bench_raw');
      await admin.end();
      const dbUrl = (name) => postgres.url.replace(/\/postgres$/, `/${name}`);
      const dataDir = mkdtempSync(join(tmpdir(), 'sw-bench-w-pg-'));
      const api = await startApi({ DATA_DIR: dataDir, DATABASE_URL: dbUrl('bench_api') });
      const raw = startRaw({ databaseUrl: dbUrl('bench_raw') });
      await raw.ready;
      const monitor = new pg.Client({ connectionString: postgres.url });
      await monitor.connect();
      const backendsOf = (name) => async () =>
        (await monitor.query('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name])).rows.map((r) => r.pid);
      try {
        await monitor.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
        await monitor.query('SELECT pg_stat_statements_reset()');
        report.postgres = await compare('PostgreSQL', api, raw, { seconds, rounds, backends: { api: backendsOf('bench_api'), raw: backendsOf('bench_raw') } });
        const st = await monitor.query(`SELECT d.datname, s.toplevel, s.calls, round(s.total_exec_time::numeric,1) AS ms, round((s.total_exec_time/s.calls*1000)::numeric,1) AS us, left(regexp_replace(s.query, '\\s+', ' ', 'g'), 110) AS q FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname LIKE 'bench%' ORDER BY s.total_exec_time DESC LIMIT 40`);
        for (const r of st.rows) console.error(r.datname.padEnd(10), String(r.toplevel).padEnd(5), String(r.calls).padStart(7), String(r.ms).padStart(9), String(r.us).padStart(8), r.q);
      } finally {
        await monitor.end();
        await api.stop();
        await raw.stop();
        await postgres.stop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  }
  return report;
}

if (process.argv.includes('--raw-worker')) {
  await rawWorker();
} else if (process.argv[1] === self) {
  const quick = process.argv.includes('--quick');
  const storeArg = process.argv.indexOf('--store');
  const stores = storeArg > 0 ? [process.argv[storeArg + 1]] : ['pglite', 'postgres'];
  const report = await benchWrites({
    stores,
    seconds: Number(process.env.BENCH_SECONDS ?? (quick ? 2 : 5)),
    rounds: Number(process.env.BENCH_ROUNDS ?? (quick ? 1 : 2)),
  });
  console.log(JSON.stringify(report));
  process.exit(0);
}
