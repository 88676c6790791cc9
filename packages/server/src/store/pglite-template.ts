import { PGlite } from '@electric-sql/pglite';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
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
 * Starts a new database in `dir` from the template: unpacks its files there, so PGlite opens them as an existing
 * database. Returns false (and leaves `dir` alone) when `dir` is not an empty folder, no template was built, or it was
 * built by another PGlite version; PGlite then creates the database as before.
 *
 * Unpacked here with node:zlib and node:fs rather than through PGlite's `loadDataDir`, which unpacks in JavaScript
 * into its virtual file system: that took most of the time saved. The files go to a sibling folder first and are
 * renamed into place, so an interrupted start never leaves half a database behind.
 */
export function unpackTemplate(dir: string, file: string = TEMPLATE_FILE): boolean {
  if (!existsSync(file) || !existsSync(templateMetaFile(file))) return false;
  if (existsSync(dir) && readdirSync(dir).length > 0) return false;
  const meta = JSON.parse(readFileSync(templateMetaFile(file), 'utf8')) as TemplateMeta;
  if (meta.pglite !== pgliteVersion()) return false;
  const staging = `${dir}.new`;
  rmSync(staging, { recursive: true, force: true });
  untar(gunzipSync(readFileSync(file)), staging);
  if (existsSync(dir)) rmdirSync(dir); // empty, checked above
  renameSync(staging, dir);
  return true;
}

/** Writes the directories and files of a ustar archive (what PGlite's `dumpDataDir` writes) below `dir`. */
function untar(tar: Buffer, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const text = (header: Buffer, start: number, length: number) => header.toString('latin1', start, start + length).replace(/\0[\s\S]*$/, '');
  const octal = (header: Buffer, start: number, length: number) => parseInt(text(header, start, length).trim() || '0', 8);
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break; // the end-of-archive blocks
    const prefix = text(header, 345, 155);
    const name = `${prefix ? `${prefix}/` : ''}${text(header, 0, 100)}`;
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156] ?? 0);
    const target = join(dir, name);
    if (!target.startsWith(dir + sep)) throw new Error(`pglite template: ${name} is outside the database folder`);
    const mode = octal(header, 100, 8) & 0o777;
    if (type === '5') mkdirSync(target, { recursive: true, mode });
    else if (type === '0' || type === '\0') {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, tar.subarray(at + 512, at + 512 + size), { mode });
      const mtime = octal(header, 136, 12);
      utimesSync(target, mtime, mtime);
    } else throw new Error(`pglite template: unexpected entry type ${JSON.stringify(type)} for ${name}`);
    at += 512 + Math.ceil(size / 512) * 512;
  }
}
