import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context, Hono, Next } from 'hono';
import type { AppEnv } from './context.js';
import { errorBody } from './errors.js';
import { IMMUTABLE, serveFolder } from './static.js';

/**
 * The organisers' console (packages/console), a static app under `/console`:
 * - `/console/assets/…`: Vite's hashed files, immutable for a year;
 * - any other `/console` path without a file extension: the app's `index.html` (`no-cache`, so a release shows at
 *   once), which routes on the client with the History API;
 * - `/console/mail…` is left alone: the development mailbox is another handler's.
 * HTML gets the pages' strict CSP (applyPageHeaders): the app has no inline script or style.
 */
export function mountConsole(app: Hono<AppEnv>, appDir: string | undefined): void {
  const missingMessage = `The console has not been built (looked in ${appDir ?? 'packages/console/dist/app'}). Run: npm run build`;
  const assets = appDir
    ? serveFolder({ root: join(appDir, 'assets'), prefix: '/console/assets/', cacheControl: IMMUTABLE, missingMessage })
    : undefined;
  const index = appDir
    ? serveFolder({ root: appDir, prefix: '/console/', file: 'index.html', cacheControl: 'no-cache', missingMessage })
    : undefined;

  const handler = async (c: Context<AppEnv>, next: Next) => {
    const path = c.req.path;
    if (path === '/console/mail' || path.startsWith('/console/mail/')) return next();
    if (!assets || !index || !appDir || !existsSync(join(appDir, 'index.html'))) {
      c.set('route', 'GET /console/*');
      return c.json(errorBody('not_found', missingMessage), 404);
    }
    if (path.startsWith('/console/assets/')) return assets(c);
    // A missing file (an address with an extension) is a 404, not the app: a stale asset link must not get HTML.
    const last = path.slice(path.lastIndexOf('/') + 1);
    if (/\.[A-Za-z0-9]+$/.test(last)) return c.json(errorBody('not_found', 'There is nothing at this address.'), 404);
    const response = index(c);
    c.set('route', 'GET /console/*');
    return response;
  };
  app.get('/console', handler);
  app.get('/console/*', handler);
}

/**
 * The console app the build copied into this package (`dist/console/`, see scripts/copy-example.mjs), so a server
 * installed from npm serves it without the (private) console package; `undefined` when absent. The same folder is
 * found from `src/` (tests) and from `dist/`.
 */
export function consoleAppDir(): string | undefined {
  const dir = fileURLToPath(new URL('../../dist/console/', import.meta.url));
  return existsSync(join(dir, 'index.html')) ? dir.replace(/[/\\]$/, '') : undefined;
}
