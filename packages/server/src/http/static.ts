import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';
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
  readonly cacheControl: string;
  /** Cross-origin pages load the widget bundle as an ES module, which needs CORS. */
  readonly cors?: boolean;
}

/** A small, safe static handler: no directory listing, no dot-files, nothing outside `root`. */
export function serveFolder(options: StaticOptions) {
  const root = resolve(options.root);
  return (c: Context<AppEnv>): Response => {
    c.set('route', `GET ${options.prefix}*`);
    const notFound = (message: string) => c.json(errorBody('not_found', message), 404);
    if (!existsSync(root)) return notFound(options.missingMessage);
    let rel: string;
    try {
      rel = decodeURIComponent(c.req.path.slice(options.prefix.length));
    } catch {
      return notFound('There is nothing at this address.');
    }
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    if (rel.includes('\0') || rel.split('/').some((part) => part.startsWith('.'))) return notFound('There is nothing at this address.');
    const file = resolve(root, rel);
    if (file !== root && !file.startsWith(root + sep)) return notFound('There is nothing at this address.');
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return notFound('There is nothing at this address.');
      size = stat.size;
    } catch {
      return notFound('There is nothing at this address.');
    }
    const headers: Record<string, string> = {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': String(size),
      'Cache-Control': options.cacheControl,
    };
    if (options.cors) headers['Access-Control-Allow-Origin'] = '*';
    if (c.req.method === 'HEAD') return new Response(null, { status: 200, headers });
    const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
    return new Response(body, { status: 200, headers });
  };
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
