import pg from 'pg';
import { StoreUnavailableError, unavailableOr } from './errors.js';
import type { Queryable, QueryOptions, QueryResult, Store } from './types.js';

interface PgQueryable {
  query(sql: string | { name: string; text: string; values: unknown[] }, params?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

function adapt(client: PgQueryable): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = [], options?: QueryOptions): Promise<QueryResult<Row>> {
      try {
        // A named statement is parsed and planned once per connection (node-postgres remembers which it prepared).
        const result = options?.name === undefined
          ? await client.query(sql, [...params])
          : await client.query({ name: options.name, text: sql, values: [...params] });
        return { rows: result.rows as Row[], rowCount: result.rowCount ?? result.rows.length };
      } catch (error) {
        throw unavailableOr(error);
      }
    },
  };
}

export interface PostgresOptions {
  readonly max?: number;
  /**
   * Told about connection errors that happen outside any request (an idle connection cut by a server
   * restart or `pg_terminate_backend`). Without a listener node-postgres would crash the process.
   */
  readonly onConnectionError?: (error: Error) => void;
  /** How long a request waits for a connection before it is answered 503 (default 5000 ms). */
  readonly connectTimeoutMs?: number;
}

/**
 * A PostgreSQL server through a connection pool; every API instance can share it. Survives the server
 * restarting: broken connections are dropped from the pool, calls made while it is down fail with
 * StoreUnavailableError (503), and new connections are made once it is back.
 */
export async function openPostgres(databaseUrl: string, options: PostgresOptions = {}): Promise<Store> {
  const onConnectionError = options.onConnectionError ?? (() => undefined);
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
  });
  // Idle clients that lose their connection are removed by the pool, which then emits 'error' here.
  pool.on('error', (error) => onConnectionError(error));
  // Fail fast on a wrong URL rather than on the first request.
  try {
    const probe = await pool.connect();
    probe.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw unavailableOr(error);
  }
  const root = adapt(pool);
  return {
    kind: 'postgres',
    query: root.query,
    async ping() {
      await root.query('SELECT 1');
    },
    async transaction(fn) {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw unavailableOr(error);
      }
      // A checked-out client has no listener of the pool's: a connection cut mid-transaction would
      // otherwise be an unhandled 'error' event. The pending query rejects on its own.
      let broken: Error | undefined;
      const onError = (error: Error) => {
        broken = error;
        onConnectionError(error);
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await fn(adapt(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        const mapped = unavailableOr(error);
        if (mapped instanceof StoreUnavailableError) broken ??= mapped;
        else await client.query('ROLLBACK').catch(() => undefined);
        throw mapped;
      } finally {
        client.removeListener('error', onError);
        // Passing the error destroys the connection instead of returning a dead one to the pool.
        client.release(broken);
      }
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => pool.end(),
  };
}
