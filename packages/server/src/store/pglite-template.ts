import { PGlite } from '@electric-sql/pglite';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { migrate } from './migrate.js';
import { storeOf } from './pglite.js';

/**
 * A new PGlite database, already created and migrated, built once by `npm run build` (scripts/build-pglite-template.mjs)
 * and unpacked on the first start on a new `.data/` instead of creating the database there (issue 17: PGlite's
 * `initdb` was most of the first start, ~3 s on an idle machine). It holds the schema only: no secret, no token, no
 * demo data (those are written at start, as before), so every install may share it.
 *
 * It lives in `packages/server/generated/`, outside `dist/`: ~5 MB is not worth shipping in the npm package, whose
 * first start creates the database as before. It is only used when it was built with the same PGlite version.
 */
export const TEMPLATE_FILE = fileURLToPath(new URL('../../generated/pglite-template.tar.gz', import.meta.url));
/** What is in a template (next to it, `.json` for `.tar.gz`). */
export const templateMetaFile = (file: string): string => file.replace(/\.tar\.gz$/, '.json');

interface TemplateMeta {
  /** The PGlite version that wrote it: another may not read its files. */
  readonly pglite: string;
  /** The migrations already applied in it. */
  readonly migrations: readonly number[];
}

/** The installed PGlite's version. */
export function pgliteVersion(): string {
  const pkg = new URL('../package.json', import.meta.resolve('@electric-sql/pglite'));
  return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
}

/** Creates and migrates a database in memory and returns its files (gzip of a tar) and what is in them. */
export async function buildPgliteTemplate(): Promise<{ archive: Buffer; meta: TemplateMeta }> {
  const db = new PGlite('memory://');
  await db.waitReady;
  try {
    const migrations = await migrate(storeOf(db));
    // Everything on disk (not only in the WAL), so the files start as a cleanly stopped database would.
    await db.query('CHECKPOINT');
    const tar = Buffer.from(await (await db.dumpDataDir('none')).arrayBuffer());
    return { archive: gzipSync(tar, { level: constants.Z_BEST_COMPRESSION }), meta: { pglite: pgliteVersion(), migrations } };
  } finally {
    await db.close();
  }
}

/**
 * The template's files (an uncompressed tar, what PGlite's `loadDataDir` takes) for a new database in `dir`, or
 * undefined: the database exists already, no template was built, or it was built by another PGlite version.
 * Unpacked here with node:zlib (native), which is much faster than PGlite's own gunzip in JavaScript.
 */
export function templateFor(dir: string, file: string = TEMPLATE_FILE): Blob | undefined {
  if (existsSync(join(dir, 'PG_VERSION')) || !existsSync(file) || !existsSync(templateMetaFile(file))) return undefined;
  const meta = JSON.parse(readFileSync(templateMetaFile(file), 'utf8')) as TemplateMeta;
  if (meta.pglite !== pgliteVersion()) return undefined;
  return new Blob([gunzipSync(readFileSync(file))]);
}
