import { Counter, Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { createMetrics } from './metrics.js';

const NAMES = ['sw_http_requests_total', 'sw_http_request_errors_total', 'sw_http_request_duration_seconds'] as const;

/** The request metrics as they were written with prom-client's own Counter and Histogram: what /metrics must keep showing. */
function reference() {
  const registry = new Registry();
  const requests = new Counter({ name: NAMES[0], help: 'HTTP requests answered, by route template and status.', labelNames: ['route', 'status'], registers: [registry] });
  const errors = new Counter({ name: NAMES[1], help: 'HTTP requests answered with a 4xx or 5xx status, by route template and status.', labelNames: ['route', 'status'], registers: [registry] });
  const latency = new Histogram({
    name: NAMES[2],
    help: 'Time from the request to its response, by route template.',
    labelNames: ['route'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return {
    registry,
    request(route: string, status: number, seconds: number) {
      const labels = { route, status: String(status) };
      requests.inc(labels);
      if (status >= 400) errors.inc(labels);
      latency.observe({ route }, seconds);
    },
  };
}

const LOOKUP = 'GET /v1/postcodes/{postcode}';
// Statuses and latencies across every bucket: on a bound, between bounds, above the last one, sums that do not add up exactly.
const FIRST: ReadonlyArray<readonly [string, number, number]> = [
  [LOOKUP, 200, 0.0004],
  [LOOKUP, 404, 0.001],
  ['POST /v1/canvass-signups', 201, 0.0123],
  [LOOKUP, 200, 0.1 + 0.2],
  ['unmatched', 404, 0.0025],
  ['POST /v1/canvass-signups', 500, 7.5],
  [LOOKUP, 200, 5],
  ['POST /v1/canvass-signups', 409, 0.049999],
  [LOOKUP, 200, 0.000001],
];
// After a scrape: a route first seen now, a new status on a known route, more of the known ones.
const SECOND: ReadonlyArray<readonly [string, number, number]> = [
  ['GET /v1/constituencies/{id}', 200, 0.003],
  [LOOKUP, 400, 0.0011],
  [LOOKUP, 200, 0.26],
  ['POST /v1/canvass-signups', 201, 1.7],
  ['GET /v1/constituencies/{id}', 304, 2.5],
];

async function exposition(registry: Registry): Promise<string> {
  return (await Promise.all(NAMES.map((name) => registry.getSingleMetricAsString(name)))).join('\n\n');
}

describe('request metrics', () => {
  it('/metrics shows exactly what prom-client’s own Counter and Histogram showed, before and after more requests and new routes', async () => {
    const metrics = createMetrics();
    const before = reference();
    // The fast path's way: one route's record resolved once, then used for every request.
    const lookup = metrics.route(LOOKUP);
    expect(await exposition(metrics.registry)).toBe(await exposition(before.registry));
    for (const [route, status, seconds] of FIRST) {
      if (route === LOOKUP) lookup.request(status, seconds);
      else metrics.route(route).request(status, seconds);
      before.request(route, status, seconds);
    }
    const first = await exposition(metrics.registry);
    expect(first).toBe(await exposition(before.registry));
    expect(first).toContain(`sw_http_requests_total{route="${LOOKUP}",status="200"} 4`);
    expect(first).toContain('sw_http_request_duration_seconds_bucket{le="+Inf",route="POST /v1/canvass-signups"} 3');
    for (const [route, status, seconds] of SECOND) {
      metrics.route(route).request(status, seconds);
      before.request(route, status, seconds);
    }
    expect(await exposition(metrics.registry)).toBe(await exposition(before.registry));
    // The whole page: the same metrics in the same order as before.
    const types = (await metrics.registry.metrics()).split('\n').filter((l) => l.startsWith('# TYPE'));
    expect(types.slice(0, 3)).toEqual(['# TYPE sw_http_requests_total counter', '# TYPE sw_http_request_errors_total counter', '# TYPE sw_http_request_duration_seconds histogram']);
  });

  it('a scrape shows the requests answered up to it, whatever is answered while another scrape is waiting', async () => {
    const metrics = createMetrics();
    const before = reference();
    const lookup = metrics.route(LOOKUP);
    lookup.request(200, 0.002);
    before.request(LOOKUP, 200, 0.002);
    const expectedFirst = await exposition(before.registry);
    const scrapes = [metrics.registry.metrics()];
    lookup.request(200, 0.004);
    metrics.route('GET /v1/health').request(200, 0.0001);
    before.request(LOOKUP, 200, 0.004);
    before.request('GET /v1/health', 200, 0.0001);
    scrapes.push(metrics.registry.metrics());
    const [a, b] = await Promise.all(scrapes);
    for (const block of expectedFirst.split('\n')) expect(a).toContain(block);
    expect(a).not.toContain('GET /v1/health');
    for (const block of (await exposition(before.registry)).split('\n')) expect(b).toContain(block);
  });

  it('after a reset, shows no request series until the next request, and a route record held from before keeps counting', async () => {
    const metrics = createMetrics();
    const before = reference();
    const lookup = metrics.route(LOOKUP);
    lookup.request(200, 0.002);
    metrics.route('GET /v1/health').request(500, 0.01);
    metrics.registry.resetMetrics();
    expect(await exposition(metrics.registry)).toBe(await exposition(before.registry));
    lookup.request(404, 0.003);
    lookup.request(200, 0.02);
    before.request(LOOKUP, 404, 0.003);
    before.request(LOOKUP, 200, 0.02);
    expect(await exposition(metrics.registry)).toBe(await exposition(before.registry));
  });
});
