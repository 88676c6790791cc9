import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { loadElectoralData } from '@solidarity-widgets/data';
import { buildApi } from '../app.js';
import { configFromEnv, makeConfig, type ServerConfig } from '../config.js';
import type { DataSource } from '../data.js';
import { describeError, jsonLogger, silentLogger, type Logger } from '../http/logging.js';
import { consoleAppDir, mountConsole } from '../http/console.js';
import { findRepoRoot, mountCdn, serveFolder, widgetsCdnDir } from '../http/static.js';
import { configureRoutes } from '../routes/configure.js';
import { embedRoutes } from '../routes/embed.js';
import { seedDemoSessions } from '../services/seed.js';
import { createMetrics, type Metrics } from '../http/metrics.js';
import { runRetention } from '../services/retention.js';
import { DEFAULT_MAIL_FROM, devMailbox, smtpMailer, type Mailer } from '../services/mailer.js';
import { createOutboxWorker, type OutboxWorker, type OutboxWorkerOptions } from '../services/outbox-worker.js';
import type { EmailContext } from '../services/email/context.js';
import { DEFAULT_REMINDER_HOURS, enqueueDueReminders } from '../services/email/supporter.js';
import { enqueueDigests } from '../services/email/organiser.js';
import { enqueueDuePledgeReminders } from '../services/email/pledge.js';
import { clientHashSecretValue } from '../services/client-hash.js';
import { signingSecretValue } from '../services/signing.js';
import { ensureToken, newTokenValue } from '../services/tokens.js';
import { deferredStore } from '../store/deferred.js';
import { isConnectionError } from '../store/errors.js';
import { openStore } from '../store/open.js';
import { takeLock } from './lock.js';
import type { Store } from '../store/types.js';

export interface StartOptions {
  /** 0 = any free port. Default 8787. */
  readonly port?: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** PostgreSQL; otherwise PGlite in `<dataDir>/pglite` (or in memory with `memory`). */
  readonly databaseUrl?: string | undefined;
  /** Default `<cwd>/.data`. Holds PGlite's files and the local `admin-token`. */
  readonly dataDir?: string;
  /** In-memory PGlite and no files written (tests). */
  readonly memory?: boolean;
  /** Server settings; `allowedOrigins` always gains the server's own origin. */
  readonly config?: ServerConfig;
  /** Add demo canvassing sessions when there are none (default true). */
  readonly seed?: boolean;
  readonly log?: Logger;
  readonly data?: DataSource;
  /** Where `examples/script-tag/` and `packages/widgets` are found (default: walk up from cwd). */
  readonly repoRoot?: string;
  /** Folder served at `/cdn/` (default: the widgets package's `dist/cdn/`). */
  readonly cdnDir?: string;
  /** The organisers' console app served at `/console` (default: the console package's `dist/app/`). */
  readonly consoleDir?: string;
  /** Folder served at `/` (default: `<repoRoot>/examples/script-tag/`, else the copy in this package's `dist/example/`). */
  readonly exampleDir?: string;
  /** Resolve only once the database is ready (default true). `false` listens first: lookups answer at once. */
  readonly waitForStore?: boolean;
  /** Days after its session ended that a sign-up is kept (default SIGNUP_RETENTION_DAYS, 30). */
  readonly signupRetentionDays?: number | undefined;
  /** Also export process metrics (CPU, memory, event loop) at /metrics (the CLI does). */
  readonly processMetrics?: boolean;
  /** Pacing of the email worker (services/outbox-worker.ts); the CLI reads OUTBOX_* from the environment. */
  readonly outbox?: Partial<OutboxWorkerOptions>;
  /**
   * The clock of date rules: whether a pledge's election has passed, which pledge reminders are due, when pledges are
   * erased. Default: the system's. Tests move it forward and call `runScheduledJobs()`.
   */
  readonly now?: () => Date;
}

