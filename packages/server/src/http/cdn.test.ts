import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARTNER_ORIGIN, makeSession, messageBody, setup, signupBody } from '../testing/harness.js';
import type { AppEnv } from './context.js';
import { IMMUTABLE, SHORT_LIVED, acceptsEncoding, builtWidgetsVersion, mountCdn } from './static.js';

// A bundle laid out as the widgets build writes it: the loader, hashed chunks, precompressed siblings, integrity.json.
const dir = mkdtempSync(join(tmpdir(), 'sw-cdn-'));
const loader = `import('./core-BoqVJGc7.js');${' /* padding */'.repeat(200)}`;
const chunk = `export const core = ${JSON.stringify('x'.repeat(3000))};`;
writeFileSync(join(dir, 'widgets.js'), loader);
writeFileSync(join(dir, 'core-BoqVJGc7.js'), chunk);
for (const [name, text] of [['widgets.js', loader], ['core-BoqVJGc7.js', chunk]] as const) {
  writeFileSync(join(dir, `${name}.br`), brotliCompressSync(text));
  writeFileSync(join(dir, `${name}.gz`), gzipSync(text));
}
writeFileSync(join(dir, 'integrity.json'), JSON.stringify({ version: '1.2.3', loader: 'v1.2.3/widgets.js', integrity: 'sha384-x' }));
mkdirSync(join(dir, 'plain'));
writeFileSync(join(dir, 'plain', 'only-plain-Abcdefgh.js'), 'export {};');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const app = new Hono<AppEnv>();
mountCdn(app, dir);
const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe('the CDN: compression on the wire', () => {
  it('sends the brotli file to a browser that takes br, gzip to one that takes only gzip, the file itself otherwise', async () => {
    const br = await get('/cdn/core-BoqVJGc7.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(brotliDecompressSync(await bytes(br)).toString()).toBe(chunk);

    const gz = await get('/cdn/core-BoqVJGc7.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(await bytes(gz)).toString()).toBe(chunk);

    const refusedBr = await get('/cdn/core-BoqVJGc7.js', { 'accept-encoding': 'br;q=0, gzip;q=0.5' });
    expect(refusedBr.headers.get('content-encoding')).toBe('gzip');

    const plain = await get('/cdn/core-BoqVJGc7.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(chunk);
    expect(plain.headers.get('content-length')).toBe(String(chunk.length));
    for (const res of [br, gz, plain]) expect(res.headers.get('vary')).toBe('Accept-Encoding');
  });

  it('the compressed file is much smaller than the original and says so in Content-Length', async () => {
    const br = await get('/cdn/widgets.js', { 'accept-encoding': 'br' });
    const length = Number(br.headers.get('content-length'));
    expect(length).toBe((await bytes(br)).length);
    expect(length).toBeLessThan(loader.length / 5);
  });

  it('falls back to the file itself when nothing precompressed exists', async () => {
    const res = await get('/cdn/plain/only-plain-Abcdefgh.js', { 'accept-encoding': 'br, gzip' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.text()).toBe('export {};');
  });
});

describe('the CDN: caching', () => {
  it('hashed chunks are immutable for a year; the moving loader and integrity.json are short-lived', async () => {
    expect((await get('/cdn/core-BoqVJGc7.js')).headers.get('cache-control')).toBe(IMMUTABLE);
    expect(IMMUTABLE).toBe('public, max-age=31536000, immutable');
    expect((await get('/cdn/widgets.js')).headers.get('cache-control')).toBe(SHORT_LIVED);
    expect((await get('/cdn/integrity.json')).headers.get('cache-control')).toBe(SHORT_LIVED);
  });

  it('serves the versioned loader and its chunks at /cdn/v<version>/, immutable, with CORS', async () => {
    const res = await get('/cdn/v1.2.3/widgets.js');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(loader);
    expect(res.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    // The loader imports `./core-….js`: relative to the versioned path, which must serve it too.
    const core = await get('/cdn/v1.2.3/core-BoqVJGc7.js', { 'accept-encoding': 'br' });
    expect(core.status).toBe(200);
    expect(core.headers.get('cache-control')).toBe(IMMUTABLE);
    // Another version is not this bundle: never serve it under a name that promises immutable content.
    expect((await get('/cdn/v9.9.9/widgets.js')).status).toBe(404);
  });

  it('answers a matching If-None-Match with 304 and no body; each encoding has its own strong ETag', async () => {
    const first = await get('/cdn/core-BoqVJGc7.js', { 'accept-encoding': 'br' });
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get('/cdn/core-BoqVJGc7.js', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe(IMMUTABLE);

    const gz = await get('/cdn/core-BoqVJGc7.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('etag')).not.toBe(etag);
    // The br tag does not validate the gzip representation.
    expect((await get('/cdn/core-BoqVJGc7.js', { 'accept-encoding': 'gzip', 'if-none-match': etag })).status).toBe(200);
  });

  it('a rebuilt file gets a new ETag, so a stale copy is not confirmed', async () => {
    const file = join(dir, 'plain', 'only-plain-Abcdefgh.js');
    const before = (await get('/cdn/plain/only-plain-Abcdefgh.js')).headers.get('etag')!;
    writeFileSync(file, 'export const changed = 1;');
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    const res = await get('/cdn/plain/only-plain-Abcdefgh.js', { 'if-none-match': before });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).not.toBe(before);
  });
});

describe('builtWidgetsVersion and Accept-Encoding', () => {
  it('reads the version the bundle was built with', () => {
    expect(builtWidgetsVersion(dir)).toBe('1.2.3');
    expect(builtWidgetsVersion(join(dir, 'nowhere'))).toBeUndefined();
  });

  it('honours q-values and the wildcard', () => {
    expect(acceptsEncoding('gzip, br', 'br')).toBe(true);
    expect(acceptsEncoding('gzip;q=1.0, br;q=0', 'br')).toBe(false);
    expect(acceptsEncoding('*', 'br')).toBe(true);
    expect(acceptsEncoding('*;q=0, gzip', 'br')).toBe(false);
    expect(acceptsEncoding('identity', 'gzip')).toBe(false);
    expect(acceptsEncoding(undefined, 'gzip')).toBe(false);
  });
});

describe('API answers compressed when asked', () => {
  let h: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    h = await setup();
  });
  afterAll(() => h.close());

  it('gzips a large JSON answer for a client that accepts gzip, and says Vary: Accept-Encoding', async () => {
    const res = await h.app.request('/v1/constituencies', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    const raw = Buffer.from(await res.arrayBuffer());
    const json = JSON.parse(gunzipSync(raw).toString()) as { constituencies: unknown[] };
    expect(json.constituencies).toHaveLength(650);
    expect(raw.length).toBeLessThan(JSON.stringify(json).length / 3);
  });

  it('prefers brotli when the client takes it, and leaves a small answer as it is', async () => {
    const res = await h.app.request('/v1/constituencies', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.headers.get('content-encoding')).toBe('br');
    const json = JSON.parse(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString()) as { constituencies: unknown[] };
    expect(json.constituencies).toHaveLength(650);
    const small = await h.app.request('/v1/health/live', { headers: { 'accept-encoding': 'br' } });
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(small.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(small.status).toBe(200);
  });

  it("compresses a write's answer as a browser asks (the sign-up's receipt), keeping its other headers and its replay", async () => {
    const session = await makeSession(h.call, h.adminToken);
    const send = (acceptEncoding: string | undefined) =>
      h.app.request('/v1/canvass-signups', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json', Origin: PARTNER_ORIGIN, 'Idempotency-Key': 'compressed-receipt-1',
          ...(acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {}),
        },
        body: JSON.stringify(signupBody(session, { email: 'compressed@example.org' })),
      });
    const first = await send('gzip, deflate, br');
    expect(first.status).toBe(201);
    expect(first.headers.get('content-encoding')).toBe('br');
    expect(first.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(first.headers.get('ratelimit-remaining')).not.toBeNull();
    expect(first.headers.get('x-request-id')).not.toBeNull();
    const raw = Buffer.from(await first.arrayBuffer());
    expect(Number(first.headers.get('content-length'))).toBe(raw.length);
    const receipt = brotliDecompressSync(raw).toString();
    expect(JSON.parse(receipt)).toMatchObject({ signup: { status: 'confirmed' }, ics: expect.stringContaining('BEGIN:VCALENDAR') });
    // The replay, to a client that takes gzip only, and to one that takes nothing: the same bytes once decoded.
    const gzipped = await send('gzip');
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('idempotent-replayed')).toBe('true');
    expect(gunzipSync(Buffer.from(await gzipped.arrayBuffer())).toString()).toBe(receipt);
    const plain = await send(undefined);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(receipt);
  });

  it('leaves a small answer and an error as they are for a browser, with Vary', async () => {
    const message = await h.app.request('/v1/solidarity-messages', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: PARTNER_ORIGIN, 'Accept-Encoding': 'gzip, deflate, br' },
      body: JSON.stringify(messageBody({ message: 'A small answer, in solidarity' })),
    });
    expect(message.status).toBe(202);
    expect(message.headers.get('content-encoding')).toBeNull();
    expect(message.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(((await message.json()) as { message: { status: string } }).message.status).toBe('pending');
    const invalid = await h.app.request('/v1/solidarity-messages', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: PARTNER_ORIGIN, 'Accept-Encoding': 'br' },
      body: JSON.stringify({ message: '' }),
    });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('content-encoding')).toBeNull();
    expect(((await invalid.json()) as { error: { code: string } }).error.code).toBe('validation_failed');
  });

  it('sends plain JSON to a client that asks for no encoding', async () => {
    const res = await h.app.request('/v1/constituencies');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(((await res.json()) as { constituencies: unknown[] }).constituencies).toHaveLength(650);
  });
});
