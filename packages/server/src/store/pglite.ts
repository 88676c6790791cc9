import { PGlite } from '@electric-sql/pglite';
import { StoreUnavailableError } from './errors.js';
import type { Queryable, QueryResult, Store } from './types.js';

interface PgliteQueryable {
  query<Row>(sql: string, params?: unknown[]): Promise<{ rows: Row[]; affectedRows?: number }>;
}

/**
 * A closed or crashed embedded database (its WebAssembly instance aborted) cannot answer again until the
 * process restarts: that is an outage (503), not a fault in the request. SQL errors carry a SQLSTATE
 * `code` and stay what they are.
 */
function mapError(db: PGlite, error: unknown): unknown {
  if (error instanceof StoreUnavailableError) return error;
  if (db.closed || (error instanceof Error && error.name === 'RuntimeError')) return new StoreUnavailableError(error);
  return error;
}

function adapt(db: PGlite, q: PgliteQueryable): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      try {
        const result = await q.query<Row>(sql, [...params]);
        return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
      } catch (error) {
        throw mapError(db, error);
      }
    },
  };
}

/**
 * Embedded PostgreSQL (WebAssembly). `dataDir` is a folder on disk, or `memory://` for tests.
 * One process only: PGlite cannot share its folder with a second process.
 */
export async function openPglite(dataDir: string): Promise<Store> {
  const db = new PGlite(dataDir);
  await db.waitReady;
  return storeOf(db);
}

/** A Store over an open PGlite database. */
export function storeOf(db: PGlite): Store {
  const root = adapt(db, db);
  return {
    kind: 'pglite',
    query: root.query,
    async ping() {
      await root.query('SELECT 1');
    },
    async transaction(fn) {
      try {
        return await db.transaction((tx) => fn(adapt(db, tx)));
      } catch (error) {
        throw mapError(db, error);
      }
    },
    close: () => db.close(),
  };
}
