import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { makeConfig } from '../config.js';
import { deferredStore } from '../store/deferred.js';
import { migrations } from '../store/migrations/index.js';
import { expectShape, setup } from '../testing/harness.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe('liveness and readiness', () => {
  it('an open, migrated database: both answer 200 in the contract shape', async () => {
    const h = await setup();
    cleanup = h.close;
    const live = await h.call('GET', '/v1/health/live');
    expect(live.status).toBe(200);
    expect(expectShape('healthLive', live.json)).toEqual({ status: 'ok' });
    const ready = await h.call('GET', '/v1/health/ready');
    expect(ready.status).toBe(200);
    expect(expectShape('healthReady', ready.json)).toEqual({ status: 'ready', store: 'pglite', migrations: migrations.length });
  });

  it('a migration missing: not ready (503 service_unavailable with Retry-After), still live', async () => {
    const h = await setup();
    cleanup = h.close;
    await h.store.query('DELETE FROM schema_migrations WHERE id = (SELECT max(id) FROM schema_migrations)');
    const ready = await h.call('GET', '/v1/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.json).toMatchObject({ error: { code: 'service_unavailable', details: { status: 'not_ready' } } });
    expect(ready.headers.get('retry-after')).toBe('5');
    expect((await h.call('GET', '/v1/health/live')).status).toBe(200);
  });

  it('the database gone: not ready, still live', async () => {
    const h = await setup();
    await h.store.close();
    const ready = await h.call('GET', '/v1/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.json).toMatchObject({ error: { code: 'service_unavailable' } });
    expect(Number(ready.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await h.call('GET', '/v1/health/live')).status).toBe(200);
  });

  it('the database still opening: not ready at once (no waiting), while /v1/health and liveness say ok', async () => {
    const h = await setup();
    cleanup = h.close;
    const app = createApp({ store: deferredStore('pglite', new Promise(() => undefined)), data: h.data, config: makeConfig() });
    const ready = await app.request('/v1/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe('5');
    expect((await app.request('/v1/health/live')).status).toBe(200);
    expect((await app.request('/v1/health')).status).toBe(200);
  });
});
