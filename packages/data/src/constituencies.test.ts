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

  it('current MPs reflect the six by-elections since 2024', () => {
    const mps = count(data.constituencies.map((c) => c.mp.party));
    expect(mps).toMatchObject({ Lab: 409, Con: 122, Reform: 6, Green: 5, SNP: 8 });
    expect(data.constituencies.filter((c) => c.byElection !== null)).toHaveLength(6);
  });

  it('Holborn and St Pancras: Keir Starmer, Labour, majority 11,572', () => {
    const c = byName('Holborn and St Pancras');
    expect(c.mp).toEqual({ name: 'Keir Starmer', party: 'Lab', partyName: 'Labour' });
    expect(c.majority).toBe(11572);
    expect(c.byElection).toBeNull();
  });

  it('Runcorn and Helsby shows the by-election winner, Sarah Pochin (Reform UK), majority 6', () => {
    const c = byName('Runcorn and Helsby');
    expect(c.mp).toEqual({ name: 'Sarah Pochin', party: 'Reform', partyName: 'Reform UK' });
    expect(c.byElection).toMatchObject({ date: '2025-05-01', majority: 6, winner: { party: 'Reform', votes: 12645 } });
    // The 2024 result stays the 2024 result.
    expect(c.winner).toMatchObject({ name: 'Mike Amesbury', party: 'Lab' });
    expect(c.majority).toBe(14696);
  });

  it('other by-elections: Gorton and Denton Green gain, Aberdeen South Con gain, Clacton latest result', () => {
    expect(byName('Gorton and Denton').mp).toEqual({ name: 'Hannah Spencer', party: 'Green', partyName: 'Green Party' });
    expect(byName('Aberdeen South').mp.party).toBe('Con');
    expect(byName('Clacton').byElection).toMatchObject({ date: '2026-08-13', majority: 12784 });
    expect(byName('Makerfield').mp.name).toBe('Andy Burnham');
  });

  it('marginality bands follow the 2024 majority share', () => {
    expect(marginalityOf(0.0499)).toBe('ultra_marginal');
    expect(marginalityOf(0.05)).toBe('marginal');
    expect(marginalityOf(0.0999)).toBe('marginal');
    expect(marginalityOf(0.1)).toBe('safe');
    expect(byName('Hendon')).toMatchObject({ majority: 15, marginality: 'ultra_marginal' });
    expect(data.constituencies.filter((c) => c.majorityPct < 0.05)).toHaveLength(115);
    expect(data.constituencies.filter((c) => c.majorityPct < 0.1)).toHaveLength(223);
  });

  it('says how current the MP list is and carries the licence attribution', () => {
    expect(data.dataCurrentTo).toBe('2026-08-20');
    expect(data.constituencies.every((c) => c.dataCurrentTo === '2026-08-20')).toBe(true);
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
    expect(data.listConstituencies({ maxMajorityPct: 10 })).toHaveLength(223);
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
