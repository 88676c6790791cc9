import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../services/tokens.js';
import { PARTNER_ORIGIN, expectShape, setup } from '../testing/harness.js';

const CODE = 'k2m3n4p5q6';
const OTHER = 'abcdefghjk';

describe('POST /v1/referrals/{code}/visit and the per-partner counts', () => {
  let h: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    h = await setup({ rateLimit: { perIp: 8 } });
  });
  afterAll(() => h?.close());

  const visit = (code: string, body: Record<string, unknown>, ip = '198.51.100.1') =>
    h.call('POST', `/v1/referrals/${code}/visit`, { body, origin: PARTNER_ORIGIN, headers: { 'x-forwarded-for': ip } });

  it('counts visits and the actions that followed per share and per partner, and shows each partner only its own', async () => {
    for (const body of [{ partner: 'unite-polish-branch' }, { partner: 'unite-polish-branch' }, { partner: 'unite-polish-branch', action: 'signup' }]) {
      const res = await visit(CODE, body, '198.51.100.2');
      expect(res.status).toBe(202);
      expect(expectShape('recordReferralVisit', res.json)).toEqual({ counted: true });
    }
    expect((await visit(OTHER, { partner: 'unite-polish-branch' }, '198.51.100.3')).status).toBe(202);
    expect((await visit(OTHER, { partner: 'another-partner' }, '198.51.100.3')).status).toBe(202);

    const stats = expectShape('adminReferrals', (await h.call('GET', '/v1/admin/referrals', { token: h.adminToken })).json);
    expect(stats.partners).toEqual([
      { partner: 'unite-polish-branch', shares: 2, visits: 3, actions: 1, top: [{ code: CODE, visits: 2, actions: 1 }, { code: OTHER, visits: 1, actions: 0 }] },
      { partner: 'another-partner', shares: 1, visits: 1, actions: 0, top: [{ code: OTHER, visits: 1, actions: 0 }] },
    ]);
    const partnerToken = (await createToken(h.store, 'Unite Polish branch', ['partner:unite-polish-branch'])).token;
    const own = expectShape('adminReferrals', (await h.call('GET', '/v1/admin/referrals', { token: partnerToken })).json);
    expect(own.partners.map((p) => p.partner)).toEqual(['unite-polish-branch']);
    const seatToken = (await createToken(h.store, 'Lewisham organiser', ['constituency:E14001331'])).token;
    expect((await h.call('GET', '/v1/admin/referrals', { token: seatToken })).status).toBe(403);
    expect((await h.call('GET', '/v1/admin/referrals')).status).toBe(401);
  });

  it('stores counts only: no address, no time of a visit', async () => {
    await visit(CODE, { partner: 'unite-polish-branch' }, '203.0.113.77');
    const { rows } = await h.store.query<Record<string, unknown>>('SELECT * FROM referral_counts');
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(['actions', 'code', 'first_day', 'last_day', 'partner', 'visits']);
    expect(JSON.stringify(rows)).not.toContain('203.0.113.77');
  });

  it('refuses a code that is not one of ours and an unknown action', async () => {
    const bad = await h.call('POST', '/v1/referrals/NOT-A-CODE/visit', { body: {} });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('validation_failed');
    const action = await visit(CODE, { action: 'bought-shoes' }, '198.51.100.4');
    expect(action.json.error.details.fields.map((f: { field: string }) => f.field)).toEqual(['action']);
  });

  it('is rate-limited like other public writes', async () => {
    let last = 0;
    for (let i = 0; i < 9; i++) last = (await visit(CODE, {}, '203.0.113.9')).status;
    expect(last).toBe(429);
  });
});
