import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context, Hono } from 'hono';
import type { ServerConfig } from '../config.js';
import type { AppEnv } from '../http/context.js';
import { serveFolder, SHORT_LIVED } from '../http/static.js';

/**
 * The configurator (`/configure`): a partner picks widgets and options, sees them live and copies a snippet
 * (docs/embedding.md, "The configurator"). The element is built by the widgets package into `dist/configure/`;
 * this page gives it the server's public origin, and the widgets' version and SRI hash for the pinned script tag.
 * It is served with the pages' strict CSP (no inline script or style): see http/security-headers.ts.
 */
export interface ConfigureOptions {
  /** The widgets' `dist/cdn/` (for `integrity.json`) and `dist/configure/` (the configurator's module). */
  readonly cdnDir: string;
  readonly configureDir: string;
}

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

/** `{ version, integrity }` of the built loader, or nothing when the bundle was built without it. */
function pinned(cdnDir: string): { version?: string; integrity?: string } {
  try {
    const json = JSON.parse(readFileSync(join(cdnDir, 'integrity.json'), 'utf8')) as { version?: unknown; integrity?: unknown };
    if (typeof json.version === 'string' && typeof json.integrity === 'string') return { version: json.version, integrity: json.integrity };
  } catch {
    // not built with integrity.json: the snippet uses the moving loader
  }
  return {};
}

export function configureRoutes(app: Hono<AppEnv>, config: Pick<ServerConfig, 'publicUrl'>, options: ConfigureOptions): void {
  const page = (origin: string) => {
    const { version, integrity } = pinned(options.cdnDir);
    const attrs = [`api-origin="${escapeHtml(origin)}"`, ...(version && integrity ? [`version="${escapeHtml(version)}"`, `integrity="${escapeHtml(integrity)}"`] : [])];
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Configure the Solidarity Widgets</title>
<link rel="icon" href="data:,">
<script type="module" src="/cdn/widgets.js"></script>
<script type="module" src="/configure/configurator.js"></script>
</head>
<body>
<main>
<h1>Configure the Solidarity Widgets</h1>
<p>Choose widgets and options, try them in the preview, then copy the snippet for your site.
Every option is described in the project's embedding guide (docs/embedding.md).</p>
<solidarity-configurator ${attrs.join(' ')}></solidarity-configurator>
</main>
</body>
</html>
`;
  };
  const handler = (c: Context<AppEnv>) => {
    c.set('route', 'GET /configure');
    const origin = config.publicUrl ?? new URL(c.req.url).origin;
    return c.body(page(origin), 200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
  };
  app.get('/configure', handler);
  app.get('/configure/', handler);
  app.get(
    '/configure/*',
    serveFolder({
      root: options.configureDir,
      prefix: '/configure/',
      cacheControl: SHORT_LIVED,
      missingMessage: `The configurator has not been built (looked in ${options.configureDir}). Run: npm run build -w packages/widgets`,
    }),
  );
}