export interface RunningServer {
  /** e.g. `http://127.0.0.1:8787` — the example page is at `/`, the API under `/v1`. */
  readonly url: string;
  readonly apiUrl: string;
  /** A token with the `admin` scope (also in `<dataDir>/admin-token` unless `memory`). */
  readonly adminToken: string;
  readonly store: Store;
  /** Milliseconds from the call to listening. */
  readonly listeningMs: number;
  /** Resolves (with ms since the call) once the database is open, migrated and seeded. */
  readonly ready: Promise<number>;
  /** The email worker, when this server delivers email (SMTP_URL, or the development mailbox). */
  readonly outbox: OutboxWorker | undefined;
  /**
   * Runs housekeeping (retention) and the scheduled emails (reminders, digests) now, as the timer does every 10
   * minutes, and wakes the email worker; resolves when they are done.
   */
  runScheduledJobs(): Promise<void>;
  /**
   * Stops gracefully: refuses new connections at once, lets requests already in flight finish (for at most
   * `graceMs`, default 0 = cut them now), lets the emails being sent finish, stops the housekeeping timer, then
   * closes the database.
   */
  close(options?: { readonly graceMs?: number }): Promise<void>;
}

const ADMIN_TOKEN_FILE = 'admin-token';

/**
 * The page served at `/`: in the monorepo, `examples/script-tag/` itself (edits show without a rebuild); installed
 * from npm, the copy the build put in this package's `dist/example/` (packages/server/scripts/copy-example.mjs).
 */
function defaultExampleDir(repoRoot: string | undefined): string {
  const inRepo = join(repoRoot ?? process.cwd(), 'examples', 'script-tag');
  if (existsSync(join(inRepo, 'index.html'))) return inRepo;
  return fileURLToPath(new URL('../example/', import.meta.url));
}

