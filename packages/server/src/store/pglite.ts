import { PGlite } from '@electric-sql/pglite';
import type { Queryable, QueryResult, Store } from './types.js';

interface PgliteQueryable {
  query<Row>(sql: string, params?: unknown[]): Promise<{ rows: Row[]; affectedRows?: number }>;
}

function adapt(db: PgliteQueryable): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const result = await db.query<Row>(sql, [...params]);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
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
  const root = adapt(db);
  return {
    kind: 'pglite',
    query: root.query,
    transaction: (fn) => db.transaction((tx) => fn(adapt(tx))),
    close: () => db.close(),
  };
}
