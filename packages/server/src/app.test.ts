import { ErrorBody, routes, type RouteDef } from '@solidarity-widgets/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARTNER_ORIGIN, expectShape, makeSession, messageBody, setup, signupBody } from './testing/harness.js';

let h: Awaited<ReturnType<typeof setup>>;
let sessionId: string;
beforeAll(async () => {
  h = await setup();
  sessionId = await makeSession(h.call, h.adminToken);
});
afterAll(() => h.close());

describe('meta', () => {
  it('answers health with the contract shape', async () => {
    const res = await h.call('GET', '/v1/health');
    expect(res.status).toBe(200);
    expect(expectShape('health', res.json)).toEqual({ status: 'ok', version: '0.1.0', store: 'pglite', dataCurrentTo: '2026-08-20', factsCurrentTo: '2026-08-20' });
  });

  it('answers HEAD like GET, without a body', async () => {
    const res = await h.call('HEAD', '/v1/health');
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
  });

  it('serves an OpenAPI document listing every route of the table', async () => {
    const res = await h.call('GET', '/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.json as { openapi: string; paths: Record<string, Record<string, { operationId: string }>> };
    expect(doc.openapi).toBe('3.1.0');
    for (const [name, route] of Object.entries(routes)) {
      expect(doc.paths[route.path]?.[route.method.toLowerCase()]?.operationId, name).toBe(name);
    }
  });

  it('serves a script-free HTML reference at /v1/docs under the strict page CSP', async () => {
    const res = await h.call('GET', '/v1/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    for (const route of Object.values(routes)) expect(res.text).toContain(route.path.replace(/&/g, '&amp;'));
    expect(res.text).not.toContain('<script');
  });

  it('gives unknown routes the one error body: 404 not_found, 405 with Allow for a wrong method', async () => {
    const missing = await h.call('GET', '/v1/nothing-here');
    expect(missing.status).toBe(404);
    expect(ErrorBody.parse(missing.json).error.code).toBe('not_found');
    const wrong = await h.call('DELETE', '/v1/health');
    expect(wrong.status).toBe(405);
    expect(wrong.json.error.code).toBe('method_not_allowed');
    expect(wrong.headers.get('allow')).toContain('GET');
  });

  it('sets security headers on every response and never X-Powered-By', async () => {
    for (const res of [await h.call('GET', '/v1/health'), await h.call('GET', '/v1/nothing'), await h.call('POST', '/v1/canvass-signups', { rawBody: '{' })]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('x-request-id')).toBeTruthy();
    }
  });

  it('keeps a sane incoming X-Request-Id and replaces a hostile one', async () => {
    const kept = await h.call('GET', '/v1/health', { headers: { 'X-Request-Id': 'abc-123' } });
    expect(kept.headers.get('x-request-id')).toBe('abc-123');
    const replaced = await h.call('GET', '/v1/health', { headers: { 'X-Request-Id': 'x'.repeat(500) } });
    expect(replaced.headers.get('x-request-id')).not.toContain('xxx');
  });
});

describe('request bodies', () => {
  it('refuses bad JSON with 400 invalid_json', async () => {
    for (const rawBody of ['{', 'not json', '', '{"a":1,}']) {
      const res = await h.call('POST', '/v1/canvass-signups', { rawBody, headers: { 'Content-Type': 'application/json' } });
      expect(res.status, rawBody).toBe(400);
      expect(res.json.error.code).toBe('invalid_json');
    }
  });

  it('refuses bodies over 32 KB with 413 payload_too_large, declared or not', async () => {
    const big = JSON.stringify(signupBody(sessionId, { name: 'x'.repeat(40_000) }));
    const res = await h.call('POST', '/v1/canvass-signups', { rawBody: big, headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(413);
    expect(res.json.error.code).toBe('payload_too_large');
    // Streamed without Content-Length.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(5000)));
        controller.close();
      },
    });
    const streamed = await h.app.request('/v1/solidarity-messages', { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('names each refused field in details.fields', async () => {
    const res = await h.call('POST', '/v1/canvass-signups', { body: signupBody(sessionId, { email: 'nope', consentToContact: false }) });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('validation_failed');
    expect(res.json.error.details.fields).toEqual([
      { field: 'email', code: 'invalid_format', message: expect.any(String) },
      { field: 'consentToContact', code: 'must_accept', message: expect.any(String) },
    ]);
  });
});

describe('CORS', () => {
  it('answers read preflights for anyone', async () => {
    const res = await h.call('OPTIONS', '/v1/constituencies', { origin: 'https://anyone.example', headers: { 'Access-Control-Request-Method': 'GET' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers write preflights from configured origins, echoing the origin', async () => {
    const ok = await h.call('OPTIONS', '/v1/canvass-signups', {
      origin: PARTNER_ORIGIN,
      headers: { 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
    });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(PARTNER_ORIGIN);
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/Idempotency-Key/i);
  });

  it('answers the preflight of a write from an origin that is not allowed, so the browser can read the real refusal', async () => {
    const pre = await h.call('OPTIONS', '/v1/solidarity-messages', {
      origin: 'https://new-partner.example',
      headers: { 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://new-partner.example');
    expect(pre.headers.get('access-control-allow-credentials')).toBeNull();
    const res = await h.call('POST', '/v1/solidarity-messages', { origin: 'https://new-partner.example', body: messageBody({ message: 'from a new partner' }) });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://new-partner.example');
    expect(res.json.error).toMatchObject({ code: 'origin_not_allowed', details: { origin: 'https://new-partner.example', setting: 'ALLOWED_ORIGINS' } });
    expect(res.json.error.message).toContain('ALLOWED_ORIGINS');
    const { rows } = await h.store.query(`SELECT 1 FROM solidarity_messages WHERE message = 'from a new partner'`);
    expect(rows).toHaveLength(0);
  });

  it('allows the standard tracing headers (the SDK\'s `headers` option) on reads and writes', async () => {
    for (const method of ['GET', 'POST']) {
      const res = await h.call('OPTIONS', '/v1/solidarity-messages', {
        origin: PARTNER_ORIGIN,
        headers: { 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'traceparent, tracestate, baggage, sentry-trace, x-request-id' },
      });
      expect(res.status).toBe(204);
      const allowed = (res.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/,\s*/);
      for (const header of ['traceparent', 'tracestate', 'baggage', 'sentry-trace', 'x-request-id']) expect(allowed, `${method} ${header}`).toContain(header);
    }
  });

  it('lets an organiser tool on a configured origin use the PUT and PATCH admin routes', async () => {
    for (const method of ['PUT', 'PATCH']) {
      const res = await h.call('OPTIONS', '/v1/admin/canvass-sessions/00000000-0000-4000-8000-000000000000', {
        origin: PARTNER_ORIGIN,
        headers: { 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'authorization, content-type' },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-methods')?.split(', ')).toContain(method);
    }
  });

  it('refuses writes from other origins with 403 origin_not_allowed and stores nothing', async () => {
    const res = await h.call('POST', '/v1/solidarity-messages', { origin: 'https://evil.example', body: messageBody({ message: 'from evil' }) });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('origin_not_allowed');
    const { rows } = await h.store.query(`SELECT 1 FROM solidarity_messages WHERE message = 'from evil'`);
    expect(rows).toHaveLength(0);
  });

  it('accepts writes from an allowed origin (echoed) and from no origin (server to server)', async () => {
    const fromPartner = await h.call('POST', '/v1/solidarity-messages', { origin: PARTNER_ORIGIN, body: messageBody({ message: 'cors ok 1' }) });
    expect(fromPartner.status).toBe(202);
    expect(fromPartner.headers.get('access-control-allow-origin')).toBe(PARTNER_ORIGIN);
    const serverToServer = await h.call('POST', '/v1/solidarity-messages', { body: messageBody({ message: 'cors ok 2' }) });
    expect(serverToServer.status).toBe(202);
  });

  it('gives public reads Access-Control-Allow-Origin: * and exposes the rate-limit headers', async () => {
    const res = await h.call('GET', '/v1/canvass-sessions', { origin: 'https://anyone.example' });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });
});

describe('garbage never causes a 5xx', () => {
  const ugly = ['%00', '%E0%A4%A', 'a'.repeat(3000), '..%2F..%2Fetc%2Fpasswd', '%F0%9F%92%A5', "'%20OR%201=1--", 'null', '-1', '1e309', '%5B%5D', '%20'];
  const bodies: (string | Uint8Array)[] = [
    'null', '[]', '"text"', '42', 'true', '{}', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{}}}',
    JSON.stringify({ sessionId: 'x', name: 1, email: [], languages: 'pl', firstTime: 'yes', consentToContact: 'true' }),
    JSON.stringify({ name: '\u0000', message: 'a\u0000b', country: 'GB', language: 'en', consentToPublish: true }),
    JSON.stringify(signupBody('00000000-0000-4000-8000-000000000000', { name: 'a\u0000' })),
    JSON.stringify({ decision: 'approve', reason: 'x'.repeat(5000) }),
    JSON.stringify({ capacity: 1e309, constituencyCode: 'E14001279' }),
    JSON.stringify({ elapsedMs: -5, message: '\ud800', name: '\ud800' }),
    '['.repeat(5000) + ']'.repeat(5000),
    new Uint8Array([0xff, 0xfe, 0x00, 0x7b]),
  ];
  const fill = (path: string, value: string) => path.replace(/\{[^}]+\}/g, value);

  for (const [name, route] of Object.entries(routes) as [string, RouteDef][]) {
    it(`${name}: ${route.method} ${route.path}`, async () => {
      const seen: number[] = [];
      const auths = route.auth ? [undefined, h.adminToken] : [undefined];
      for (const token of auths) {
        for (const value of ugly) {
          const query = `?${['partner', 'cursor', 'limit', 'nation', 'maxMajorityPct', 'constituency', 'status', 'email', 'postcode'].map((k) => `${k}=${value}`).join('&')}&limit=2&limit=3`;
          const path = fill(route.path, value) + query;
          const res = await h.call(route.method, path, token ? { token } : {});
          seen.push(res.status);
          expect(res.status, `${route.method} ${path}`).toBeLessThan(500);
          if (res.headers.get('content-type')?.includes('json') && res.status >= 400) ErrorBody.parse(res.json);
        }
        if (route.body) {
          for (const rawBody of bodies) {
            const res = await h.call(route.method, fill(route.path, '8f0e7a5c-3c1d-4b7e-9a55-3f1f6c2b9d10'), { rawBody, headers: { 'Content-Type': 'application/json' }, ...(token ? { token } : {}) });
            seen.push(res.status);
            expect(res.status, `${route.method} body ${String(rawBody).slice(0, 60)}`).toBeLessThan(500);
            ErrorBody.parse(res.json);
          }
        }
      }
      expect(seen.length).toBeGreaterThan(0);
    });
  }

  it('garbage headers: Authorization, Idempotency-Key, Origin', async () => {
    const attempts = [
      { Authorization: 'Bearer' },
      { Authorization: 'Basic abc' },
      { Authorization: `Bearer ${'x'.repeat(5000)}` },
      { 'Idempotency-Key': 'x'.repeat(500) },
      { 'Idempotency-Key': 'clé' },
      { Origin: 'null' },
    ];
    for (const headers of attempts) {
      const res = await h.call('POST', '/v1/canvass-signups', { headers, body: signupBody(sessionId, { email: 'garbage-header@example.org' }) });
      expect(res.status, JSON.stringify(headers).slice(0, 80)).toBeLessThan(500);
      const admin = await h.call('GET', '/v1/admin/solidarity-messages', { headers });
      expect(admin.status).toBeLessThan(500);
    }
  });
});

describe('unexpected errors', () => {
  it('become 500 internal_error without leaking the cause, and are logged without it', async () => {
    const broken = await setup();
    await broken.store.query('DROP TABLE solidarity_messages CASCADE');
    const res = await broken.call('GET', '/v1/solidarity-messages');
    expect(res.status).toBe(500);
    // The request id lets whoever reports it find the log line with the cause.
    expect(res.json).toEqual({ error: { code: 'internal_error', message: expect.any(String), requestId: res.headers.get('x-request-id') } });
    expect(res.text).not.toMatch(/solidarity_messages|relation|does not exist/);
    const errorLine = broken.logs.find((l) => l['msg'] === 'unhandled error');
    expect(errorLine?.['requestId']).toBe(res.headers.get('x-request-id'));
    expect(errorLine?.['route']).toBe('GET /v1/solidarity-messages');
    await broken.close();
  });
});
