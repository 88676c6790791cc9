import { loadElectoralData } from '@solidarity-widgets/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { makeConfig } from '../config.js';
import { openStore } from '../store/open.js';
import { PARTNER_ORIGIN, makeSession, messageBody, setup, signupBody } from '../testing/harness.js';
import { PartnerTotals } from './rate-limit.js';

let h: Awaited<ReturnType<typeof setup>>;
let flood: Awaited<ReturnType<typeof setup>>;
beforeAll(async () => {
  h = await setup({ rateLimit: { perIp: 3, perPartner: 5, windowSeconds: 60 }, config: { trustProxy: true } });
  flood = await setup({ rateLimit: { perIp: 3, perPartner: 10, windowSeconds: 60 }, config: { trustProxy: true } });
});
afterAll(async () => {
  await h.close();
  await flood.close();
});

const fromIp = (ip: string, body: Record<string, unknown>) =>
  h.call('POST', '/v1/solidarity-messages', { origin: PARTNER_ORIGIN, headers: { 'X-Forwarded-For': `203.0.113.99, ${ip}` }, body: messageBody(body) });

describe('rate limits on writes', () => {
  it('per IP: the 4th write in a window is 429 with Retry-After and RateLimit-* headers', async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 4; i++) {
      last = await fromIp('198.51.100.1', { message: `ip limit ${i}`, partner: `p-ip-${i}` });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([202, 202, 202, 429]);
    expect(last!.json.error.code).toBe('rate_limited');
    const retryAfter = Number(last!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(last!.headers.get('ratelimit-limit')).toBe('3');
    expect(last!.headers.get('ratelimit-remaining')).toBe('0');
    expect(last!.headers.get('ratelimit-policy')).toBe('3;w=60');
    // Another client is unaffected; reads are never limited.
    expect((await fromIp('198.51.100.2', { message: 'other ip', partner: 'p-other' })).status).toBe(202);
    expect((await h.call('GET', '/v1/solidarity-messages', { headers: { 'X-Forwarded-For': '198.51.100.1' } })).status).toBe(200);
  });

  it('successful writes report how much is left', async () => {
    const res = await fromIp('198.51.100.3', { message: 'remaining check', partner: 'p-remaining' });
    expect(res.headers.get('ratelimit-remaining')).toBe('2');
  });

  it('per partner: once many networks together pass a partner\'s allowance, each network may send one more, no more', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await fromIp('192.0.2.10', { message: `partner limit a${i}`, partner: 'busy-partner' })).status);
    for (let i = 0; i < 2; i++) statuses.push((await fromIp('192.0.2.11', { message: `partner limit b${i}`, partner: 'busy-partner' })).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202]);
    // The valve trips: each network may send one more to this partner in this window, and then waits, even
    // with its own allowance left...
    expect((await fromIp('192.0.2.12', { message: 'partner limit c0', partner: 'busy-partner' })).status).toBe(202);
    const again = await fromIp('192.0.2.12', { message: 'partner limit c1', partner: 'busy-partner' });
    expect(again.status).toBe(429);
    expect(Number(again.headers.get('retry-after'))).toBeGreaterThan(0);
    // ...while a supporter who has not written yet still gets through.
    expect((await fromIp('192.0.2.13', { message: 'partner limit d0', partner: 'busy-partner' })).status).toBe(202);
  });

  it('counts live in the database (a second instance would see them)', async () => {
    const { rows } = await h.store.query<{ bucket: string }>('SELECT bucket FROM rate_limits');
    // The partner's shared count, spread over several rows (http/rate-limit.ts PARTNER_SHARDS).
    expect(rows.some((r) => r.bucket.startsWith('partner:busy-partner#'))).toBe(true);
    // IPs are stored hashed, never as written.
    expect(rows.some((r) => r.bucket.includes('198.51.100'))).toBe(false);
  });

  it('sign-ups are limited too', async () => {
    const session = await makeSession(h.call, h.adminToken);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await h.call('POST', '/v1/canvass-signups', { headers: { 'X-Forwarded-For': '198.51.100.50' }, body: signupBody(session, { email: `rl${i}@example.org`, partner: `rl-${i}` }) });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
  });
});

