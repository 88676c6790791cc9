import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Context, Hono } from 'hono';
import type { AppEnv } from './context.js';
import { errorBody } from './errors.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};

export interface StaticOptions {
  /** Folder to serve; may not exist yet (then every request gets `missingMessage`). */
  readonly root: string;
  /** URL prefix that maps to `root`, e.g. `/cdn/` or `/`. */
  readonly prefix: string;
  readonly missingMessage: string;
  /** `Cache-Control` of every file, or per file (given its path below `root`, e.g. `core-BoqVJGc7.js`). */
  readonly cacheControl: string | ((rel: string) => string);
  /** Cross-origin pages load the widget bundle as an ES module, which needs CORS. */
  readonly cors?: boolean;
  /**
   * Serve `<file>.br` / `<file>.gz` written next to a file at build time (packages/widgets/vite.config.ts) to clients
   * whose `Accept-Encoding` takes them: brotli first, then gzip, else the file itself. Always `Vary: Accept-Encoding`.
   */
  readonly precompressed?: boolean;
  /** The file to serve, below `root`, when it is not the request path after `prefix` (an app's `index.html`). */
  readonly file?: string;
}

/** Encodings we may find precompressed next to a file, best first. */
const ENCODINGS = [
  { name: 'br', ext: '.br' },
  { name: 'gzip', ext: '.gz' },
] as const;

/**
 * The q-value a client gives an encoding in `Accept-Encoding` (RFC 9110 §12.5.3): its own entry, else `*`, else 0.
 * `identity` is always acceptable unless refused, which we do not need to model: we fall back to it.
 */
export function acceptsEncoding(header: string | undefined, encoding: string): boolean {
  if (!header) return false;
  let own: number | undefined;
  let wildcard: number | undefined;
  for (const part of header.split(',')) {
    const [token = '', ...params] = part.trim().split(';');
    const name = token.trim().toLowerCase();
    const qParam = params.map((p) => p.trim()).find((p) => /^q=/i.test(p));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    const value = Number.isFinite(q) ? q : 0;
    if (name === encoding) own = value;
    else if (name === '*') wildcard = value;
  }
  return (own ?? wildcard ?? 0) > 0;
}

/** Strong validators per file content, so a rebuilt file gets a new one; keyed by path, size and mtime. */
const etags = new Map<string, { key: string; tag: string }>();
function etagOf(file: string, size: number, mtimeMs: number): string {
  const key = `${size}:${mtimeMs}`;
  const known = etags.get(file);
  if (known?.key === key) return known.tag;
  const tag = createHash('sha256').update(readFileSync(file)).digest('base64url').slice(0, 27);
  etags.set(file, { key, tag });
  return tag;
}

/** Does `If-None-Match` name this representation (weak comparison, RFC 9110 §13.1.2)? */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => bare(t) === etag);
}

/** A small, safe static handler: no directory listing, no dot-files, nothing outside `root`. */
export function serveFolder(options: StaticOptions) {
  const root = resolve(options.root);
  const cacheControlFor = typeof options.cacheControl === 'string' ? () => options.cacheControl as string : options.cacheControl;
  return (c: Context<AppEnv>): Response => {
    c.set('route', `GET ${options.prefix}*`);
    const notFound = (message: string) => c.json(errorBody('not_found', message), 404);
    if (!existsSync(root)) return notFound(options.missingMessage);
    let rel: string;
    try {
      rel = options.file ?? decodeURIComponent(c.req.path.slice(options.prefix.length));
    } catch {
      return notFound('There is nothing at this address.');
    }
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    if (rel.includes('\0') || rel.split('/').some((part) => part.startsWith('.'))) return notFound('There is nothing at this address.');
    const file = resolve(root, rel);
    if (file !== root && !file.startsWith(root + sep)) return notFound('There is nothing at this address.');
    let size: number;
    let mtimeMs: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return notFound('There is nothing at this address.');
      size = stat.size;
      mtimeMs = stat.mtimeMs;
    } catch {
      return notFound('There is nothing at this address.');
    }
    // The representation to send: a precompressed sibling the client accepts, else the file itself.
    let served = file;
    let encoding: string | undefined;
    if (options.precompressed) {
      const accept = c.req.header('accept-encoding');
      for (const { name, ext } of ENCODINGS) {
        if (!acceptsEncoding(accept, name)) continue;
        try {
          const stat = statSync(file + ext);
          if (!stat.isFile()) continue;
          served = file + ext;
          encoding = name;
          size = stat.size;
          mtimeMs = stat.mtimeMs;
          break;
        } catch {
          // not precompressed in this encoding
        }
      }
    }
    // Strong ETag of the bytes sent: each encoding is its own representation with its own tag.
    const etag = `"${etagOf(served, size, mtimeMs)}"`;
    const headers: Record<string, string> = {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': cacheControlFor(rel),
      ETag: etag,
    };
    if (options.precompressed) headers.Vary = 'Accept-Encoding';
    if (options.cors) headers['Access-Control-Allow-Origin'] = '*';
    if (matches(c.req.header('if-none-match'), etag)) return new Response(null, { status: 304, headers });
    headers['Content-Length'] = String(size);
    if (encoding) headers['Content-Encoding'] = encoding;
    if (c.req.method === 'HEAD') return new Response(null, { status: 200, headers });
    const body = Readable.toWeb(createReadStream(served)) as ReadableStream<Uint8Array>;
    return new Response(body, { status: 200, headers });
  };
}

