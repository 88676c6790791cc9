import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { getRequestListener } from '@hono/node-server';
import { loadElectoralData } from '@solidarity-widgets/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApi } from '../app.js';
import { makeConfig } from '../config.js';
import { createToken } from '../services/tokens.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/types.js';
import type { LogLine } from './logging.js';
import { createMetrics } from './metrics.js';

// One app behind two real servers: "fast" answers the lookup on node:http when it can (as cli/start.ts serves it),
// "framework" always goes through Hono. Whatever a caller sends, the two answers must be the same.
let store: Store;
let fast: Server;
let framework: Server;
let fastServed = 0;
const logs: LogLine[] = [];
const metrics = createMetrics();
let adminToken: string;

const listen = (server: Server) => new Promise<string>((done) => server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
let fastUrl: string;
let frameworkUrl: string;

beforeAll(async () => {
  store = await openStore({ memory: true });
  const config = makeConfig({ allowedOrigins: ['https://partner.example'] });
  const { app, fastPath } = buildApi({ store, data: loadElectoralData(), config, log: (line) => logs.push(line), metrics });
  const listener = getRequestListener(app.fetch);
  fast = createServer((req, res) => {
    if (fastPath(req, res)) fastServed++;
    else void listener(req, res);
  });
  framework = createServer((req, res) => void listener(req, res));
  fastUrl = await listen(fast);
  frameworkUrl = await listen(framework);
  adminToken = (await createToken(store, 'test admin', ['admin'])).token;
});
afterAll(async () => {
  fast?.close();
  framework?.close();
  await store?.close();
});

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** A raw request (node:http, not fetch: fetch asks for compression itself and decodes what it gets). */
function get(base: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(base + path, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const out: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) out[name] = String(value);
        const encoding = res.headers['content-encoding'];
        const body = encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
        resolve({ status: res.statusCode ?? 0, headers: out, body: body.toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** What differs between any two answers by nature: the time, and the request id (in the header and an error body). */
function comparable(answer: Answer): Answer {
  const requestId = answer.headers['x-request-id'] ?? '';
  const { date: _date, 'x-request-id': _id, ...headers } = answer.headers;
  return { status: answer.status, headers, body: requestId ? answer.body.split(requestId).join('<request-id>') : answer.body };
}

const CASES: { path: string; headers?: Record<string, string>; method?: string; fast: boolean }[] = [
  { path: '/v1/postcodes/SW1A%201AA', fast: true },
  { path: '/v1/postcodes/sw1a1aa', fast: true },
  { path: '/v1/postcodes/SE13%206', headers: { 'Accept-Encoding': 'gzip, deflate, br' }, fast: true }, // a sector: over 1 KB, brotli
  { path: '/v1/postcodes/SE13', headers: { 'Accept-Encoding': 'gzip' }, fast: true },
  { path: '/v1/postcodes/SE13', headers: { 'Accept-Encoding': 'identity' }, fast: true },
  { path: '/v1/postcodes/CF24%203AA', headers: { Origin: 'https://elsewhere.example', 'X-Request-Id': 'lb-7f3a.42' }, fast: true },
  { path: '/v1/postcodes/G2%201', headers: { 'X-Request-Id': 'not a sane id!' }, fast: true },
  { path: '/v1/postcodes/BT1%201AA', fast: true },
  // Left to the framework: errors, HEAD, query strings, trailing slashes, a bad escape, NUL.
  { path: '/v1/postcodes/ZZ99%209ZZ', fast: false },
  { path: '/v1/postcodes/XX', fast: false },
  { path: '/v1/postcodes/SW1A%201AA', method: 'HEAD', fast: false },
  { path: '/v1/postcodes/SW1A%201AA?x=1', fast: false },
  { path: '/v1/postcodes/SW1A%201AA/', fast: false },
  { path: '/v1/postcodes/%E0%A4%A', fast: false },
  { path: '/v1/postcodes/SW1A%00', fast: false },
  { path: `/v1/postcodes/${'A'.repeat(300)}`, fast: false },
  { path: '/v1/postcodes/SW1A%201AA/answer', fast: false },
];

describe('the postcode lookup answered without the framework (http/fast-lookup.ts)', () => {
  it('answers exactly what the framework answers, header by header, and serves only the found postcodes itself', async () => {
    // The first lookup loads the party changes (through the framework); from then on the fast path can answer.
    await get(fastUrl, '/v1/postcodes/SW1A%201AA');
    for (const c of CASES) {
      const before = fastServed;
      const viaFast = await get(fastUrl, c.path, c.headers, c.method);
      const servedFast = fastServed > before;
      const viaFramework = await get(frameworkUrl, c.path, c.headers, c.method);
      expect({ path: c.path, servedFast }).toEqual({ path: c.path, servedFast: c.fast });
      expect(comparable(viaFast), c.path).toEqual(comparable(viaFramework));
      if (c.fast) expect(JSON.parse(viaFast.body)).toMatchObject({ matches: expect.any(Array) });
    }
  });

  it('logs one line and counts one request per lookup, as the framework does, with no postcode in either', async () => {
    logs.length = 0;
    const before = fastServed;
    const answer = await get(fastUrl, '/v1/postcodes/SE6%204AA', { 'X-Request-Id': 'trace-123' });
    expect(fastServed).toBe(before + 1);
    expect(answer.headers['x-request-id']).toBe('trace-123');
    const lines = logs.filter((l) => l['msg'] === 'request');
    expect(lines).toEqual([{ level: 'info', msg: 'request', requestId: 'trace-123', method: 'GET', route: 'GET /v1/postcodes/{postcode}', status: 200, ms: expect.any(Number) }]);
    expect(JSON.stringify(lines)).not.toMatch(/SE6/i);
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/sw_http_requests_total\{route="GET \/v1\/postcodes\/\{postcode\}",status="200"\} \d+/);
    expect(text).not.toMatch(/SE6/i);
  });

  it("an operator's party change shows at once through the fast path too", async () => {
    const before = await get(fastUrl, '/v1/postcodes/SE6%204AA');
    expect(JSON.parse(before.body).matches[0].constituency.mp.party).toBe('Lab');
    const added = await fetch(`${frameworkUrl}/v1/admin/party-changes`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ constituency: 'E14001331', party: 'Ind', date: '2026-11-20', source: 'https://news.example.org/2026/11/20/whip' }),
    });
    expect(added.status).toBe(201);
    const after = await get(fastUrl, '/v1/postcodes/SE6%204AA');
    expect(JSON.parse(after.body).matches[0].constituency.mp.party).toBe('Ind');
    // Once the new overlay is loaded, the fast path serves it again.
    const served = fastServed;
    const again = await get(fastUrl, '/v1/postcodes/SE6%204AA');
    expect(fastServed).toBe(served + 1);
    expect(JSON.parse(again.body).matches[0].constituency.mp.party).toBe('Ind');
  });
});
