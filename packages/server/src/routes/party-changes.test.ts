import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../services/tokens.js';
import { PARTNER_ORIGIN, expectShape, setup } from '../testing/harness.js';

let h: Awaited<ReturnType<typeof setup>>;
let organiserToken: string;
let operatorToken: string;
beforeAll(async () => {
  h = await setup();
  organiserToken = (await createToken(h.store, 'Lewisham organiser', ['constituency:E14001331'])).token;
  operatorToken = (await createToken(h.store, 'Amina (data desk)', ['admin'])).token;
});
afterAll(() => h?.close());

const LEWISHAM_EAST = 'E14001331';
const today = () => new Date().toISOString().slice(0, 10);
const change = (over: Record<string, unknown> = {}) => ({
  constituency: LEWISHAM_EAST,
  party: 'Ind',
  date: '2026-11-20',
  source: 'https://news.example.org/2026/11/20/lewisham-east-whip-suspended',
  note: 'Whip suspended pending an investigation',
  ...over,
});
const add = (body: unknown, token = operatorToken) => h.call('POST', '/v1/admin/party-changes', { token, body, origin: PARTNER_ORIGIN });

describe('operators record MPs’ party changes between releases', () => {
  it('a change shows at once in the lookup, the seat, the list and nearby marginals, with who added it', async () => {
    const before = await h.call('GET', '/v1/postcodes/SE6%204AA');
    expect(before.json.matches[0].constituency.mp).toEqual({ name: 'Janet Daby', party: 'Lab', partyName: 'Labour' });

    const res = await add(change());
    expect(res.status).toBe(201);
    const added = expectShape('adminAddPartyChange', res.json);
    expect(added).toMatchObject({
      constituency: { code: LEWISHAM_EAST, name: 'Lewisham East' }, party: 'Ind', partyName: 'Independent', date: '2026-11-20',
      addedBy: 'Amina (data desk)', applied: true, note: 'Whip suspended pending an investigation',
    });
    expect(Date.now() - Date.parse(added.addedAt)).toBeLessThan(60_000);

    const expectedMp = {
      name: 'Janet Daby', party: 'Ind', partyName: 'Independent',
      elected: { party: 'Lab', partyName: 'Labour', date: '2024-07-04' },
      partySince: '2026-11-20', partySinceExact: true, partySource: 'https://news.example.org/2026/11/20/lewisham-east-whip-suspended',
    };
    const lookup = await h.call('GET', '/v1/postcodes/SE6%204AA');
    expect(lookup.json.matches[0].constituency.mp).toEqual(expectedMp);
    const seat = expectShape('getConstituency', (await h.call('GET', `/v1/constituencies/${LEWISHAM_EAST}`)).json);
    expect(seat.mp).toEqual(expectedMp);
    expect(seat.factsCurrentTo).toBe('2026-11-20');
    expect(seat.dataCurrentTo).toBe(h.data.dataCurrentTo);
    const list = expectShape('listConstituencies', (await h.call('GET', '/v1/constituencies?nation=England')).json);
    expect(list.constituencies.find((c) => c.code === LEWISHAM_EAST)?.mp).toEqual(expectedMp);
    expect(list.factsCurrentTo).toBe('2026-11-20');
    const health = await h.call('GET', '/v1/health');
    expect(health.json.factsCurrentTo).toBe('2026-11-20');

    // Lewisham East is safe, so it is never a nearby marginal: record a change in a marginal and look from next door.
    const marginal = (await h.call('GET', `/v1/constituencies/${LEWISHAM_EAST}/nearby-marginals?limit=1&maxMajorityPct=100`)).json.marginals[0].constituency;
    await add(change({ constituency: marginal.code, party: 'GWP', partyName: 'Green Workers Party', date: '2026-11-21' }));
    const nearby = (await h.call('GET', `/v1/constituencies/${LEWISHAM_EAST}/nearby-marginals?limit=1&maxMajorityPct=100`)).json.marginals[0].constituency;
    expect(nearby.mp).toMatchObject({ party: 'GWP', partyName: 'Green Workers Party', partySince: '2026-11-21' });

    const listed = expectShape('adminListPartyChanges', (await h.call('GET', '/v1/admin/party-changes', { token: h.adminToken })).json);
    expect(listed.changes.map((c) => [c.constituency.code, c.party, c.addedBy])).toEqual([
      [marginal.code, 'GWP', 'Amina (data desk)'],
      [LEWISHAM_EAST, 'Ind', 'Amina (data desk)'],
    ]);

    // A later change back to the elected party: the MP is plain Labour again; removing it brings the suspension back.
    const restored = expectShape('adminAddPartyChange', (await add(change({ party: 'Lab', date: '2026-11-25', note: '' }))).json);
    expect(restored.note).toBeNull();
    expect((await h.call('GET', `/v1/constituencies/${LEWISHAM_EAST}`)).json.mp).toEqual({ name: 'Janet Daby', party: 'Lab', partyName: 'Labour' });
    const listedAgain = expectShape('adminListPartyChanges', (await h.call('GET', '/v1/admin/party-changes', { token: h.adminToken })).json);
    expect(listedAgain.changes.find((c) => c.party === 'Ind')?.applied).toBe(false);

    const removed = await h.call('DELETE', `/v1/admin/party-changes/${restored.id}`, { token: h.adminToken, origin: PARTNER_ORIGIN });
    expect(removed.status).toBe(200);
    expect(removed.json.removed.id).toBe(restored.id);
    expect((await h.call('GET', `/v1/constituencies/${LEWISHAM_EAST}`)).json.mp).toEqual(expectedMp);
    const again = await h.call('DELETE', `/v1/admin/party-changes/${restored.id}`, { token: h.adminToken });
    expect(again.status).toBe(404);
    expect(again.json.error.code).toBe('party_change_not_found');
  });

  it('refuses an unknown seat, a new party without a name, a future date, a date before the election and a non-https source', async () => {
    expect((await add(change({ constituency: 'E14999999' }))).json.error.code).toBe('constituency_not_found');
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const cases: [Record<string, unknown>, string][] = [
      [{ party: 'NewParty' }, 'partyName:required'],
      [{ date: tomorrow }, 'date:invalid_value'],
      [{ date: '2024-07-03' }, 'date:invalid_value'],
      [{ source: 'http://news.example.org/story' }, 'source:invalid_format'],
      [{ source: undefined }, 'source:required'],
      [{ note: 'bad\u0007bell' }, 'note:invalid_format'],
    ];
    for (const [over, expected] of cases) {
      const res = await add(change(over));
      expect(res.status, JSON.stringify(over)).toBe(400);
      expect(res.json.error.details.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`)).toEqual([expected]);
    }
    // Today is fine.
    expect((await add(change({ date: today(), constituency: 'E14001450' }))).status).toBe(201);
  });

  it('is for admin tokens only', async () => {
    expect((await add(change(), organiserToken)).json.error.code).toBe('forbidden');
    expect((await h.call('GET', '/v1/admin/party-changes', { token: organiserToken })).json.error.code).toBe('forbidden');
    expect((await h.call('GET', '/v1/admin/party-changes')).json.error.code).toBe('unauthorized');
  });
});

describe('caching of constituency answers', () => {
  it('lets browsers and caches keep an answer for five minutes at most, so a recorded change reaches them soon', async () => {
    for (const path of ['/v1/postcodes/SE6%204AA', `/v1/constituencies/${LEWISHAM_EAST}`, '/v1/constituencies', `/v1/constituencies/${LEWISHAM_EAST}/nearby-marginals`]) {
      expect((await h.call('GET', path)).headers.get('cache-control'), path).toBe('public, max-age=300');
    }
  });
});
