import { routes } from '@solidarity-widgets/contract';
import { openApiDocument } from '@solidarity-widgets/contract/openapi';
import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/context.js';
import { mount } from './mount.js';

export function metaRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  mount(app, deps, routes.health, async () => ({
    body: { status: 'ok' as const, version: deps.config.version, store: deps.store.kind, dataCurrentTo: deps.data.dataCurrentTo },
  }));

  // The document describes the table above; it is not itself one of its routes.
  let doc: Record<string, unknown> | undefined;
  app.get('/v1/openapi.json', (c) => {
    c.set('route', 'GET /v1/openapi.json');
    doc ??= openApiDocument({ version: deps.config.version });
    const origin = new URL(c.req.url).origin;
    return c.json({ ...doc, servers: [{ url: origin }] }, 200, { 'Cache-Control': 'public, max-age=300' });
  });
}
