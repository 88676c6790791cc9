import { migrations as allMigrations, type Migration } from './migrations/index.js';
import type { Store } from './types.js';

const LOCK_ID = 727274;

/** Applies pending migrations, each in its own transaction. Safe to run from several instances at once. */
export async function migrate(store: Store, migrations: readonly Migration[] = allMigrations): Promise<number[]> {
  // Fast path for every start after the first: nothing to do, no locks taken.
  const exists = await store.query<{ t: string | null }>(`SELECT to_regclass('schema_migrations')::text AS t`);
  if (exists.rows[0]?.t) {
    const done = await store.query<{ id: number }>('SELECT id FROM schema_migrations');
    const ids = new Set(done.rows.map((r) => Number(r.id)));
    if (migrations.every((m) => ids.has(m.id))) return [];
  }
  await store.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${LOCK_ID})`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
        id integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
  });
  const applied: number[] = [];
  for (const migration of migrations) {
    const done = await store.transaction(async (tx) => {
      // Serialises concurrent migrators (several instances starting together on PostgreSQL).
      await tx.query(`SELECT pg_advisory_xact_lock(${LOCK_ID})`);
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE id = $1', [migration.id]);
      if (seen.rows.length > 0) return false;
      for (const sql of migration.statements) await tx.query(sql);
      await tx.query('INSERT INTO schema_migrations (id, name) VALUES ($1, $2)', [migration.id, migration.name]);
      return true;
    });
    if (done) applied.push(migration.id);
  }
  return applied;
}