/** The local admin token: read from `<dataDir>/admin-token`, or made and written there (mode 600). */
function adminTokenValue(dataDir: string | undefined): string {
  const file = dataDir ? join(dataDir, ADMIN_TOKEN_FILE) : undefined;
  const existing = file && existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  const token = existing || newTokenValue();
  if (file) {
    if (!existing) writeFileSync(file, `${token}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return token;
}

/**
 * Serves the API, the CDN bundle and the example page; opens the store, migrates, seeds demo sessions and
 * registers the local admin token. With `waitForStore: false` it listens before the database is open, so
 * lookups answer at once and database routes wait for it (`ready`).
 */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const started = performance.now();
  const log = options.log ?? jsonLogger;
  const dataDir = options.memory ? undefined : resolve(options.dataDir ?? join(process.cwd(), '.data'));
  let unlock = () => {};
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    if (!options.databaseUrl) unlock = takeLock(dataDir);
  }
  const data = options.data ?? loadElectoralData();
  let config = options.config ?? makeConfig();
  let adminToken: string;
  try {
    adminToken = adminTokenValue(dataDir);
    // Cancellation links stay valid across restarts: SIGNING_SECRET, else <dataDir>/signing-secret. The copy keeps
    // the same allowedOrigins array, which gains the own origin below.
    if (!config.signingSecret) config = { ...config, signingSecret: signingSecretValue(undefined, dataDir) };
    // Client addresses are stored only as HMACs keyed with this (CLIENT_HASH_SECRET, else <dataDir>/client-hash-secret).
    if (!config.clientHashSecret) config = { ...config, clientHashSecret: clientHashSecretValue(undefined, dataDir) };
  } catch (error) {
    unlock();
    throw error;
  }

  // PostgreSQL may not be up yet (both restarted together): a server that does not wait for its store keeps
  // trying, answering 503 meanwhile, instead of exiting. A wrong URL or password still fails at once.
  const retryOpen = Boolean(options.databaseUrl) && options.waitForStore === false;
  let unreachable = false;
  const stopRetrying = new AbortController();
  const openWithRetry = async (): Promise<Store> => {
    for (let attempt = 0; ; attempt++) {
      try {
        const store = await openStore({
          databaseUrl: options.databaseUrl,
          dataDir,
          memory: options.memory ?? false,
          // A restart of PostgreSQL cuts idle connections: note it and carry on (requests get 503 until it is back).
          onConnectionError: (error) => log({ level: 'warn', msg: 'database connection lost', ...describeError(error) }),
        });
        unreachable = false;
        return store;
      } catch (error) {
        if (!retryOpen || !isConnectionError(error) || stopRetrying.signal.aborted) throw error;
        unreachable = true;
        const waitMs = Math.min(10_000, 250 * 2 ** attempt);
        log({ level: 'warn', msg: 'database unavailable, retrying', retryInMs: waitMs, ...describeError(error) });
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, waitMs);
          stopRetrying.signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
        });
        if (stopRetrying.signal.aborted) throw error;
      }
    }
  };
  const opened = (async () => {
    const real = await openWithRetry();
    try {
      if (options.seed !== false) await seedDemoSessions(real, data);
      await ensureToken(real, adminToken, 'local admin (admin-token file)', ['admin']);
      return real;
    } catch (error) {
      await real.close().catch(() => undefined);
      throw error;
    }
  })();
  const store = deferredStore(options.databaseUrl ? 'postgres' : 'pglite', opened, { unreachable: () => unreachable });

  const repoRoot = options.repoRoot ?? findRepoRoot();
  const cdnDir = options.cdnDir ?? widgetsCdnDir(repoRoot);
  const exampleDir = options.exampleDir ?? defaultExampleDir(repoRoot);
  const metrics = createMetrics({ store, processMetrics: options.processMetrics ?? false });
  const now = options.now ?? (() => new Date());
  const { app, fastPath } = buildApi({
    store,
    data,
    config,
    log,
    metrics,
    now,
    extend(app) {
      mountCdn(app, cdnDir);
      // Pages that frame one widget for iframe-only partner sites; they load the bundle from /cdn/.
      embedRoutes(app, config);
      // The configurator: pick options, preview, copy a snippet. Built next to the CDN bundle.
      configureRoutes(app, config, { cdnDir, configureDir: join(cdnDir, '..', 'configure') });
      mountConsole(app, options.consoleDir ?? consoleAppDir());
      app.get(
        '/*',
        serveFolder({
          root: exampleDir,
          prefix: '/',
          cacheControl: 'no-cache',
          missingMessage: `The example page is missing (looked in ${exampleDir}).`,
        }),
      );
    },
  });

  const host = options.host ?? '127.0.0.1';
  let server: Server;
  try {
    server = await new Promise<Server>((resolvePromise, reject) => {
      // The postcode lookup is answered straight on node:http when it can be (http/fast-lookup.ts), the rest by Hono.
      const listener = getRequestListener(app.fetch, { hostname: host });
      const s = createHttpServer((req, res) => {
        if (!fastPath(req, res)) void listener(req, res);
      });
      s.listen(options.port ?? 8787, host, () => resolvePromise(s));
      s.once('error', reject);
    });
  } catch (error) {
    stopRetrying.abort();
    await store.close().catch(() => undefined);
    unlock();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const publicHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const url = `http://${publicHost}:${port}`;
  for (const own of [url, ...(publicHost === '127.0.0.1' ? [`http://localhost:${port}`] : [])]) {
    if (!config.allowedOrigins.includes(own)) config.allowedOrigins.push(own);
  }
  const listeningMs = Math.round(performance.now() - started);

  // One housekeeping run at a time; close() waits for the current one before closing the database.
  let housekeepingDone: Promise<void> = Promise.resolve();
  const emailContext: EmailContext = {
    data,
    secret: config.signingSecret ?? '',
    baseUrl: (config.publicUrl ?? url).replace(/\/+$/, ''),
    partnerNames: config.partnerNames ?? {},
  };
  const runHousekeeping = () => {
    housekeepingDone = housekeepingDone
      .then(() => housekeeping(store, { metrics, log, signupDays: options.signupRetentionDays, now: now() }))
      .catch(() => undefined)
      .then(() => emailJobs(store, emailContext, { log, reminderHours: config.reminderHours ?? DEFAULT_REMINDER_HOURS, now: now() }))
      .then(() => outbox?.wake());
    return housekeepingDone;
  };
  const maintenance = setInterval(runHousekeeping, 10 * 60_000);
  maintenance.unref();

  // Email: SMTP when SMTP_URL is set; otherwise, outside production, the development mailbox (/console/mail). In
  // production without SMTP_URL nothing is delivered: emails wait in the outbox until SMTP_URL is set, none is lost.
  const mailer: Mailer | undefined = config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom ?? DEFAULT_MAIL_FROM) : config.devMailbox ? devMailbox() : undefined;
  const outbox = mailer ? createOutboxWorker({ store, mailer, log, metrics, emailContext, ...(options.outbox ? { options: options.outbox } : {}) }) : undefined;

  // Requests in flight, so a graceful close knows when the last one has been answered.
  let inFlight = 0;
  let onIdle: (() => void) | undefined;
  server.on('request', (_req, res) => {
    inFlight++;
    res.once('close', () => {
      if (--inFlight === 0) onIdle?.();
    });
  });

  let closed: Promise<void> | undefined;
  const close = ({ graceMs = 0 }: { readonly graceMs?: number } = {}) =>
    (closed ??= (async () => {
      clearInterval(maintenance);
      stopRetrying.abort();
      // No new batches from now on; the emails in hand finish (and their sent_at is committed) before the database closes.
      const outboxStopped = outbox?.stop() ?? Promise.resolve();
      const stopped = new Promise<void>((done) => server.close(() => done()));
      // Keep-alive connections with no request on them would hold close() open: drop them now.
      server.closeIdleConnections();
      if (graceMs > 0 && inFlight > 0) {
        await new Promise<void>((done) => {
          const timer = setTimeout(done, graceMs);
          timer.unref();
          onIdle = () => (clearTimeout(timer), done());
        });
      }
      // Whatever is still open after the grace period is cut; answered keep-alive sockets go too.
      server.closeAllConnections();
      await stopped;
      await outboxStopped.catch(() => undefined);
      await housekeepingDone.catch(() => undefined);
      await store.close().catch(() => undefined);
      unlock();
    })());

  const ready = opened.then(() => Math.round(performance.now() - started));
  ready.catch(() => undefined);
  // Once at start too, so a server restarted more often than every 10 minutes still purges.
  void ready.then(runHousekeeping, () => undefined);
  void ready.then(() => (closed ? undefined : outbox?.start()), () => undefined);
  if (options.waitForStore !== false) {
    try {
      await ready;
    } catch (error) {
      await close();
      throw error;
    }
  }
  return { url, apiUrl: `${url}/v1`, adminToken, store, listeningMs, ready, outbox, runScheduledJobs: () => ready.then(runHousekeeping), close };
}

/**
 * The retention job (services/retention.ts, periods in docs/privacy.md) and the rejected-message purge. Runs at start
 * and every 10 minutes; counted in the metrics, logged with counts only.
 */
export async function housekeeping(
  store: Store,
  options: { readonly metrics?: Metrics; readonly log?: Logger; readonly signupDays?: number | undefined; readonly now?: Date } = {},
): Promise<void> {
  try {
    const deleted = await runRetention(store, {
      ...(options.signupDays === undefined ? {} : { signupDays: options.signupDays }),
      ...(options.now === undefined ? {} : { now: options.now }),
    });
    options.metrics?.housekeeping('ok', { ...deleted });
    if (Object.values(deleted).some((n) => n > 0)) options.log?.({ level: 'info', msg: 'retention', ...deleted });
  } catch (error) {
    options.metrics?.housekeeping('failed');
    options.log?.({ level: 'warn', msg: 'retention failed', ...describeError(error) });
    throw error;
  }
}

/**
 * The scheduled emails: session reminders due within `reminderHours` (0 = none), pledge-to-vote reminders due today
 * (by `now`, UK date) and organisers' daily digests. Runs with housekeeping (at start and every 10 minutes);
 * idempotent (dedupe keys), so instances running it together only repeat each other's checks.
 */
export async function emailJobs(store: Store, ctx: EmailContext, options: { readonly log?: Logger; readonly reminderHours: number; readonly now?: Date }): Promise<void> {
  try {
    const reminders = options.reminderHours > 0 ? await enqueueDueReminders(store, ctx, options.reminderHours) : 0;
    const pledgeReminders = await enqueueDuePledgeReminders(store, ctx, options.now ?? new Date());
    const digests = await enqueueDigests(store, ctx);
    if (reminders + pledgeReminders + digests > 0) options.log?.({ level: 'info', msg: 'scheduled emails queued', reminders, pledgeReminders, digests });
  } catch (error) {
    options.log?.({ level: 'warn', msg: 'email jobs failed', ...describeError(error) });
  }
}

function loggerFor(level: string | undefined): Logger {
  if (level === 'silent') return silentLogger;
  if (level === 'error') return (line) => (line['level'] === 'error' ? jsonLogger(line) : undefined);
  return jsonLogger;
}

function wholeDays(raw: string | undefined, name: string): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number of days ≥ 0, got "${raw}"`);
  return n;
}

/** Host and port only: the URL's user name and password never reach a log or a terminal. */
function smtpHostOf(raw: string): string {
  try {
    const url = new URL(raw);
    return `${url.protocol}//${url.host}`;
  } catch {
    return 'SMTP_URL';
  }
}

