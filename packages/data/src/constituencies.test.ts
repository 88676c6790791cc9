import './test-support.js';
import { describe, expect, it } from 'vitest';
import { Constituency, ConstituencySummary } from '@solidarity-widgets/contract';
import { loadElectoralData, marginalityOf } from './index.js';

const data = loadElectoralData();
const byName = (name: string) => {
  const c = data.constituencies.find((row) => row.name === name);
  if (!c) throw new Error(`no constituency called ${name}`);
  return c;
};
const count = (values: string[]) =>
  Object.fromEntries([...new Set(values)].map((v) => [v, values.filter((x) => x === v).length]));

describe('constituencies', () => {
  it('has all 650 seats of the July 2024 boundaries, by nation', () => {
    expect(data.constituencies).toHaveLength(650);
    expect(new Set(data.constituencies.map((c) => c.code)).size).toBe(650);
    expect(count(data.constituencies.map((c) => c.nation))).toEqual({
      England: 543,
      Wales: 32,
      Scotland: 57,
      'Northern Ireland': 18,
    });
  });

  it('is sorted by name', () => {
    const names = data.constituencies.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('every row is exactly the contract Constituency shape (no missing or extra fields)', () => {
    for (const c of data.constituencies) expect(Constituency.parse(c)).toEqual(c);
  });

  it('2024 winners by party match the House of Commons Library totals', () => {
    expect(count(data.constituencies.map((c) => c.winner.party))).toEqual({
      Lab: 411, Con: 121, LD: 72, SNP: 9, SF: 7, Ind: 6, Reform: 5, DUP: 5, Green: 4, PC: 4, SDLP: 2,
      Alliance: 1, UUP: 1, TUV: 1, Spk: 1,
    });
  });

  it("current MPs reflect the six by-elections and MPs' party changes since 2024 (mp-party-changes.json)", () => {
    const mps = count(data.constituencies.map((c) => c.mp.party));
    expect(mps).toMatchObject({ Lab: 403, Con: 117, Reform: 8, Green: 5, SNP: 8, Ind: 13, YP: 2, RB: 1, LD: 71 });
    expect(data.constituencies.filter((c) => c.byElection !== null)).toHaveLength(6);
  });

  it('East Wiltshire, Newark, Romford and Fareham and Waterlooville are Reform UK now, elected Conservative', () => {
    expect(byName('East Wiltshire').mp).toEqual({
      name: 'Danny Kruger',
      party: 'Reform',
      partyName: 'Reform UK',
      elected: { party: 'Con', partyName: 'Conservative', date: '2024-07-04' },
      partySince: '2025-09-15',
      partySinceExact: true,
      partySource: expect.stringMatching(/^https:\/\//),
    });
    for (const name of ['Newark', 'Romford', 'Fareham and Waterlooville']) {
      expect(byName(name).mp, name).toMatchObject({ party: 'Reform', elected: { party: 'Con' } });
    }
  });

  it('Great Yarmouth is Restore Britain, South Basildon Independent, Coventry South and Islington North Your Party', () => {
    expect(byName('Great Yarmouth').mp).toMatchObject({ name: 'Rupert Lowe', party: 'RB', partyName: 'Restore Britain', elected: { party: 'Reform' }, partySince: '2026-02-13' });
    expect(byName('South Basildon and East Thurrock').mp).toMatchObject({ party: 'Ind', elected: { party: 'Reform' }, partySince: '2025-07-05' });
    expect(byName('Coventry South').mp).toMatchObject({ name: 'Zarah Sultana', partyName: 'Your Party', elected: { party: 'Lab' } });
    expect(byName('Islington North').mp).toMatchObject({ name: 'Jeremy Corbyn', partyName: 'Your Party', elected: { party: 'Ind' } });
  });

  it('a suspended MP sits as an Independent; a restored whip ends it; a date only seen on a snapshot is marked', () => {
    expect(byName('Kingston upon Hull East').mp).toMatchObject({ name: 'Karl Turner', party: 'Ind', elected: { party: 'Lab' }, partySinceExact: false });
    expect(byName('Hayes and Harlington').mp).toEqual({ name: 'John McDonnell', party: 'Lab', partyName: 'Labour' });
  });

  it('Holborn and St Pancras: Keir Starmer, Labour, majority 11,572 at the 2024 general election', () => {
    const c = byName('Holborn and St Pancras');
    expect(c.mp).toEqual({ name: 'Keir Starmer', party: 'Lab', partyName: 'Labour' });
    expect(c.majority).toBe(11572);
    expect(c.majorityFrom).toEqual({ election: 'general', date: '2024-07-04' });
    expect(c.byElection).toBeNull();
  });

  it('Runcorn and Helsby: Sarah Pochin (Reform UK), held by 6 votes at the by-election: ultra-marginal, not safe', () => {
    const c = byName('Runcorn and Helsby');
    expect(c.mp).toEqual({ name: 'Sarah Pochin', party: 'Reform', partyName: 'Reform UK' });
    expect(c.byElection).toMatchObject({ date: '2025-05-01', majority: 6, winner: { party: 'Reform', votes: 12645 } });
    expect(c).toMatchObject({ majority: 6, marginality: 'ultra_marginal', majorityFrom: { election: 'by_election', date: '2025-05-01' } });
    expect(c.majorityPct).toBeLessThan(0.001);
    // The 2024 result stays the 2024 result.
    expect(c.winner).toMatchObject({ name: 'Mike Amesbury', party: 'Lab' });
  });

  it('Arbroath and Broughty Ferry: the majority the candidate votes give (5,278), with a note about the summary (5,178)', () => {
    const c = byName('Arbroath and Broughty Ferry');
    expect(c.majority).toBe(5278);
    expect(c.byElection).toMatchObject({ majority: 5278, note: expect.stringMatching(/5178/) });
  });

  it('other by-elections: Gorton and Denton Green gain, Aberdeen South Con gain, Clacton latest result', () => {
    expect(byName('Gorton and Denton').mp).toEqual({ name: 'Hannah Spencer', party: 'Green', partyName: 'Green Party' });
    expect(byName('Aberdeen South').mp.party).toBe('Con');
    expect(byName('Clacton').byElection).toMatchObject({ date: '2026-08-13', majority: 12784 });
    expect(byName('Makerfield').mp.name).toBe('Andy Burnham');
  });

  it('marginality bands follow the majority share at the latest contest', () => {
    expect(marginalityOf(0.0499)).toBe('ultra_marginal');
    expect(marginalityOf(0.05)).toBe('marginal');
    expect(marginalityOf(0.0999)).toBe('marginal');
    expect(marginalityOf(0.1)).toBe('safe');
    expect(byName('Hendon')).toMatchObject({ majority: 15, marginality: 'ultra_marginal' });
    // Runcorn and Helsby joins the ultra-marginals, Arbroath and Broughty Ferry (859 in 2024) leaves them.
    expect(data.constituencies.filter((c) => c.majorityPct < 0.05)).toHaveLength(115);
    expect(data.constituencies.filter((c) => c.majorityPct < 0.1)).toHaveLength(222);
  });

  it('says how current the MP list is and carries the licence attribution', () => {
    expect(data.dataCurrentTo).toBe('2026-08-20');
    expect(data.constituencies.every((c) => c.dataCurrentTo === '2026-08-20' && c.partiesCurrentTo === '2026-06-27')).toBe(true);
    expect(data.attribution.join('\n')).toContain('Open Parliament Licence v3.0');
    expect(data.attribution.join('\n')).toContain('Royal Mail data');
    expect(data.attribution.join('\n')).toContain('Open Innovations, MIT');
  });

  it('getConstituency by GSS code', () => {
    expect(data.getConstituency('E14001172')?.name).toBe('Cities of London and Westminster');
    expect(data.getConstituency('E99999999')).toBeUndefined();
    expect(data.getConstituency('')).toBeUndefined();
  });

  it('listConstituencies filters by nation and majority, returning summaries only', () => {
    const wales = data.listConstituencies({ nation: 'Wales' });
    expect(wales).toHaveLength(32);
    for (const s of wales) expect(ConstituencySummary.parse(s)).toEqual(s);
    expect(data.listConstituencies()).toHaveLength(650);
    expect(data.listConstituencies({ maxMajorityPct: 10 })).toHaveLength(222);
    const scotMarginals = data.listConstituencies({ nation: 'Scotland', maxMajorityPct: 5 });
    expect(scotMarginals.length).toBeGreaterThan(0);
    expect(scotMarginals.every((s) => s.nation === 'Scotland' && s.majorityPct <= 0.05)).toBe(true);
  });

  it('is memoised and cannot be mutated by a caller', () => {
    expect(loadElectoralData()).toBe(data);
    const c = data.constituencies[0]!;
    expect(() => {
      (c.mp as { name: string }).name = 'Someone else';
    }).toThrow(TypeError);
  });
});
