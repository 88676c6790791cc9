import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectShape, makeSession, setup } from '../testing/harness.js';

const HENDON = 'E14001279';
const LEWISHAM_EAST = 'E14001331';
const BROMLEY = 'E14001137';

let h: Awaited<ReturnType<typeof setup>>;
beforeAll(async () => {
  h = await setup();
});
afterAll(() => h.close());

describe('GET /v1/constituencies/{code}/targets', () => {
  it('Labour from Hendon: Hendon itself to hold (15 votes: a swing of 0.02 points) with its 3 upcoming sessions, not the cancelled one', async () => {
    for (let i = 0; i < 3; i++) await makeSession(h.call, h.adminToken, { title: `Hendon canvass ${i}` });
    const cancelled = await makeSession(h.call, h.adminToken, { title: 'Hendon: called off' });
    expect((await h.call('POST', `/v1/admin/canvass-sessions/${cancelled}/cancel`, { token: h.adminToken })).status).toBe(200);

    const res = await h.call('GET', `/v1/constituencies/${HENDON}/targets?party=lab`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    const body = expectShape('partyTargets', res.json);
    expect(body).toMatchObject({ from: { code: HENDON, name: 'Hendon' }, party: { code: 'Lab', name: 'Labour' }, swing: 5, basis: { election: 'general', date: '2024-07-04' } });
    expect(body.hold[0]).toMatchObject({
      constituency: { code: HENDON, name: 'Hendon' },
      distanceKm: 0,
      swingNeeded: 0.02,
      first: { party: 'Lab', partyName: 'Labour' },
      second: { party: 'Con', partyName: 'Conservative' },
      sessions: 3,
    });
    expect(body.win.every((t) => t.second.party === 'Lab' && t.swingNeeded <= 5 && t.sessions === 0)).toBe(true);
  });

  it('the same seat is a Conservative seat to win; swing and count are honoured', async () => {
    const body = expectShape('partyTargets', (await h.call('GET', `/v1/constituencies/${HENDON}/targets?party=Con&swing=0.5&count=2`)).json);
    expect(body.swing).toBe(0.5);
    expect(body.win[0]).toMatchObject({ constituency: { code: HENDON }, swingNeeded: 0.02, sessions: 3 });
    expect(body.win.length).toBeLessThanOrEqual(2);
    expect(body.hold.length).toBeLessThanOrEqual(2);
    expect([...body.win, ...body.hold].every((t) => t.swingNeeded <= 0.5)).toBe(true);
  });

  it('measures from the postcode’s sector when given', async () => {
    const fromSeat = expectShape('partyTargets', (await h.call('GET', `/v1/constituencies/${LEWISHAM_EAST}/targets?party=Lab`)).json);
    const fromPostcode = expectShape('partyTargets', (await h.call('GET', `/v1/constituencies/${LEWISHAM_EAST}/targets?party=Lab&postcode=SE6%204AA`)).json);
    expect(fromSeat.win[0]?.constituency.code).toBe(BROMLEY);
    expect(fromPostcode.win[0]?.distanceKm).not.toBe(fromSeat.win[0]?.distanceKm);
  });

  it('an unknown party is 400 party_unknown listing the valid codes; other bad input as usual', async () => {
    const res = await h.call('GET', `/v1/constituencies/${HENDON}/targets?party=labour`);
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('party_unknown');
    expect(res.json.error.message).toContain('Lab');
    expect(res.json.error.details.parties).toEqual(expect.arrayContaining(['Lab', 'Con', 'LD', 'Reform', 'Green', 'SNP', 'PC']));
    const missing = await h.call('GET', `/v1/constituencies/${HENDON}/targets`);
    expect(missing.status).toBe(400);
    expect(missing.json.error.details.fields[0].field).toBe('party');
    expect((await h.call('GET', `/v1/constituencies/${HENDON}/targets?party=Lab&swing=101`)).status).toBe(400);
    expect((await h.call('GET', `/v1/constituencies/${HENDON}/targets?party=Lab&count=21`)).status).toBe(400);
    expect((await h.call('GET', '/v1/constituencies/E14009999/targets?party=Lab')).json.error.code).toBe('constituency_not_found');
  });
});
