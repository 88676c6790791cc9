import { errorMeaning, errorStatus, routes, type ErrorCode, type RouteDef } from '@solidarity-widgets/contract';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/context.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A plain, script-free HTML reference generated from the route table (the OpenAPI document is the machine version). */
export function renderDocs(): string {
  const rows = (Object.entries(routes) as [string, RouteDef][])
    .map(
      ([name, r]) =>
        `<tr><td><code>${r.method} ${esc(r.path)}</code></td><td><code>${esc(name)}</code></td><td>${esc(r.summary)}</td><td>${[r.status, ...(r.otherStatuses ?? []).map((o) => `${o.status} (${esc(o.when)})`)].join(', ')}</td>` +
        `<td>${r.auth ? 'bearer token' : 'public'}${r.idempotencyKey ? ', Idempotency-Key' : ''}</td><td>${r.errors.map((e) => `<code>${e}</code>`).join(' ') || '—'}</td></tr>`,
    )
    .join('\n');
  const errors = (Object.keys(errorStatus) as ErrorCode[])
    .map((code) => `<tr><td><code>${code}</code></td><td>${errorStatus[code]}</td><td>${esc(errorMeaning[code])}</td></tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Solidarity Widgets API v1</title></head>
<body>
<main>
<h1>Solidarity Widgets API v1</h1>
<p>Machine-readable: <a href="/v1/openapi.json">/v1/openapi.json</a> (OpenAPI 3.1). Errors always look like
<code>{"error":{"code":"…","message":"…","details":…}}</code>.</p>
<h2>Routes</h2>
<table>
<thead><tr><th scope="col">Route</th><th scope="col">Operation</th><th scope="col">What</th><th scope="col">Success</th><th scope="col">Access</th><th scope="col">Error codes</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<h2>Error codes</h2>
<table>
<thead><tr><th scope="col">Code</th><th scope="col">HTTP status</th><th scope="col">Meaning</th></tr></thead>
<tbody>
${errors}
</tbody>
</table>
</main>
</body>
</html>
`;
}

export function docsRoutes(app: Hono<AppEnv>): void {
  let html: string | undefined;
  app.get('/v1/docs', (c) => {
    c.set('route', 'GET /v1/docs');
    html ??= renderDocs();
    return c.html(html, 200, { 'Cache-Control': 'public, max-age=300' });
  });
}
