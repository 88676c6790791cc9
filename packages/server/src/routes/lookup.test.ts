import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectShape, setup } from '../testing/harness.js';

let h: Awaited<ReturnType<typeof setup>>;
beforeAll(async () => {
  h = await setup();
});
afterAll(() => h.close());

describe('GET /v1/postcodes/{postcode}', () => {
  it('finds the constituency of a full postcode, in any spacing or case', async () => {
    for (const raw of ['SE13 6AA', 'se136aa', 'SE13%206AA']) {
      const res = await h.call('GET', `/v1/postcodes/${raw}`);
      expect(res.status, raw).toBe(200);
      const body = expectShape('lookupPostcode', res.json);
      expect(body.query).toBe('SE13 6AA');
      expect(body.matches[0]?.constituency.name).toBe('Lewisham North');
    }
  });

  it('ignores harmless punctuation a supporter types: a hyphen, a full stop, a missing space', async () => {
    for (const raw of ['SE6-4AA', 'SE6%204AA.', 'SE64AA', 'se6-4aa.']) {
      const res = await h.call('GET', `/v1/postcodes/${raw}`);
      expect(res.status, raw).toBe(200);
      const body = expectShape('lookupPostcode', res.json);
      expect(body).toMatchObject({ query: 'SE6 4AA', kind: 'postcode' });
      expect(body.matches.map((m) => m.constituency.name)).toEqual(['Lewisham East']);
    }
  });

  it('an incomplete postcode (SE6 4A, SE64A) is answered for its sector, saying what was typed', async () => {
    for (const raw of ['SE6%204A', 'SE64A']) {
      const res = await h.call('GET', `/v1/postcodes/${raw}`);
      expect(res.status, raw).toBe(200);
      const body = expectShape('lookupPostcode', res.json);
      expect(body).toMatchObject({ query: 'SE6 4', kind: 'sector', incomplete: 'SE6 4A' });
      expect(body.matches.length).toBeGreaterThan(0);
    }
  });

  it('returns every seat of an outcode that spans several, with shares', async () => {
    const res = await h.call('GET', '/v1/postcodes/SE13');
    expect(res.status).toBe(200);
    const body = expectShape('lookupPostcode', res.json);
    expect(body.kind).toBe('outcode');
    expect(body.matches.length).toBeGreaterThan(1);
    expect(body.uncertain).toBe(true);
  });

  it('400 postcode_invalid for something that is not a postcode', async () => {
    const res = await h.call('GET', '/v1/postcodes/hello');
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('postcode_invalid');
  });

  it('404 postcode_not_found for a well-formed unknown postcode', async () => {
    const res = await h.call('GET', '/v1/postcodes/ZZ99%209ZZ');
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe('postcode_not_found');
  });

  it('404 postcode_outside_constituencies for Jersey, with the territory in details', async () => {
    const res = await h.call('GET', '/v1/postcodes/JE2%203AB');
    expect(res.status).toBe(404);
    expect(res.json.error).toMatchObject({ code: 'postcode_outside_constituencies', details: { territory: 'Jersey' } });
  });

  it('validation_failed for an over-long value', async () => {
    const res = await h.call('GET', `/v1/postcodes/${'A'.repeat(40)}`);
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('validation_failed');
  });
});

describe('constituencies', () => {
  it('GET /v1/constituencies/{code} in all four nations', async () => {
    for (const code of ['E14001331', 'W07000081', 'S14000060', 'N05000001']) {
      const res = await h.call('GET', `/v1/constituencies/${code}`);
      expect(res.status, code).toBe(200);
      expect(expectShape('getConstituency', res.json).code).toBe(code);
    }
  });

  it('404 constituency_not_found for a well-formed unknown code; 400 for a malformed one', async () => {
    const unknown = await h.call('GET', '/v1/constituencies/E14009999');
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.code).toBe('constituency_not_found');
    const malformed = await h.call('GET', '/v1/constituencies/lewisham');
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.code).toBe('validation_failed');
  });

  it('lists and filters by nation and majority', async () => {
    const all = expectShape('listConstituencies', (await h.call('GET', '/v1/constituencies')).json);
    expect(all.constituencies).toHaveLength(650);
    const wales = expectShape('listConstituencies', (await h.call('GET', '/v1/constituencies?nation=Wales')).json);
    expect(wales.constituencies).toHaveLength(32);
    const marginal = expectShape('listConstituencies', (await h.call('GET', '/v1/constituencies?maxMajorityPct=1')).json);
    expect(marginal.constituencies.length).toBeGreaterThan(0);
    expect(marginal.constituencies.every((c) => c.majorityPct <= 0.01)).toBe(true);
    const bad = await h.call('GET', '/v1/constituencies?nation=Atlantis');
    expect(bad.status).toBe(400);
    expect(bad.json.error.details.fields[0].field).toBe('nation');
  });

  it('nearby marginals, nearest first, honouring limit', async () => {
    const res = await h.call('GET', '/v1/constituencies/E14001331/nearby-marginals?limit=3');
    expect(res.status).toBe(200);
    const body = expectShape('nearbyMarginals', res.json);
    expect(body.from.code).toBe('E14001331');
    expect(body.marginals).toHaveLength(3);
    const distances = body.marginals.map((m) => m.distanceKm);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    const tooMany = await h.call('GET', '/v1/constituencies/E14001331/nearby-marginals?limit=500');
    expect(tooMany.status).toBe(400);
    const unknown = await h.call('GET', '/v1/constituencies/E14009999/nearby-marginals');
    expect(unknown.status).toBe(404);
  });
});
