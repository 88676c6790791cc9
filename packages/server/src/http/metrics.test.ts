import { describe, expect, it } from 'vitest';
import { housekeeping } from '../cli/start.js';
import type { Store } from '../store/types.js';
import { PARTNER_ORIGIN, makeSession, setup, signupBody } from '../testing/harness.js';
import { createMetrics } from './metrics.js';

const METRICS_TOKEN = 'scrape-token-0123456789abcdef';

describe('/metrics', () => {
  it('is refused without a token or with a wrong one, and served to the scrape token or an admin token', async () => {
    const h = await setup({ config: { metricsToken: METRICS_TOKEN } });
    try {
      const anonymous = await h.call('GET', '/metrics');
      expect(anonymous.status).toBe(401);
      expect(anonymous.json).toMatchObject({ error: { code: 'unauthorized' } });
      expect(anonymous.text).not.toContain('sw_http');
      expect((await h.call('GET', '/metrics', { token: 'not-the-scrape-token-at-all' })).status).toBe(401);
      const scraper = await h.call('GET', '/metrics', { token: METRICS_TOKEN });
      expect(scraper.status).toBe(200);
      expect(scraper.headers.get('content-type')).toContain('text/plain');
      expect((await h.call('GET', '/metrics', { token: h.adminToken })).status).toBe(200);
    } finally {
      await h.close();
    }
  });

  it('counts requests, errors and latency per route template, with no postcode or email in any label', async () => {
    const h = await setup();
    try {
      await h.call('GET', '/v1/postcodes/SE13%206');
      await h.call('GET', '/v1/postcodes/SE6%204AA');
      await h.call('GET', '/v1/postcodes/ZZ99%209ZZ');
      const sessionId = await makeSession(h.call, h.adminToken);
      const signup = await h.call('POST', '/v1/canvass-signups', { origin: PARTNER_ORIGIN, body: signupBody(sessionId, { email: 'ana.silva@example.org' }) });
      expect(signup.status).toBe(201);
      const text = (await h.call('GET', '/metrics', { token: h.adminToken })).text;
      expect(text).toContain('sw_http_requests_total{route="GET /v1/postcodes/{postcode}",status="200"} 2');
      expect(text).toContain('sw_http_requests_total{route="GET /v1/postcodes/{postcode}",status="404"} 1');
      expect(text).toContain('sw_http_request_errors_total{route="GET /v1/postcodes/{postcode}",status="404"} 1');
      expect(text).toContain('sw_http_requests_total{route="POST /v1/canvass-signups",status="201"} 1');
      expect(text).toMatch(/sw_http_request_duration_seconds_count\{route="GET \/v1\/postcodes\/\{postcode\}"\} 3/);
      expect(text).toMatch(/sw_http_request_duration_seconds_bucket\{le="0.1",route="POST \/v1\/canvass-signups"\} \d/);
      expect(text).toContain('sw_db_pool_connections{state="total"} 0');
      for (const secret of ['SE13', 'SE6', 'ZZ99', 'ana.silva', 'example.org']) expect(text).not.toContain(secret);
    } finally {
      await h.close();
    }
  });

  it('reports the database pool and housekeeping runs', async () => {
    const h = await setup();
    try {
      const pooled = { ...h.store, poolStats: () => ({ total: 7, idle: 3, waiting: 2 }) } as Store;
      const metrics = createMetrics({ store: pooled });
      await housekeeping(h.store, { metrics });
      await housekeeping(h.store, { metrics });
      const text = await metrics.registry.metrics();
      expect(text).toContain('sw_db_pool_connections{state="total"} 7');
      expect(text).toContain('sw_db_pool_connections{state="idle"} 3');
      expect(text).toContain('sw_db_pool_connections{state="waiting"} 2');
      expect(text).toContain('sw_housekeeping_runs_total{result="ok"} 2');
      expect(text).toContain('sw_housekeeping_runs_total{result="failed"} 0');
      await h.store.close();
      await expect(housekeeping(h.store, { metrics })).rejects.toThrow();
      expect(await metrics.registry.metrics()).toContain('sw_housekeeping_runs_total{result="failed"} 1');
    } finally {
      await h.close().catch(() => undefined);
    }
  });
});
