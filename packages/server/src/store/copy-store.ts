import type { Queryable, Store } from './types.js';

/** Tables that triggers keep in step with others (migrations 0008, 0017): rebuilt by the copy's inserts, never copied. */
const DERIVED = new Set(['wall_totals', 'wall_countries', 'canvass_session_counts']);
/** The migration bookkeeping: the target has run the same migrations itself. */
const OWN = new Set(['schema_migrations']);
const BATCH = 500;

export interface CopyReport {
  readonly tables: ReadonlyArray<{ readonly table: string; readonly rows: number }>;
}

async function tables(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  return rows.map((r) => r.name).filter((t) => !DERIVED.has(t) && !OWN.has(t));
}

/** Parents before children, so foreign keys hold at every insert. */
async function inDependencyOrder(db: Queryable, names: readonly string[]): Promise<string[]> {
  const { rows } = await db.query<{ child: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
     FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
     WHERE c.contype = 'f' AND n.nspname = 'public'`,
  );
  const parents = new Map<string, Set<string>>(names.map((n) => [n, new Set<string>()]));
  for (const r of rows) if (r.child !== r.parent) parents.get(r.child)?.add(r.parent);
  const ordered: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (ordered.includes(name) || path.has(name)) return;
    path.add(name);
    for (const p of parents.get(name) ?? []) if (parents.has(p)) visit(p, path);
    ordered.push(name);
  };
  for (const name of names) visit(name, new Set());
  return ordered;
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * Copies every row of `from` (an embedded PGlite store) into `to` (a PostgreSQL store on the same migrations), in one
 * transaction on the target: it all arrives or nothing does. Refuses a target that already holds data, so a copy
 * never merges two campaigns' records. Rows travel as JSON and are typed by the target's own columns
 * (`json_populate_recordset`), so arrays, jsonb, timestamps and uuids arrive as they were.
 */
export async function copyStore(from: Store, to: Store): Promise<CopyReport> {
  const source = await tables(from);
  const target = new Set(await tables(to));
  const missing = source.filter((t) => !target.has(t));
  if (missing.length > 0) throw new Error(`The target database lacks tables ${missing.join(', ')}: run the same version of the server on both.`);
  const [fromVersion, toVersion] = await Promise.all(
    [from, to].map(async (db) => (await db.query<{ id: number }>('SELECT max(id)::int AS id FROM schema_migrations')).rows[0]?.id ?? 0),
  );
  if (fromVersion !== toVersion) throw new Error(`The databases are at different migrations (${fromVersion} and ${toVersion}): run the same version of the server on both.`);
  for (const table of source) {
    const { rows } = await to.query<{ one: number }>(`SELECT 1 AS one FROM ${quote(table)} LIMIT 1`);
    if (rows.length > 0) throw new Error(`The target database already has data in ${table}: copy into an empty database only.`);
  }
  const order = await inDependencyOrder(from, source);
  const report: Array<{ table: string; rows: number }> = [];
  await to.transaction(async (tx) => {
    for (const table of order) {
      let copied = 0;
      // Keyset-free paging by ctid keeps memory flat on large tables without needing to know each table's key.
      for (let offset = 0; ; offset += BATCH) {
        const { rows } = await from.query<Record<string, unknown>>(`SELECT * FROM ${quote(table)} ORDER BY ctid LIMIT ${BATCH} OFFSET ${offset}`);
        if (rows.length === 0) break;
        await tx.query(`INSERT INTO ${quote(table)} SELECT * FROM json_populate_recordset(NULL::${quote(table)}, $1::json)`, [JSON.stringify(rows)]);
        copied += rows.length;
        if (rows.length < BATCH) break;
      }
      report.push({ table, rows: copied });
    }
  });
  return { tables: report };
}