/** OUTBOX_POLL_MS, OUTBOX_LEASE_SECONDS, OUTBOX_MAX_ATTEMPTS, OUTBOX_RETRY_BASE_SECONDS (docs/email.md). */
function outboxFromEnv(env: NodeJS.ProcessEnv): Partial<OutboxWorkerOptions> {
  const read = (name: string, min: number): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return undefined;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min) throw new Error(`${name} must be a number ≥ ${min}, got "${raw}"`);
    return n;
  };
  const out: { -readonly [K in keyof OutboxWorkerOptions]?: number } = {};
  const poll = read('OUTBOX_POLL_MS', 10);
  const lease = read('OUTBOX_LEASE_SECONDS', 10);
  const attempts = read('OUTBOX_MAX_ATTEMPTS', 1);
  const base = read('OUTBOX_RETRY_BASE_SECONDS', 0.01);
  if (poll !== undefined) out.pollMs = poll;
  if (lease !== undefined) out.leaseSeconds = lease;
  if (attempts !== undefined) out.maxAttempts = Math.floor(attempts);
  if (base !== undefined) out.retryBaseSeconds = base;
  return out;
}

async function main(): Promise<void> {
  const env = process.env;
  const portRaw = env['PORT'] ?? '8787';
  const port = Number(portRaw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0–65535, got "${portRaw}"`);
  const graceRaw = env['SHUTDOWN_GRACE_SECONDS'] ?? '10';
  const graceSeconds = Number(graceRaw);
  if (!Number.isFinite(graceSeconds) || graceSeconds < 0) throw new Error(`SHUTDOWN_GRACE_SECONDS must be a number ≥ 0, got "${graceRaw}"`);
  const running = await startServer({
    port,
    host: env['HOST'] ?? '127.0.0.1',
    databaseUrl: env['DATABASE_URL'] || undefined,
    dataDir: env['DATA_DIR'] ?? join(process.cwd(), '.data'),
    config: configFromEnv(env),
    log: loggerFor(env['LOG_LEVEL']),
    waitForStore: false,
    signupRetentionDays: wholeDays(env['SIGNUP_RETENTION_DAYS'], 'SIGNUP_RETENTION_DAYS'),
    processMetrics: true,
    outbox: outboxFromEnv(env),
  });
  const dataDir = resolve(env['DATA_DIR'] ?? join(process.cwd(), '.data'));
  process.stderr.write(
    [
      '',
      `  Solidarity Widgets reference server (${env['DATABASE_URL'] ? 'PostgreSQL' : `PGlite in ${join(dataDir, 'pglite')}`}), listening after ${running.listeningMs} ms`,
      `  Example page:  ${running.url}/`,
      `  Console:       ${running.url}/console/   (organisers and moderators)`,
      `  API:           ${running.apiUrl}   (OpenAPI: ${running.apiUrl}/openapi.json)`,
      `  Admin token:   ${join(dataDir, ADMIN_TOKEN_FILE)}   (${findRepoRoot() ? 'npm run admin -- help' : 'npx solidarity-admin help'})`,
      env['SMTP_URL']
        ? `  Email:         sent over SMTP (${smtpHostOf(env['SMTP_URL'])})`
        : env['NODE_ENV'] === 'production'
          ? '  Email:         NOT SENT: set SMTP_URL (emails wait in the outbox until then)'
          : `  Email:         kept here, read them at ${running.url}/console/mail (set SMTP_URL to send)`,
      '',
    ].join('\n') + '\n',
  );
  running.ready.then(
    (ms) => process.stderr.write(`  Database ready after ${ms} ms.\n`),
    (error: unknown) => {
      process.stderr.write(`Could not open the database: ${error instanceof Error ? error.message : String(error)}\n`);
      void running.close().finally(() => process.exit(1));
    },
  );
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`  ${signal}: finishing requests in flight (up to ${graceSeconds} s), then stopping.\n`);
    void running.close({ graceMs: graceSeconds * 1000 }).then(
      () => process.exit(0),
      () => process.exit(1),
    );
    // A database that will not close must not keep the process alive for ever.
    setTimeout(() => process.exit(1), graceSeconds * 1000 + 10_000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** The command line (`node dist/cli/start.js`, `npm start`, the `solidarity-server` bin): settings from the environment. */
export function runServerCli(): void {
  main().catch((error: unknown) => {
    process.stderr.write(`Could not start the server: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) runServerCli();
