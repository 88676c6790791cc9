import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv, POSTCODE_UPSTREAM_TIMEOUT_MS } from '../config.js';
import { upstreamSourceName } from '../services/postcode-upstream.js';
import { expectShape, setup } from '../testing/harness.js';

// A postcodes.io look-alike on an ephemeral loopback port: never a real network address.
type Answer = { status: number; body: string; delayMs?: number };
const answers = new Map<string, Answer>();
const asked: string[] = [];
let upstream: Server;
let baseUrl: string;

const found = (code: string, name = 'ignored') =>
  ({ status: 200, body: JSON.stringify({ status: 200, result: { postcode: 'x', parliamentary_constituency_2024: name, codes: { parliamentary_constituency_2024: code } } }) });

beforeAll(async () => {
  upstream = createServer((req, res) => {
    const path = decodeURIComponent(req.url ?? '');
    asked.push(path);
    const answer = answers.get(path.replace(/^\/postcodes\//, '')) ?? { status: 404, body: JSON.stringify({ status: 404, error: 'Postcode not found' }) };
    setTimeout(() => {
      if (res.destroyed) return;
      res.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(answer.body);
    }, answer.delayMs ?? 0);
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});
afterAll(async () => {
  upstream.closeAllConnections();
  await new Promise((r) => upstream.close(r));
});

describe('optional postcode upstream (POSTCODE_UPSTREAM_URL)', () => {
  let h: Awaited<ReturnType<typeof setup>>;
  let off: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    h = await setup({ config: { postcodeUpstream: { baseUrl, timeoutMs: 300 } } });
    off = await setup();
  });
  afterAll(async () => {
    await h.close();
    await off.close();
  });
  const lookup = async (app: typeof h, postcode: string) => app.call('GET', `/v1/postcodes/${encodeURIComponent(postcode)}`);

  it('answers a near-boundary postcode from the upstream, and says so', async () => {
    answers.set('SW1A 0AA', found('E14001172'));
    asked.length = 0;
    const res = await lookup(h, 'sw1a0aa');
    const body = expectShape('lookupPostcode', res.json);
    expect(asked).toEqual(['/postcodes/SW1A 0AA']);
    expect(body).toMatchObject({ query: 'SW1A 0AA', kind: 'postcode', uncertain: false, nation: 'England' });
    expect(body.matches).toEqual([{ constituency: expect.objectContaining({ code: 'E14001172', name: 'Cities of London and Westminster' }), share: 1 }]);
    expect(body.source.name).toBe(upstreamSourceName(baseUrl));
    expect(body.source.name).toContain('127.0.0.1');
  });

  it('fills in postcodes the offline data lacks, and Northern Ireland full postcodes', async () => {
    answers.set('SW1A 9ZZ', found('E14001279'));
    answers.set('BT1 1AA', { status: 200, body: JSON.stringify({ status: 200, result: { parliamentary_constituency_2024: 'Belfast North', codes: {} } }) });
    const unknown = expectShape('lookupPostcode', (await lookup(h, 'SW1A 9ZZ')).json);
    expect(unknown.matches.map((m) => m.constituency.name)).toEqual(['Hendon']);
    const ni = expectShape('lookupPostcode', (await lookup(h, 'BT1 1AA')).json);
    expect(ni).toMatchObject({ kind: 'postcode', nation: 'Northern Ireland', uncertain: false });
    expect(ni.matches.map((m) => m.constituency.code)).toEqual(['N05000002']);
  });

  it('never asks about postcodes the offline data is sure of, outcodes or sectors', async () => {
    asked.length = 0;
    for (const q of ['SW1A 1AA', 'SE13', 'SE13 6', 'JE2 3AB', 'not a postcode']) await lookup(h, q);
    expect(asked).toEqual([]);
    expect((await lookup(h, 'SW1A 1AA')).json.source.name).not.toBe(upstreamSourceName(baseUrl));
  });

  it('falls back to the offline answer on a timeout, an error, garbage or a code it does not know', async () => {
    const offline = (await lookup(off, 'SW1A 0AA')).json;
    for (const answer of [
      { ...found('E14001279'), delayMs: 1000 },
      { status: 500, body: 'oops' },
      { status: 200, body: '<html>not json' },
      { status: 200, body: JSON.stringify({ status: 200, result: null }) },
      found('E14999999', 'Nowhere'),
    ]) {
      answers.set('SW1A 0AA', answer);
      const started = Date.now();
      const res = await lookup(h, 'SW1A 0AA');
      expect(Date.now() - started).toBeLessThan(900);
      expect(res.status).toBe(200);
      expect(res.json).toEqual(offline);
      expect(res.json.source.name).toMatch(/Code-Point Open/);
    }
    answers.delete('SW1A 9ZZ');
    const missing = await lookup(h, 'SW1A 9ZZ');
    expect(missing.status).toBe(404);
    expect(missing.json.error.code).toBe('postcode_not_found');
  });

  it('falls back when nothing listens at the address', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((r) => closed.close(r));
    const dead = await setup({ config: { postcodeUpstream: { baseUrl: deadUrl, timeoutMs: 300 } } });
    try {
      const res = await dead.call('GET', '/v1/postcodes/SW1A%200AA');
      expect(res.json.matches[0].constituency.code).toBe('E14001172');
      expect(res.json.uncertain).toBe(true);
    } finally {
      await dead.close();
    }
  });

  it('is off by default and configured from the environment with a 1.5 s timeout', () => {
    expect(configFromEnv({}).postcodeUpstream).toBeUndefined();
    expect(configFromEnv({ POSTCODE_UPSTREAM_URL: 'https://api.postcodes.io/' }).postcodeUpstream).toEqual({
      baseUrl: 'https://api.postcodes.io',
      timeoutMs: 1500,
    });
    expect(POSTCODE_UPSTREAM_TIMEOUT_MS).toBe(1500);
    expect(() => configFromEnv({ POSTCODE_UPSTREAM_URL: 'ftp://example.org' })).toThrow(/POSTCODE_UPSTREAM_URL/);
  });
});
