import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import type { PostcodeLookup, SolidarityWallPage } from '@solidarity-widgets/contract';
import { fixtures } from './mock/fixtures.js';
import { createMockHandlers } from './mock/handlers.js';
import { mockState, type MockState } from './mock/state.js';
import {
  HttpError,
  NetworkError,
  RateLimitError,
  ResponseValidationError,
  SolidarityApiError,
  TimeoutError,
  createClient,
  type ClientOptions,
} from './index.js';
import { createAdminClient, type AdminClientOptions } from './admin.js';

const baseUrl = 'http://api.test';
const server = setupServer();
let state: MockState;
let sleeps: number[];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  state = mockState();
  sleeps = [];
  server.resetHandlers(...createMockHandlers({ baseUrl, state }));
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** An admin client that records back-off waits like {@link client}. */
const adminClient = (token: string, options: Partial<Omit<ClientOptions, 'partner'>> = {}) =>
  createAdminClient({
    baseUrl,
    token,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...options,
  });

/** A client that records back-off waits instead of sleeping, so retry tests take no time. */
const client = (options: Partial<ClientOptions> = {}) =>
  createClient({
    baseUrl,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...options,
  });

const signup = {
  sessionId: fixtures.sessionIds.lewishamEast,
  name: 'Sam Okoro',
  email: 'sam@example.com',
  languages: ['en', 'yo'],
  firstTime: true,
  consentToContact: true,
  consentVersion: '2026-11-23',
} as const;

const url = (path: string) => `${baseUrl}${path}`;
const seen = (method: string, pathname: string) =>
  state.requests.filter((r) => r.method === method && new URL(r.url).pathname === pathname);

describe('createClient', () => {
  it('does no work until a method is called', () => {
    let calls = 0;
    createClient({ baseUrl, fetch: async () => (calls++, new Response()) });
    expect(calls).toBe(0);
  });

  it('returns parsed, typed data for a postcode', async () => {
    const lookup = await client().lookupPostcode('SW1A 1AA');
    expectTypeOf(lookup).toEqualTypeOf<PostcodeLookup>();
    expect(lookup.matches[0]?.constituency.name).toBe('Cities of London and Westminster');
    expect(lookup.matches[0]?.constituency.mp.name).toBe('Rachel Blake');
  });

  it('accepts a base URL with a trailing slash or a path prefix', async () => {
    const prefixed = 'http://api.test/solidarity';
    server.use(...createMockHandlers({ baseUrl: prefixed, state }));
    await expect(client({ baseUrl: `${baseUrl}/` }).health()).resolves.toMatchObject({ status: 'ok' });
    await expect(client({ baseUrl: `${prefixed}/` }).health()).resolves.toMatchObject({ status: 'ok' });
    expect(state.requests.map((r) => r.url)).toEqual([`${baseUrl}/v1/health`, `${prefixed}/v1/health`]);
  });

  it('uses an injected fetch instead of the global one', async () => {
    const urls: string[] = [];
    const api = createClient({
      baseUrl,
      fetch: async (input) => {
        urls.push(String(input));
        return Response.json({ status: 'ok', version: 'x', store: 'postgres', dataCurrentTo: '2026-08-20' });
      },
    });
    await expect(api.health()).resolves.toMatchObject({ store: 'postgres' });
    expect(urls).toEqual([`${baseUrl}/v1/health`]);
    expect(state.requests).toHaveLength(0);
  });

  it('sends configured headers, but its own Accept wins over a caller-supplied one', async () => {
    await client({ headers: { 'X-Trace': 'abc', Accept: 'text/html' } }).health();
    expect(state.requests[0]?.headers).toMatchObject({ 'x-trace': 'abc', accept: 'application/json' });
  });
});

describe('request(routeName, input)', () => {
  it('calls any route by its name in the contract', async () => {
    const api = client();
    const page = await api.request('listSolidarityMessages', { query: { limit: 2 } });
    expectTypeOf(page).toEqualTypeOf<SolidarityWallPage>();
    expect(page.messages).toHaveLength(2);
    const lookup = await api.request('lookupPostcode', { params: { postcode: 'SE13 6' } });
    expect(lookup.kind).toBe('sector');
    expect(state.requests.map((r) => new URL(r.url).pathname + new URL(r.url).search)).toEqual([
      '/v1/solidarity-messages?limit=2',
      '/v1/postcodes/SE13%206',
    ]);
  });

  it('insists on path params in types, and at run time', async () => {
    const api = client();
    // @ts-expect-error lookupPostcode needs { params: { postcode } }
    await expect(api.request('lookupPostcode')).rejects.toThrow('Missing path parameter "postcode" for /v1/postcodes/{postcode}');
    // @ts-expect-error health takes no body
    await expect(api.request('health', { body: {} })).resolves.toMatchObject({ status: 'ok' });
    expect(state.requests).toHaveLength(1);
    expect(state.requests[0]?.headers).not.toHaveProperty('content-type');
  });
});