describe('outsiders cannot silence a partner', () => {
  const send = (ip: string, body: Record<string, unknown>) =>
    flood.call('POST', '/v1/solidarity-messages', { origin: PARTNER_ORIGIN, headers: { 'X-Forwarded-For': ip }, body: messageBody({ partner: 'target-union', ...body }) });
  // A bot caught by the honeypot (the hidden field people never see); fast sends are people, queued for moderation.
  const bot = (ip: string, i: number) => send(ip, { message: `bot spam ${ip} ${i}`, website: 'http://spam.example' });

  it('a flood of bot posts from many addresses plus genuine-looking posts from a few leave room for a real supporter', async () => {
    const statuses: number[] = [];
    // 40 addresses × 3 bot-flagged posts: each looks accepted (202) but nothing is stored or counted.
    for (let a = 0; a < 40; a++) for (let i = 0; i < 3; i++) statuses.push((await bot(`198.18.${a}.7`, i)).status);
    expect(new Set(statuses)).toEqual(new Set([202]));
    // Two addresses post genuine-looking text until each hits its own limit.
    for (const ip of ['198.18.200.1', '198.18.200.2']) {
      const own: number[] = [];
      for (let i = 0; i < 4; i++) own.push((await send(ip, { message: `looks real ${ip} ${i}` })).status);
      expect(own).toEqual([202, 202, 202, 429]);
    }
    // A supporter from a fresh address still gets through.
    const genuine = await send('203.0.113.77', { message: 'Solidarity from a real supporter' });
    expect(genuine.status).toBe(202);
    // Bots that learn to look human (skip the honeypot, wait long enough) from many addresses trip the partner's
    // valve, but it never refuses anyone who has not written yet.
    for (let a = 0; a < 10; a++) for (let i = 0; i < 3; i++) await send(`198.19.${a}.9`, { message: `human-looking spam ${a} ${i}` });
    expect((await send('198.19.0.9', { message: 'human-looking spam once more' })).status).toBe(429);
    expect((await send('203.0.113.78', { message: 'Another real supporter' })).status).toBe(202);
    const { rows } = await flood.store.query<{ n: number }>(`SELECT count(*)::int AS n FROM solidarity_messages WHERE partner = 'target-union' AND message LIKE 'bot spam%'`);
    expect(rows[0]?.n).toBe(0);
  });

  it('dropped bot posts do not use up their address\'s allowance either', async () => {
    for (let i = 0; i < 6; i++) expect((await send('198.18.250.9', { message: `shared wifi bot ${i}`, website: 'http://spam.example', partner: 'wifi-union' })).status).toBe(202);
    const people: number[] = [];
    for (let i = 0; i < 4; i++) people.push((await send('198.18.250.9', { message: `person on shared wifi ${i}`, partner: 'wifi-union' })).status);
    expect(people).toEqual([202, 202, 202, 429]);
  });

  it('one address cannot send bot posts without end: a flood valve counts every attempt', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await send('198.18.251.1', { message: `valve ${i}`, website: 'http://spam.example', partner: 'valve-union' })).status);
    expect(statuses.slice(0, 30).every((s) => s === 202)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('IPv6 clients are limited per /64: rotating the interface id does not give a fresh allowance', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 4; i++) statuses.push((await send(`2001:db8:5:6::${i}`, { message: `v6 ${i}`, partner: 'v6-union' })).status);
    expect(statuses).toEqual([202, 202, 202, 429]);
    expect((await send('2001:db8:5:7::1', { message: 'v6 next network', partner: 'v6-union' })).status).toBe(202);
    expect((await send('2001:0db8:0005:0006:ffff:1:2:3', { message: 'v6 same /64 written out in full', partner: 'v6-union' })).status).toBe(429);
  });
});

describe("what an instance knows of a partner's total", () => {
  it('nothing until a write has read it; then, for a second, that total plus its own counted writes, in that window, under half the allowance', () => {
    const totals = new PartnerTotals();
    expect(totals.take('union', 0, 100, true, 1_000)).toBeNull();
    totals.read('union', 0, 40, true, 1_000); // 40 before this write, 41 with it
    expect(totals.take('union', 0, 100, true, 1_500)).toBe(41);
    expect(totals.take('union', 0, 100, false, 1_600)).toBe(42); // a honeypot hit is checked, not counted
    expect(totals.take('union', 0, 100, true, 1_700)).toBe(42);
    expect(totals.take('union', 0, 100, true, 2_001)).toBeNull(); // over a second old: read again
    expect(totals.take('union', 3_600_000, 100, true, 1_800)).toBeNull(); // another window
    expect(totals.take('another-union', 0, 100, true, 1_800)).toBeNull();
    totals.read('union', 0, 49, true, 3_000); // 50: half the allowance
    expect(totals.take('union', 0, 100, true, 3_100)).toBeNull(); // near the allowance every write reads
  });

  it('two instances on one database: the valve trips at the same write as on one', async () => {
    const store = await openStore({ memory: true });
    try {
      // As deployed (docs/deploy.md): every instance has the same CLIENT_HASH_SECRET, so a network's rows are the same.
      const config = makeConfig({
        allowedOrigins: [PARTNER_ORIGIN], trustProxy: true, clientHashSecret: 'shared-client-hash-secret',
        rateLimit: { perIp: 3, perPartner: 10, windowSeconds: 60 },
      });
      const data = loadElectoralData();
      const instances = [createApp({ store, data, config, log: () => {} }), createApp({ store, data, config, log: () => {} })];
      const send = async (instance: number, ip: string, message: string) =>
        (await instances[instance]!.request('/v1/solidarity-messages', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Origin: PARTNER_ORIGIN, 'X-Forwarded-For': ip },
          body: JSON.stringify(messageBody({ message, partner: 'shared-union' })),
        })).status;
      // Ten writes from ten networks, alternating instances: each instance's total misses the other's writes.
      for (let i = 1; i <= 10; i++) expect(await send(i % 2, `198.51.100.${100 + i}`, `Shared partner ${i}`)).toBe(202);
      // The eleventh passes the allowance: its network may send this one and no more; a new network still may.
      expect(await send(0, '198.51.100.111', 'Shared partner 11')).toBe(202);
      expect(await send(1, '198.51.100.111', 'Shared partner 12')).toBe(429);
      expect(await send(1, '198.51.100.112', 'Shared partner 13')).toBe(202);
    } finally {
      await store.close();
    }
  });
});
