import { routes } from '@solidarity-widgets/contract';
import { openApiDocument } from '@solidarity-widgets/contract/openapi';
import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/context.js';
import { ApiError, RETRY_AFTER_S } from '../http/errors.js';
import { isConnectionError } from '../store/errors.js';
import { mount } from './mount.js';

export function metaRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  mount(app, deps, routes.health, async () => {
    // Load balancers and monitors read the status: 503 while the database cannot be reached.
    try {
      await deps.store.ping();
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      throw new ApiError(
        'service_unavailable',
        'The database is unavailable: postcode lookups still answer, sign-ups and messages cannot be stored until it is back.',
        { status: 'degraded', database: 'unavailable', store: deps.store.kind, retryAfter: RETRY_AFTER_S },
        { 'Retry-After': String(RETRY_AFTER_S) },
      );
    }
    const { factsCurrentTo } = await deps.partyChanges.overlay();
    return {
      body: { status: 'ok' as const, version: deps.config.version, store: deps.store.kind, dataCurrentTo: deps.data.dataCurrentTo, factsCurrentTo },
    };
  });

  // The document describes the table above; it is not itself one of its routes.
  let doc: Record<string, unknown> | undefined;
  app.get('/v1/openapi.json', (c) => {
    c.set('route', 'GET /v1/openapi.json');
    doc ??= openApiDocument({ version: deps.config.version });
    const origin = new URL(c.req.url).origin;
    return c.json({ ...doc, servers: [{ url: origin }] }, 200, { 'Cache-Control': 'public, max-age=300' });
  });
}