describe('path parameters', () => {
  it('URL-encodes the postcode, so a space or slash cannot change the path', async () => {
    await client().lookupPostcode('SE13 6');
    await expect(client().lookupPostcode('SW1A/1AA?x=1#y')).rejects.toMatchObject({ code: 'postcode_invalid' });
    const paths = state.requests.map((r) => new URL(r.url).pathname);
    expect(paths).toEqual(['/v1/postcodes/SE13%206', '/v1/postcodes/SW1A%2F1AA%3Fx%3D1%23y']);
  });

  it('encodes a constituency code used as a path segment', async () => {
    await expect(client().getConstituency('../admin/people')).rejects.toBeInstanceOf(HttpError);
    expect(new URL(state.requests[0]?.url ?? '').pathname).toBe('/v1/constituencies/..%2Fadmin%2Fpeople');
  });

  it('serialises query values and leaves out undefined ones', async () => {
    await client().nearbyMarginals('E14001331', { limit: 3, maxMajorityPct: 7.5, postcode: undefined });
    expect(new URL(state.requests[0]?.url ?? '').search).toBe('?limit=3&maxMajorityPct=7.5');
  });
});

describe('HTTP errors', () => {
  it('turns a 400 validation_failed into an HttpError with field errors', async () => {
    const error = await client()
      .signUpToCanvass({ ...signup, email: 'not-an-email', name: '  ' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toBeInstanceOf(SolidarityApiError);
    const http = error as HttpError;
    expect(http.name).toBe('HttpError');
    expect(http.status).toBe(400);
    expect(http.code).toBe('validation_failed');
    expect(http.message).toBe('Some answers need another look.');
    expect(http.fieldErrors).toEqual([
      { field: 'name', code: 'required', message: 'This field is required.' },
      { field: 'email', code: 'invalid_format', message: 'This is not in the expected format.' },
    ]);
    expect(http.response.status).toBe(400);
    expect(http.request).toMatchObject({ route: 'createCanvassSignup', method: 'POST' });
  });

  it('keeps the server code and message for a 404', async () => {
    const error = (await client().lookupPostcode('ZZ99 9ZZ').catch((e: unknown) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.code).toBe('postcode_not_found');
    expect(error.message).toBe('We could not find ZZ99 9ZZ.');
    expect(error.fieldErrors).toEqual([]);
  });

  it('makes an HttpError with internal_error from an HTML 502 page', async () => {
    server.use(http.get(url('/v1/health'), () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502, headers: { 'content-type': 'text/html' } })));
    const error = (await client({ retries: 0 }).health().catch((e: unknown) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.code).toBe('internal_error');
    expect(error.status).toBe(502);
    expect(error.body).toBe('<h1>Bad gateway</h1>');
    expect(error.message).toContain('HTTP 502');
  });

  it('picks a code from the status when the error body is not the contract shape', async () => {
    server.use(http.get(url('/v1/health'), () => HttpResponse.json({ message: 'nope' }, { status: 404 })));
    await expect(client().health()).rejects.toMatchObject({ name: 'HttpError', code: 'not_found', status: 404 });
  });

  it('does not trust an error code this SDK does not know', async () => {
    server.use(http.get(url('/v1/health'), () => HttpResponse.json({ error: { code: 'brand_new_code', message: 'Later.' } }, { status: 403 })));
    await expect(client().health()).rejects.toMatchObject({ code: 'forbidden', message: 'Later.' });
  });

  it('a site missing from ALLOWED_ORIGINS gets HttpError origin_not_allowed (not a network error), not retried, and one console warning naming the setting', async () => {
    let calls = 0;
    server.use(
      http.post(url('/v1/solidarity-messages'), () => {
        calls++;
        return HttpResponse.json(
          { error: { code: 'origin_not_allowed', message: 'This site is not allowed to send data to this server.', details: { setting: 'ALLOWED_ORIGINS' } } },
          { status: 403 },
        );
      }),
    );
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const api = createClient({ baseUrl: 'http://origin-test.test', fetch: (input, init) => fetch(String(input).replace('http://origin-test.test', baseUrl), init), sleep: async () => undefined });
      const body = { name: 'Ana', country: 'PT', language: 'pt', message: 'Solidariedade!', consentToPublish: true } as const;
      for (let i = 0; i < 2; i++) {
        const error = await api.sendSolidarityMessage(body).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(HttpError);
        expect(error).not.toBeInstanceOf(NetworkError);
        expect(error).toMatchObject({ code: 'origin_not_allowed', status: 403 });
      }
    } finally {
      console.warn = original;
    }
    expect(calls).toBe(2);
    expect(warnings).toHaveLength(1);
    expect(String(warnings[0]?.[0])).toContain('ALLOWED_ORIGINS');
    expect(String(warnings[0]?.[0])).toContain('http://origin-test.test');
  });

  it('a database outage is HttpError service_unavailable (503), retried like any 5xx', async () => {
    let calls = 0;
    server.use(
      http.get(url('/v1/canvass-sessions'), () => {
        calls++;
        return HttpResponse.json({ error: { code: 'service_unavailable', message: 'Briefly unavailable.' } }, { status: 503, headers: { 'Retry-After': '5' } });
      }),
    );
    await expect(client({ retries: 1 }).listCanvassSessions()).rejects.toMatchObject({ name: 'HttpError', code: 'service_unavailable', status: 503 });
    expect(calls).toBe(2);
  });

  it('reads Retry-After into RateLimitError.retryAfter', async () => {
    server.use(
      http.get(url('/v1/canvass-sessions'), () =>
        HttpResponse.json({ error: { code: 'rate_limited', message: 'Too many requests. Try again in 7 seconds.' } }, { status: 429, headers: { 'Retry-After': '7' } }),
      ),
    );
    const error = (await client({ retries: 0 }).listCanvassSessions().catch((e: unknown) => e)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toBeInstanceOf(HttpError);
    expect(error.name).toBe('RateLimitError');
    expect(error.retryAfter).toBe(7);
    expect(error.code).toBe('rate_limited');
  });

  it('falls back to details.retryAfter when the header is not visible (CORS, proxies)', async () => {
    server.use(
      http.get(url('/v1/health'), () =>
        HttpResponse.json({ error: { code: 'rate_limited', message: 'Slow down.', details: { retryAfter: 12 } } }, { status: 429 }),
      ),
    );
    await expect(client({ retries: 0 }).health()).rejects.toMatchObject({ name: 'RateLimitError', retryAfter: 12 });
  });

  it('reads an HTTP-date Retry-After as seconds from now', async () => {
    const at = new Date(Date.now() + 30_000).toUTCString();
    server.use(http.get(url('/v1/health'), () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': at } })));
    const error = (await client({ retries: 0 }).health().catch((e: unknown) => e)) as RateLimitError;
    expect(error.retryAfter).toBeGreaterThanOrEqual(28);
    expect(error.retryAfter).toBeLessThanOrEqual(31);
  });
});

describe('retries', () => {
  it('retries a GET after 503s and then succeeds, backing off exponentially', async () => {
    let attempts = 0;
    server.use(
      http.get(url('/v1/constituencies/:code'), () => {
        attempts += 1;
        if (attempts <= 2) return HttpResponse.json({ error: { code: 'internal_error', message: 'Down for a moment.' } }, { status: 503 });
        return undefined; // fall through to the mock
      }),
    );
    const seat = await client().getConstituency('E14001331');
    expect(seat.name).toBe('Lewisham East');
    expect(attempts).toBe(3);
    expect(sleeps).toHaveLength(2);
    // 250 ms then 500 ms, each with up to half taken off by jitter.
    expect(sleeps[0]).toBeGreaterThanOrEqual(125);
    expect(sleeps[0]).toBeLessThanOrEqual(250);
    expect(sleeps[1]).toBeGreaterThanOrEqual(250);
    expect(sleeps[1]).toBeLessThanOrEqual(500);
  });

  it('gives up after `retries` extra attempts and throws the last error', async () => {
    let attempts = 0;
    server.use(http.get(url('/v1/health'), () => (attempts++, new HttpResponse(null, { status: 503 }))));
    await expect(client({ retries: 3 }).health()).rejects.toMatchObject({ status: 503, code: 'internal_error' });
    expect(attempts).toBe(4);
    expect(sleeps).toHaveLength(3);
  });

  it('does not retry a 4xx', async () => {
    await expect(client().lookupPostcode('!!')).rejects.toMatchObject({ code: 'postcode_invalid' });
    expect(state.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('waits at least Retry-After before retrying a 429', async () => {
    let attempts = 0;
    server.use(
      http.get(url('/v1/health'), () => {
        attempts += 1;
        return attempts === 1 ? new HttpResponse(null, { status: 429, headers: { 'Retry-After': '3' } }) : undefined;
      }),
    );
    await expect(client().health()).resolves.toMatchObject({ status: 'ok' });
    expect(sleeps).toEqual([3000]);
  });

  it('hands a long Retry-After straight to the caller instead of waiting', async () => {
    let attempts = 0;
    server.use(http.get(url('/v1/health'), () => (attempts++, new HttpResponse(null, { status: 429, headers: { 'Retry-After': '120' } }))));
    await expect(client().health()).rejects.toMatchObject({ name: 'RateLimitError', retryAfter: 120 });
    expect(attempts).toBe(1);
  });

  it('retries a GET after a network failure', async () => {
    let attempts = 0;
    server.use(http.get(url('/v1/health'), () => (attempts++ === 0 ? HttpResponse.error() : undefined)));
    await expect(client().health()).resolves.toMatchObject({ status: 'ok' });
    expect(attempts).toBe(2);
  });

  it('retries an idempotent POST and reuses the same Idempotency-Key', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post(url('/v1/canvass-signups'), ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return keys.length === 1 ? new HttpResponse(null, { status: 503 }) : undefined;
      }),
    );
    const receipt = await client().signUpToCanvass(signup);
    expect(receipt.signup.status).toBe('confirmed');
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(seen('POST', '/v1/canvass-signups')[0]?.headers['idempotency-key']).toBe(keys[0]);
    expect(state.signups.filter((s) => s.email === signup.email)).toHaveLength(1);
  });

  it("sends the caller's Idempotency-Key, and the server answers a repeat without signing up twice", async () => {
    const api = client();
    const before = state.sessions.find((s) => s.id === signup.sessionId)?.placesLeft;
    const first = await api.signUpToCanvass(signup, { idempotencyKey: 'form-123' });
    const again = await api.signUpToCanvass(signup, { idempotencyKey: 'form-123' });
    expect(again.signup.id).toBe(first.signup.id);
    expect(state.requests.map((r) => r.headers['idempotency-key'])).toEqual(['form-123', 'form-123']);
    expect(state.sessions.find((s) => s.id === signup.sessionId)?.placesLeft).toBe((before ?? NaN) - 1);
  });

  it('generates a different key for each separate call', async () => {
    const api = client();
    await api.sendSolidarityMessage({ name: 'A', country: 'GB', language: 'en', message: 'One', consentToPublish: true });
    await api.sendSolidarityMessage({ name: 'A', country: 'GB', language: 'en', message: 'Two', consentToPublish: true });
    const [a, b] = state.requests.map((r) => r.headers['idempotency-key']);
    expect(a).toBeTruthy();
    expect(b).toBeTruthy();
    expect(a).not.toBe(b);
  });

  it('does not retry a POST whose route has no idempotency key', async () => {
    let attempts = 0;
    server.use(http.post(url('/v1/admin/canvass-sessions'), () => (attempts++, new HttpResponse(null, { status: 503 }))));
    const admin = adminClient(fixtures.adminToken);
    await expect(
      admin.createCanvassSession({
        constituencyCode: 'E14001331',
        title: 'Doorstep',
        startsAt: '2027-04-03T10:00:00Z',
        endsAt: '2027-04-03T12:00:00Z',
        meetingPoint: 'Lewisham station',
        organiserName: 'Amina',
        organiserContact: 'amina@example.org',
        capacity: 10,
      }),
    ).rejects.toMatchObject({ status: 503 });
    expect(attempts).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('does not retry a non-idempotent POST after a network failure either', async () => {
    let attempts = 0;
    server.use(http.post(url('/v1/admin/solidarity-messages/:id/decision'), () => (attempts++, HttpResponse.error())));
    const id = fixtures.solidarityMessages[0]?.id ?? '';
    await expect(adminClient(fixtures.adminToken).moderateMessage(id, { decision: 'approve' })).rejects.toBeInstanceOf(NetworkError);
    expect(attempts).toBe(1);
  });
});

describe('timeouts, network failures and aborts', () => {
  it('throws TimeoutError when the server is too slow', async () => {
    server.use(http.get(url('/v1/health'), async () => (await delay(2_000), HttpResponse.json({}))));
    const started = Date.now();
    const error = await client({ timeoutMs: 50, retries: 0 })
      .health()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(50);
    expect((error as TimeoutError).name).toBe('TimeoutError');
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('has no time limit with timeoutMs: Infinity', async () => {
    server.use(http.get(url('/v1/health'), async () => (await delay(60), undefined)));
    await expect(client({ timeoutMs: Infinity, retries: 0 }).health()).resolves.toMatchObject({ status: 'ok' });
  });

  it('retries a GET that timed out', async () => {
    let attempts = 0;
    server.use(
      http.get(url('/v1/health'), async () => {
        attempts += 1;
        if (attempts === 1) await delay(2_000);
        return undefined;
      }),
    );
    await expect(client({ timeoutMs: 100 }).health()).resolves.toMatchObject({ status: 'ok' });
    expect(attempts).toBe(2);
  });

  it('throws NetworkError, with the cause, when the connection fails', async () => {
    server.use(http.get(url('/v1/health'), () => HttpResponse.error()));
    const error = (await client({ retries: 0 }).health().catch((e: unknown) => e)) as NetworkError;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.name).toBe('NetworkError');
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(error.request.url).toBe(url('/v1/health'));
  });

  it('rethrows the caller’s AbortError as-is and does not retry', async () => {
    let attempts = 0;
    server.use(http.get(url('/v1/health'), async () => (attempts++, await delay(2_000), HttpResponse.json({}))));
    const controller = new AbortController();
    const call = client().health({ signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(error).not.toBeInstanceOf(SolidarityApiError);
    expect(attempts).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('rejects with the caller’s own abort reason', async () => {
    server.use(http.get(url('/v1/health'), async () => (await delay(2_000), HttpResponse.json({}))));
    const controller = new AbortController();
    const reason = new Error('widget removed from the page');
    const call = client().health({ signal: controller.signal });
    setTimeout(() => controller.abort(reason), 20);
    await expect(call).rejects.toBe(reason);
  });

  it('does not even send when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(client().health({ signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(state.requests).toHaveLength(0);
  });

  it('stops waiting between retries when the caller aborts', async () => {
    server.use(http.get(url('/v1/health'), () => new HttpResponse(null, { status: 503 })));
    const controller = new AbortController();
    // The real sleep, so the abort lands during the back-off.
    const call = createClient({ baseUrl, retries: 5 }).health({ signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
    expect(state.requests.length).toBeLessThanOrEqual(2);
  });
});

describe('response validation', () => {
  it('names the field that broke the contract', async () => {
    server.use(
      http.get(url('/v1/postcodes/:postcode'), () => {
        const good = fixtures.postcodes['SE13 6'];
        return HttpResponse.json({ ...good, matches: [{ ...good?.matches[0], share: 'most of it' }] });
      }),
    );
    const error = (await client().lookupPostcode('SE13 6').catch((e: unknown) => e)) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.name).toBe('ResponseValidationError');
    expect(error.message).toMatch(/^Response from GET \/v1\/postcodes\/\{postcode\} did not match the contract at matches\.0\.share: /);
    expect(error.issues.map((i) => i.path)).toEqual(['matches.0.share']);
    expect(state.requests).toHaveLength(0);
  });

  it('is not retried', async () => {
    let attempts = 0;
    server.use(http.get(url('/v1/health'), () => (attempts++, HttpResponse.json({ status: 'ok' }))));
    await expect(client().health()).rejects.toBeInstanceOf(ResponseValidationError);
    expect(attempts).toBe(1);
  });

  it('refuses a 200 that is not JSON', async () => {
    server.use(http.get(url('/v1/health'), () => new HttpResponse('<html>captive portal</html>', { headers: { 'content-type': 'text/html' } })));
    await expect(client().health()).rejects.toThrow(/did not match the contract at \(body\): expected JSON, got text\/html/);
  });
});

describe('partner', () => {
  it('is added to write bodies that do not name one', async () => {
    const api = client({ partner: 'unite-london' });
    await api.signUpToCanvass(signup);
    await api.sendSolidarityMessage({ name: 'A', country: 'GB', language: 'en', message: 'Hi', consentToPublish: true });
    expect(state.requests.map((r) => (r.body as { partner?: string }).partner)).toEqual(['unite-london', 'unite-london']);
    expect(state.signups.at(-1)?.partner).toBe('unite-london');
  });

  it('never overrides the partner a body names', async () => {
    await client({ partner: 'unite-london' }).signUpToCanvass({ ...signup, partner: 'polish-workers-uk' });
    expect(state.requests[0]?.body).toMatchObject({ partner: 'polish-workers-uk' });
  });

  it('is left out entirely when not configured', async () => {
    await client().signUpToCanvass(signup);
    expect(state.requests[0]?.body).not.toHaveProperty('partner');
  });

  it('filters the wall unless the query names another partner', async () => {
    const api = client({ partner: 'polish-workers-uk' });
    const own = await api.listSolidarityMessages();
    const other = await api.listSolidarityMessages({ partner: 'unite-london' });
    expect(state.requests.map((r) => new URL(r.url).searchParams.get('partner'))).toEqual(['polish-workers-uk', 'unite-london']);
    expect(own.messages.map((m) => m.name)).toEqual(['Kasia W.', 'Marek']);
    expect(other.totals.messages).toBe(5);
  });
});

describe('pagination', () => {
  it('walks every page of the wall in order', async () => {
    const all = await client().listSolidarityMessages({ limit: 50 });
    expectTypeOf(all).toEqualTypeOf<SolidarityWallPage>();
    const walked: string[] = [];
    for await (const m of client().solidarityMessages({ limit: 5 })) walked.push(m.id);
    expect(all.messages).toHaveLength(12);
    expect(walked).toEqual(all.messages.map((m) => m.id));
    const cursors = state.requests.slice(1).map((r) => new URL(r.url).searchParams.get('cursor'));
    expect(cursors).toHaveLength(3);
    expect(cursors[0]).toBeNull();
    expect(cursors[1]).toBeTruthy();
    expect(cursors[2]).not.toBe(cursors[1]);
  });

  it('fetches no more pages once the loop stops', async () => {
    for await (const m of client().solidarityMessages({ limit: 2 })) {
      expect(m.name).toBe('Kasia W.');
      break;
    }
    expect(state.requests).toHaveLength(1);
  });

  it('stops rather than loops forever when the server repeats a cursor', async () => {
    const page = { messages: [], nextCursor: 'same', totals: { messages: 0, countries: 0 } };
    let calls = 0;
    // Ends after a few pages anyway, so a regression fails this test instead of hanging the run.
    server.use(http.get(url('/v1/solidarity-messages'), () => (calls++, HttpResponse.json(calls > 5 ? { ...page, nextCursor: null } : page))));
    const items = [];
    for await (const m of client().solidarityMessages()) items.push(m);
    expect(items).toEqual([]);
    expect(calls).toBe(2);
  });
});

describe('admin', () => {
  it('sends the bearer token and returns the CSV text', async () => {
    const csv = await adminClient(fixtures.adminToken).exportSignupsCsv();
    expectTypeOf(csv).toEqualTypeOf<string>();
    expect(csv.split('\r\n')[0]).toBe(
      '"signup_id","session_id","session_title","constituency","name","email","phone","languages","first_time","status","created_at","partner"',
    );
    expect(csv).toContain('"Priya Shah"');
    expect(state.requests[0]?.headers).toMatchObject({ authorization: `Bearer ${fixtures.adminToken}`, accept: 'text/csv' });
  });

  it('gets 401 unauthorized with a wrong token', async () => {
    await expect(adminClient('guess').moderationQueue()).rejects.toMatchObject({ status: 401, code: 'unauthorized' });
  });

  it('does not leak the token into a public client made with the same options', async () => {
    const options = { baseUrl, retries: 0 };
    createAdminClient({ ...options, token: fixtures.adminToken });
    await createClient(options).health();
    expect(state.requests[0]?.headers).not.toHaveProperty('authorization');
  });

  it('is a separate entry: the public client has no admin methods and cannot name admin routes', () => {
    expect('admin' in client()).toBe(false);
    // @ts-expect-error admin routes are only callable through createAdminClient
    void (() => client().request('adminModerationQueue'));
  });

  it('refuses a missing baseUrl or token, naming itself', () => {
    expect(() => createAdminClient({ token: 't' } as unknown as AdminClientOptions)).toThrow('createAdminClient: baseUrl must be a string');
    expect(() => createAdminClient({ baseUrl } as unknown as AdminClientOptions)).toThrow('createAdminClient: token must be a string');
  });
});
