import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../services/tokens.js';
import { expectShape, setup } from '../testing/harness.js';

// GET /v1/postcodes/{postcode}/answer: the finder's first screen in one request (docs/decisions/0011-one-request-lookup.md).
// Each part must say exactly what its own route says, so the answer is checked against those routes' answers.

const LEWISHAM_EAST = 'E14001331';

let h: Awaited<ReturnType<typeof setup>>;
beforeAll(async () => {
  h = await setup();
});
afterAll(() => h.close());

const get = async (path: string) => {
  const res = await h.call('GET', path);
  expect(res.status, `${path}: ${res.text}`).toBe(200);
  return res;
};

describe('GET /v1/postcodes/{postcode}/answer', () => {
  it('one seat: the lookup, the seat, its nearby marginals and its local contact and groups, as their own routes say', async () => {
    const token = (await createToken(h.store, 'lewisham', [`constituency:${LEWISHAM_EAST}`])).token;
    const set = await h.call('PUT', `/v1/admin/constituencies/${LEWISHAM_EAST}/local-contact`, {
      token,
      body: { name: 'Lewisham East Labour', email: 'hello@lewisham.example', languages: ['en'] },
    });
    expect(set.status, set.text).toBe(200);

    const res = await get('/v1/postcodes/se6-4aa/answer?limit=3&maxMajorityPct=12');
    const answer = expectShape('postcodeAnswer', res.json);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(answer.lookup).toEqual((await get('/v1/postcodes/SE6%204AA')).json);
    expect(answer.seat?.constituency).toEqual((await get(`/v1/constituencies/${LEWISHAM_EAST}`)).json);
    expect(answer.seat?.nearby).toEqual(
      (await get(`/v1/constituencies/${LEWISHAM_EAST}/nearby-marginals?limit=3&maxMajorityPct=12&postcode=SE6%204AA`)).json,
    );
    expect(answer.seat?.nearby.marginals).toHaveLength(3);
    expect(answer.seat?.local).toEqual((await get(`/v1/local-groups?constituency=${LEWISHAM_EAST}`)).json);
    expect(answer.seat?.local?.localContact).toMatchObject({ name: 'Lewisham East Labour' });
  });

  it('defaults as nearby-marginals does (5 seats within 10 %)', async () => {
    const answer = expectShape('postcodeAnswer', (await get('/v1/postcodes/SE6%204AA/answer')).json);
    expect(answer.seat?.nearby).toEqual((await get(`/v1/constituencies/${LEWISHAM_EAST}/nearby-marginals?postcode=SE6%204AA`)).json);
    expect(answer.seat?.nearby.maxMajorityPct).toBe(10);
  });

  it('Scotland and Wales: one seat with everything', async () => {
    for (const postcode of ['AB16%207AA', 'CF23%207AA']) {
      const answer = expectShape('postcodeAnswer', (await get(`/v1/postcodes/${postcode}/answer`)).json);
      const lookup = expectShape('lookupPostcode', (await get(`/v1/postcodes/${postcode}`)).json);
      expect(answer.lookup).toEqual(lookup);
      expect(lookup.matches).toHaveLength(1);
      expect(answer.seat?.constituency.code).toBe(lookup.matches[0]?.constituency.code);
      expect(answer.seat?.constituency.nation).toBe(postcode.startsWith('AB') ? 'Scotland' : 'Wales');
      expect(answer.seat?.local).toMatchObject({ localContact: null });
    }
  });

  it('several seats: the lookup alone, to choose from', async () => {
    const answer = expectShape('postcodeAnswer', (await get('/v1/postcodes/SE13/answer')).json);
    expect(answer.lookup).toEqual((await get('/v1/postcodes/SE13')).json);
    expect(answer.lookup.matches.length).toBeGreaterThan(1);
    expect(answer.seat).toBeNull();
  });

  it('Northern Ireland: the nation is known, not the seat, so its seats are listed to choose from', async () => {
    const answer = expectShape('postcodeAnswer', (await get('/v1/postcodes/BT7%201NN/answer')).json);
    const nation = expectShape('listConstituencies', (await get('/v1/constituencies?nation=Northern%20Ireland')).json);
    expect(answer.lookup).toMatchObject({ kind: 'nation', nation: 'Northern Ireland' });
    expect(answer.lookup.matches).toEqual(nation.constituencies.map((constituency) => ({ constituency, share: null })));
    expect(answer.lookup.matches).toHaveLength(18);
    expect(answer.seat).toBeNull();
  });

  it('the lookup errors, as the lookup route gives them', async () => {
    for (const [path, status, code] of [
      ['hello', 400, 'postcode_invalid'],
      ['ZZ99%209ZZ', 404, 'postcode_not_found'],
      ['JE2%203AB', 404, 'postcode_outside_constituencies'],
    ] as const) {
      const res = await h.call('GET', `/v1/postcodes/${path}/answer`);
      expect(res.status, path).toBe(status);
      expect(res.json.error.code, path).toBe(code);
      const { requestId: _id, ...error } = res.json.error;
      expect(error).toEqual((({ requestId: _, ...rest }) => rest)((await h.call('GET', `/v1/postcodes/${path}`)).json.error));
    }
    const limit = await h.call('GET', '/v1/postcodes/SE6%204AA/answer?limit=21');
    expect(limit.status).toBe(400);
    expect(limit.json.error).toMatchObject({ code: 'validation_failed', details: { fields: [{ field: 'limit' }] } });
  });
});

describe('GET /v1/postcodes/{postcode}/answer without the database', () => {
  it('still answers the lookup, the seat and nearby marginals; the local directory is null (ask again later)', async () => {
    const down = await setup();
    await down.call('GET', '/v1/postcodes/SE6%204AA'); // the party-change overlay is loaded while the database is up
    await down.store.close();
    const res = await down.call('GET', '/v1/postcodes/SE6%204AA/answer');
    expect(res.status, res.text).toBe(200);
    const answer = expectShape('postcodeAnswer', res.json);
    expect(answer.seat).toMatchObject({ constituency: { code: LEWISHAM_EAST }, local: null });
    expect(answer.seat?.nearby.marginals.length).toBeGreaterThan(0);
  });
});
