import { PGlite } from '@electric-sql/pglite';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from './migrate.js';
import { openStore } from './open.js';
import { storeOf } from './pglite.js';
import { buildPgliteTemplate, pgliteVersion, templateMetaFile } from './pglite-template.js';
import type { Store } from './types.js';

// Issue 17: the first start on a new .data/ spent most of its time in PGlite creating the database. A new database
// now starts from a template built once by `npm run build`; it must be the very database a first start creates.

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sw-template-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a template (and its .json) built like buildPgliteTemplate's, with a marker table to tell it was used. */
async function markedTemplate(name: string, pglite = pgliteVersion()): Promise<string> {
  const db = new PGlite('memory://');
  await db.waitReady;
  const migrations = await migrate(storeOf(db));
  await db.query('CREATE TABLE template_marker (id int)');
  await db.query('CHECKPOINT');
  const tar = Buffer.from(await (await db.dumpDataDir('none')).arrayBuffer());
  await db.close();
  const file = join(dir, `${name}.tar.gz`);
  writeFileSync(file, gzipSync(tar));
  writeFileSync(templateMetaFile(file), JSON.stringify({ pglite, migrations }));
  return file;
}

/** Everything about a database's schema a server relies on, in a comparable form. */
async function schemaOf(store: Store) {
  const rows = async (sql: string) => (await store.query<Record<string, unknown>>(sql)).rows.map((r) => JSON.stringify(r));
  return {
    columns: await rows(`SELECT table_name, column_name, data_type, column_default, is_nullable FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> 'template_marker' ORDER BY table_name, column_name`),
    indexes: await rows(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`),
    constraints: await rows(`SELECT conrelid::regclass::text AS t, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE connamespace = 'public'::regnamespace ORDER BY t, conname`),
    functions: await rows(`SELECT proname, pg_get_functiondef(oid) AS def FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY proname`),
    triggers: await rows(`SELECT tgname, pg_get_triggerdef(oid) AS def FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname`),
    migrations: await rows(`SELECT id, name FROM schema_migrations ORDER BY id`),
    database: await rows(`SELECT datcollate, datctype, pg_encoding_to_char(encoding) AS encoding FROM pg_database WHERE datname = current_database()`),
    // What initdb wrote into postgresql.conf (time zone, locale, limits): the build machine's must not leak in.
    settings: await rows(`SELECT name, setting FROM pg_settings WHERE source NOT IN ('default', 'override', 'client') ORDER BY name`),
  };
}

describe('a new .data/ starts from the PGlite template', () => {
  it('the template is what a first start creates: same schema, migrations dated from this start, then reopened as usual', async () => {
    const template = await markedTemplate('same');
    const started = new Date(Date.now() - 1000);
    const fromTemplate = await openStore({ dataDir: join(dir, 'a'), pgliteTemplate: template });
    const fromScratch = await openStore({ dataDir: join(dir, 'b'), pgliteTemplate: null });
    try {
      // It was used (the marker came with it), and nothing was created from scratch in its place.
      expect((await fromTemplate.query(`SELECT to_regclass('template_marker')::text AS t`)).rows).toEqual([{ t: 'template_marker' }]);
      expect((await fromScratch.query(`SELECT to_regclass('template_marker')::text AS t`)).rows).toEqual([{ t: null }]);
      const schema = await schemaOf(fromScratch);
      expect(schema.columns.length).toBeGreaterThan(50);
      expect(schema.indexes.length).toBeGreaterThan(10);
      expect(await schemaOf(fromTemplate)).toEqual(schema);
      const applied = await fromTemplate.query<{ applied_at: Date }>('SELECT applied_at FROM schema_migrations');
      for (const { applied_at } of applied.rows) expect(new Date(applied_at).getTime()).toBeGreaterThanOrEqual(started.getTime());
      await fromTemplate.query(`INSERT INTO template_marker VALUES (1)`);
    } finally {
      await fromTemplate.close();
      await fromScratch.close();
    }
    // An existing database is opened, never replaced by the template.
    const reopened = await openStore({ dataDir: join(dir, 'a'), pgliteTemplate: template });
    try {
      expect((await reopened.query('SELECT id FROM template_marker')).rows).toEqual([{ id: 1 }]);
    } finally {
      await reopened.close();
    }
  }, 120_000);

  it('a template from another PGlite version is not used (its files may not be readable)', async () => {
    const template = await markedTemplate('other', '0.0.1');
    const store = await openStore({ dataDir: join(dir, 'c'), pgliteTemplate: template });
    try {
      expect((await store.query(`SELECT to_regclass('template_marker')::text AS t`)).rows).toEqual([{ t: null }]);
      expect((await store.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations')).rows[0]?.n).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('buildPgliteTemplate: every migration applied, for this PGlite version', async () => {
    const { archive, meta } = await buildPgliteTemplate();
    expect(meta.pglite).toBe(pgliteVersion());
    const { migrations } = await import('./migrations/index.js');
    expect(meta.migrations).toEqual(migrations.map((m) => m.id));
    expect(archive.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b])); // gzip
  }, 120_000);
});