/** Hashed chunk names from the widgets build (`core-BoqVJGc7.js`, `find-your-constituency.pl-CI2O2BwK.js`). */
const HASHED = /-[A-Za-z0-9_-]{8}\.js$/;

/** A year, as long as `max-age` usefully goes: the content of a hashed or versioned file never changes. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The moving loader (`/cdn/widgets.js`) and anything unhashed: short, so a release reaches partner pages within minutes. */
export const SHORT_LIVED = 'public, max-age=300';

/**
 * The widgets' version as built: `integrity.json` (written by the widgets build next to the bundle), else the
 * package.json above `dist/cdn`. `undefined` when neither is there (nothing built yet).
 */
export function builtWidgetsVersion(cdnDir: string): string | undefined {
  for (const file of [join(cdnDir, 'integrity.json'), join(cdnDir, '..', '..', 'package.json')]) {
    try {
      const { version } = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
      if (typeof version === 'string' && /^\d+\.\d+\.\d+(?:-[\w.]+)?$/.test(version)) return version;
    } catch {
      // not there (yet): try the next
    }
  }
  return undefined;
}

/**
 * Mounts the script-tag bundle:
 * - `/cdn/v<version>/…`: the bundle of this version, every file immutable, so a page can pin the loader with
 *   Subresource Integrity (docs/embedding.md). Its chunks resolve under the same versioned path.
 * - `/cdn/…`: the moving loader `widgets.js` (short-lived, so partners get fixes) and the hashed chunks (immutable).
 * Both send precompressed `.br`/`.gz` files when the client takes them, with strong ETags.
 */
export function mountCdn(app: Hono<AppEnv>, cdnDir: string, version: string | undefined = builtWidgetsVersion(cdnDir)): void {
  const missingMessage = `The widgets bundle has not been built (looked in ${cdnDir}). Run: npm run build -w packages/widgets`;
  if (version !== undefined) {
    const prefix = `/cdn/v${version}/`;
    app.get(`${prefix}*`, serveFolder({ root: cdnDir, prefix, cors: true, precompressed: true, cacheControl: IMMUTABLE, missingMessage }));
  }
  app.get(
    '/cdn/*',
    serveFolder({
      root: cdnDir,
      prefix: '/cdn/',
      cors: true,
      precompressed: true,
      cacheControl: (rel) => (HASHED.test(rel) ? IMMUTABLE : SHORT_LIVED),
      missingMessage,
    }),
  );
}

/** The monorepo root: the nearest folder above `from` whose package.json declares workspaces. */
export function findRepoRoot(from: string = process.cwd()): string | undefined {
  let dir = resolve(from);
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        const json = JSON.parse(readFileSync(pkg, 'utf8')) as { workspaces?: unknown };
        if (json.workspaces) return dir;
      } catch {
        // not JSON: keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** `dist/cdn/` of the widgets package, found through module resolution or, failing that, the repo layout. */
export function widgetsCdnDir(repoRoot: string | undefined): string {
  try {
    const pkg = fileURLToPath(import.meta.resolve('@solidarity-widgets/widgets/package.json'));
    return join(dirname(pkg), 'dist', 'cdn');
  } catch {
    return join(repoRoot ?? process.cwd(), 'packages', 'widgets', 'dist', 'cdn');
  }
}
