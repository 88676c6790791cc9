import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARTNER_ORIGIN, makeSession, messageBody, setup, signupBody } from '../testing/harness.js';

let h: Awaited<ReturnType<typeof setup>>;
beforeAll(async () => {
  h = await setup({ rateLimit: { perIp: 3, perPartner: 5, windowSeconds: 60 }, config: { trustProxy: true } });
});
afterAll(() => h.close());

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

  it('per partner: many IPs together cannot exceed one partner\'s allowance', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await fromIp(`192.0.2.${i + 10}`, { message: `partner limit ${i}`, partner: 'busy-partner' })).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
  });

  it('counts live in the database (a second instance would see them)', async () => {
    const { rows } = await h.store.query<{ bucket: string }>('SELECT bucket FROM rate_limits');
    expect(rows.some((r) => r.bucket === 'partner:busy-partner')).toBe(true);
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
