import { describe, expect, it } from 'vitest';
import { loadElectoralData } from '@solidarity-widgets/data';
import { fixtures } from '@solidarity-widgets/sdk/mock';

/**
 * The mock's seats are copies of real ones. When the data changes (an MP changes party, a by-election moves a
 * majority), the copies must change with it, or apps tested against the mock would show a supporter stale facts.
 */
describe('mock constituency fixtures match the shipped data', () => {
  const data = loadElectoralData();

  it('every fixture seat is exactly what the data package (and so the real server) says', () => {
    expect(fixtures.constituencies.length).toBeGreaterThanOrEqual(12);
    for (const seat of fixtures.constituencies) expect(seat, seat.name).toEqual(data.getConstituency(seat.code));
  });

  it("includes an MP who changed party (East Wiltshire) and a seat whose majority is from a by-election (Runcorn and Helsby)", () => {
    const east = fixtures.constituencies.find((c) => c.name === 'East Wiltshire');
    expect(east?.mp).toMatchObject({ party: 'Reform', elected: { party: 'Con' } });
    const runcorn = fixtures.constituencies.find((c) => c.name === 'Runcorn and Helsby');
    expect(runcorn).toMatchObject({ majority: 6, majorityFrom: { election: 'by_election' }, marginality: 'ultra_marginal' });
  });
});
