import { routes } from '@solidarity-widgets/contract';
import { openApiDocument } from '@solidarity-widgets/contract/openapi';
import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/context.js';
import { ApiError, RETRY_AFTER_S } from '../http/errors.js';
import { migrations as allMigrations } from '../store/migrations/index.js';
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

  // Liveness touches nothing but the process: a database outage must not make an orchestrator restart every instance.
  mount(app, deps, routes.healthLive, async () => ({ body: { status: 'ok' as const } }));

  // Readiness: traffic only once this instance can serve writes. Unlike /v1/health, which answers 200 while the
  // embedded database is still opening (lookups already work), this waits for the database and its migrations.
  mount(app, deps, routes.healthReady, async () => {
    const notReady = (why: string) =>
      new ApiError('service_unavailable', `Not ready: ${why}.`, { status: 'not_ready', store: deps.store.kind, retryAfter: RETRY_AFTER_S }, { 'Retry-After': String(RETRY_AFTER_S) });
    if (deps.store.opening?.()) throw notReady('the database is still opening');
    let applied: number;
    try {
      const { rows } = await deps.store.query<{ n: number }>(`SELECT count(*)::int AS n FROM schema_migrations`);
      applied = rows[0]?.n ?? 0;
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      throw notReady('the database is unavailable');
    }
    if (applied < allMigrations.length) throw notReady('migrations have not all run');
    return { body: { status: 'ready' as const, store: deps.store.kind, migrations: applied } };
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
