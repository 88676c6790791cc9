import './test-support.js';
import { describe, expect, it } from 'vitest';
import { NearbyMarginals } from '@solidarity-widgets/contract';
import { distanceKm, loadElectoralData } from './index.js';

const data = loadElectoralData();
const LEWISHAM_EAST = 'E14001331';

describe('nearbyMarginals', () => {
  it('from Lewisham East: five marginal seats, nearest first, none safe, home excluded', () => {
    const result = data.nearbyMarginals(LEWISHAM_EAST);
    expect(result).toBeDefined();
    expect(NearbyMarginals.parse(result)).toEqual(result);
    expect(result?.from).toEqual({ code: LEWISHAM_EAST, name: 'Lewisham East' });
    expect(result?.maxMajorityPct).toBe(10);
    const marginals = result?.marginals ?? [];
    expect(marginals).toHaveLength(5);
    expect(marginals.every((m) => m.constituency.code !== LEWISHAM_EAST)).toBe(true);
    expect(marginals.every((m) => m.constituency.marginality !== 'safe' && m.constituency.majorityPct <= 0.1)).toBe(true);
    const distances = marginals.map((m) => m.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances.every((d) => d > 0 && d < 30 && Math.round(d * 10) / 10 === d)).toBe(true);
  });

  it('matches a brute-force search over every seat', () => {
    const home = data.getConstituency(LEWISHAM_EAST)!;
    const expected = data.constituencies
      .filter((c) => c.code !== LEWISHAM_EAST && c.nation !== 'Northern Ireland' && c.majorityPct * 100 <= 10)
      .map((c) => ({ code: c.code, km: distanceKm(home.centroid, c.centroid) }))
      .sort((a, b) => a.km - b.km)
      .slice(0, 8)
      .map((c) => c.code);
    expect(data.nearbyMarginals(LEWISHAM_EAST, { limit: 8 })?.marginals.map((m) => m.constituency.code)).toEqual(expected);
  });

  it('respects limit and maxMajorityPct', () => {
    const tight = data.nearbyMarginals(LEWISHAM_EAST, { limit: 3, maxMajorityPct: 2 });
    expect(tight?.marginals).toHaveLength(3);
    expect(tight?.maxMajorityPct).toBe(2);
    expect(tight?.marginals.every((m) => m.constituency.majorityPct <= 0.02)).toBe(true);
    expect(tight?.marginals.every((m) => m.constituency.marginality === 'ultra_marginal')).toBe(true);
  });

  it("measures from the supporter's sector when a postcode is given", () => {
    const fromSeat = data.nearbyMarginals(LEWISHAM_EAST, { limit: 20 })!;
    const fromPostcode = data.nearbyMarginals(LEWISHAM_EAST, { limit: 20, postcode: 'SE13 6AA' })!;
    expect(fromPostcode.marginals.map((m) => m.distanceKm)).not.toEqual(fromSeat.marginals.map((m) => m.distanceKm));
    // A sector query gives the same origin as a postcode in that sector.
    expect(data.nearbyMarginals(LEWISHAM_EAST, { limit: 20, postcode: 'se13 6' })).toEqual(fromPostcode);
    // An unknown postcode falls back to the constituency's centroid.
    expect(data.nearbyMarginals(LEWISHAM_EAST, { limit: 20, postcode: 'not a postcode' })).toEqual(fromSeat);
  });

  it('keeps Great Britain and Northern Ireland apart', () => {
    const fromNi = data.nearbyMarginals('N05000012', { maxMajorityPct: 100, limit: 20 });
    expect(fromNi?.from.name).toBe('North Antrim');
    expect(fromNi?.marginals).toHaveLength(17);
    expect(fromNi?.marginals.every((m) => m.constituency.nation === 'Northern Ireland')).toBe(true);
    const galloway = data.constituencies.find((c) => c.name.startsWith('Dumfries and Galloway'))!;
    const fromGalloway = data.nearbyMarginals(galloway.code, { maxMajorityPct: 100, limit: 20 });
    expect(fromGalloway?.marginals.some((m) => m.constituency.nation === 'Northern Ireland')).toBe(false);
  });

  it('returns undefined for an unknown constituency', () => {
    expect(data.nearbyMarginals('E99999999')).toBeUndefined();
  });
});
