import { describe, expect, it } from 'vitest';
import { PARTNER_ORIGIN, messageBody, setup } from '../testing/harness.js';
import { deferredStore } from './deferred.js';
import { StoreUnavailableError } from './errors.js';

describe('an embedded database that is gone answers 503, not 500', () => {
  it('closed PGlite: health is degraded, writes and reads that need it get 503 service_unavailable with Retry-After', async () => {
    const h = await setup();
    await h.store.close();
    const health = await h.call('GET', '/v1/health');
    expect(health.status).toBe(503);
    expect(health.json.error).toMatchObject({ code: 'service_unavailable', details: { status: 'degraded', database: 'unavailable', store: 'pglite' } });
    expect(Number(health.headers.get('retry-after'))).toBeGreaterThan(0);

    const write = await h.call('POST', '/v1/solidarity-messages', { origin: PARTNER_ORIGIN, body: messageBody() });
    expect(write.status).toBe(503);
    expect(write.json.error.code).toBe('service_unavailable');
    expect(write.headers.get('retry-after')).toBe('5');
    expect((await h.call('GET', '/v1/canvass-sessions')).status).toBe(503);
    // A lookup needs no database.
    expect((await h.call('GET', '/v1/postcodes/SE13%206')).status).toBe(200);
  });

  it('a database that failed to open: calls fail as unavailable; while it is still opening health does not wait', async () => {
    const failed = deferredStore('pglite', Promise.reject(new Error('disk full')));
    await expect(failed.query('SELECT 1')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(failed.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    const opening = deferredStore('pglite', new Promise(() => undefined));
    await expect(opening.ping()).resolves.toBeUndefined();
  });
});
