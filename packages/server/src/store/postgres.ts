import pg from 'pg';
import type { Queryable, QueryResult, Store } from './types.js';

interface PgQueryable {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

function adapt(client: PgQueryable): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const result = await client.query(sql, [...params]);
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? result.rows.length };
    },
  };
}

/** A PostgreSQL server through a connection pool; every API instance can share it. */
export async function openPostgres(databaseUrl: string, options: { max?: number } = {}): Promise<Store> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.max ?? 10 });
  // Fail fast on a wrong URL rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  const root = adapt(pool);
  return {
    kind: 'postgres',
    query: root.query,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(adapt(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
