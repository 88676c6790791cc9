import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ports.js';

export interface TestPostgres {
  readonly url: string;
  stop(): Promise<void>;
  /**
   * Outage helpers, present only for a cluster this module started (not for TEST_DATABASE_URL).
   * `terminateConnections` cuts every client connection (`pg_terminate_backend`); `shutdown` stops the
   * server like `pg_ctl stop -m fast`; `startAgain` brings it back on the same port and data.
   */
  readonly outage?: {
    terminateConnections(): Promise<number>;
    shutdown(): Promise<void>;
    startAgain(): Promise<void>;
  };
}

const BIN_DIRS = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin', '/usr/local/bin', '/usr/bin'];

function findBin(name: string): string | undefined {
  for (const dir of BIN_DIRS) if (existsSync(join(dir, name))) return join(dir, name);
  return undefined;
}


/** CI (and anyone who sets REQUIRE_POSTGRES=1) must not pass by skipping the PostgreSQL tests. */
function missing(why: string): undefined {
  if (process.env['REQUIRE_POSTGRES']) throw new Error(`PostgreSQL is required (REQUIRE_POSTGRES=1) but unavailable: ${why}`);
  return undefined;
}

/**
 * A throwaway PostgreSQL for tests: TEST_DATABASE_URL if set, otherwise a temporary cluster made with the
 * local `initdb`/`postgres` (as the `postgres` user when running as root). Undefined when neither exists.
 */
export async function startTestPostgres(): Promise<TestPostgres | undefined> {
  const given = process.env['TEST_DATABASE_URL'];
  if (given) return { url: given, stop: async () => undefined };
  const initdb = findBin('initdb');
  const postgres = findBin('postgres');
  if (!initdb || !postgres) return missing('no initdb/postgres binaries in ' + BIN_DIRS.join(', '));
  const asRoot = process.getuid?.() === 0;
  const wrap = (cmd: string, args: string[]): [string, string[]] => (asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]);
  const dir = mkdtempSync(join(tmpdir(), 'sw-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  try {
    const [c1, a1] = wrap(initdb, ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
    execFileSync(c1, a1, { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return missing('initdb failed');
  }
  const port = await freePort();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const { default: pg } = await import('pg');
  let proc: ChildProcess;
  const launch = async () => {
    const [c2, a2] = wrap(postgres, ['-D', data, '-p', String(port), '-k', dir, '-h', '127.0.0.1', '-F', '-c', 'max_connections=50']);
    proc = spawn(c2, a2, { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      const client = new pg.Client({ connectionString: url });
      client.on('error', () => undefined);
      try {
        await client.connect();
        await client.end();
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error('PostgreSQL did not accept connections within 10 s');
  };
  // Signals the postmaster itself (runuser may not pass signals on): SIGINT = fast shutdown, SIGQUIT = immediate.
  const signal = async (sig: NodeJS.Signals) => {
    const exited = new Promise((r) => (proc.exitCode !== null || proc.signalCode !== null ? r(undefined) : proc.once('exit', r)));
    try {
      const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
      if (pid > 0) process.kill(pid, sig);
    } catch {
      proc.kill('SIGKILL');
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  };
  try {
    await launch();
  } catch (error) {
    proc!.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    return missing(String(error));
  }
  return {
    url,
    async stop() {
      await signal('SIGQUIT');
      rmSync(dir, { recursive: true, force: true });
    },
    outage: {
      async terminateConnections() {
        const admin = new pg.Client({ connectionString: url });
        admin.on('error', () => undefined);
        await admin.connect();
        try {
          const { rows } = await admin.query(
            `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()`,
          );
          return rows.length;
        } finally {
          await admin.end();
        }
      },
      shutdown: () => signal('SIGINT'),
      startAgain: launch,
    },
  };
}
