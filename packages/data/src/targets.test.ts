import './test-support.js';
import { describe, expect, it } from 'vitest';
import { PartyTarget } from '@solidarity-widgets/contract';
import { distanceKm, loadElectoralData, swingToChange } from './index.js';

const data = loadElectoralData();
const LEWISHAM_EAST = 'E14001331';
const HENDON = 'E14001279';
const BROMLEY = 'E14001137';
const CHINGFORD = 'E14001167';
const ISLINGTON_NORTH = 'E14001305';
const RUNCORN = 'E14001455';

const seat = (code: string) => data.getConstituency(code)!;
const ok = (result: ReturnType<typeof data.partyTargets>) => {
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe('swingToChange (half the gap between first and second, in points)', () => {
  // Hand-checked against packages/data/raw/constituencies-2024.json (House of Commons Library 2024 results):
  it('Hendon: Lab 15,855, Con 15,840 of 41,256 valid votes → a 15-vote majority, a swing of 0.02 points', () => {
    // (15,855 − 15,840) / 41,256 = 0.0364 %; half of it = 0.018 → 0.02
    expect(swingToChange(seat(HENDON))).toBe(0.02);
  });

  it('Bromley and Biggin Hill: Con 15,929, Lab 15,627 of 46,788 → 0.32 points', () => {
    // 302 / 46,788 = 0.645 %; half = 0.323
    expect(swingToChange(seat(BROMLEY))).toBe(0.32);
  });

  it('Chingford and Woodford Green: Con 17,281, Lab 12,524 of 48,512 → 4.90 points', () => {
    // 4,757 / 48,512 = 9.806 %; half = 4.903
    expect(swingToChange(seat(CHINGFORD))).toBe(4.9);
  });

  it('Islington North: from the candidates’ votes, not the summed independents’ share (Ind 24,120, Lab 16,873 of 49,006 → 7.39)', () => {
    // 7,247 / 49,006 = 14.788 %; half = 7.394. `shares` would give (0.49218 − 0.34364) / 2 = 7.43.
    expect(swingToChange(seat(ISLINGTON_NORTH))).toBe(7.39);
  });
});

describe('partyTargets', () => {
  it('Labour from Lewisham East: Bromley and Biggin Hill to win (0.32 points), seats to hold, nearest first', () => {
    const t = ok(data.partyTargets(LEWISHAM_EAST, 'lab'));
    expect(t.party).toEqual({ code: 'Lab', name: 'Labour' });
    expect(t.swing).toBe(5);
    expect(t.basis).toEqual({ election: 'general', date: '2024-07-04' });
    expect(t.win[0]).toMatchObject({
      constituency: { code: BROMLEY, name: 'Bromley and Biggin Hill' },
      swingNeeded: 0.32,
      first: { party: 'Con', share: 0.34045 },
      second: { party: 'Lab', share: 0.334 },
    });
    for (const list of [t.win, t.hold]) {
      expect(list.length).toBeGreaterThan(0);
      expect(list.length).toBeLessThanOrEqual(5);
      const km = list.map((x) => x.distanceKm);
      expect(km).toEqual([...km].sort((a, b) => a - b));
      for (const x of list) expect(PartyTarget.parse({ ...x, sessions: 0 })).toEqual({ ...x, sessions: 0 });
    }
    expect(t.win.every((x) => x.second.party === 'Lab' && x.swingNeeded <= 5)).toBe(true);
    expect(t.hold.every((x) => x.first.party === 'Lab' && x.swingNeeded <= 5)).toBe(true);
  });

  it('matches a brute-force search over every seat', () => {
    const home = seat(LEWISHAM_EAST);
    const expected = (which: 'winner' | 'runnerUp') =>
      data.constituencies
        .filter((c) => c.nation !== 'Northern Ireland' && c[which].party === 'Con' && swingToChange(c) <= 3)
        .map((c) => ({ code: c.code, km: distanceKm(home.centroid, c.centroid) }))
        .sort((a, b) => a.km - b.km)
        .slice(0, 10)
        .map((c) => c.code);
    const t = ok(data.partyTargets(LEWISHAM_EAST, 'CON', { swing: 3, count: 10 }));
    expect(t.win.map((x) => x.constituency.code)).toEqual(expected('runnerUp'));
    expect(t.hold.map((x) => x.constituency.code)).toEqual(expected('winner'));
    // Hendon (15 votes) is a Conservative seat to win and a Labour seat to hold.
    expect(t.win.some((x) => x.constituency.code === HENDON)).toBe(true);
  });

  it('the swing threshold is inclusive and tight: Chingford (4.90) is in at 4.9 and out at 4.8', () => {
    const codes = (swing: number) => ok(data.partyTargets(CHINGFORD, 'Lab', { swing, count: 20 })).win.map((x) => x.constituency.code);
    expect(codes(4.9)).toContain(CHINGFORD);
    expect(codes(4.8)).not.toContain(CHINGFORD);
  });

  it('an independent-held seat is a target for the party second: Islington North for Labour at a swing of 8', () => {
    expect(ok(data.partyTargets(ISLINGTON_NORTH, 'Lab')).win.map((x) => x.constituency.code)).not.toContain(ISLINGTON_NORTH);
    const t = ok(data.partyTargets(ISLINGTON_NORTH, 'Lab', { swing: 8 }));
    expect(t.win[0]).toMatchObject({ constituency: { code: ISLINGTON_NORTH }, distanceKm: 0, swingNeeded: 7.39, first: { party: 'Ind' } });
  });

  it('uses the 2024 votes: Runcorn and Helsby (Reform by 6 votes at its 2025 by-election) is no Labour seat to hold on 2024 votes', () => {
    // 2024: Lab 22,358, Reform 7,662 → a swing of 17.4 points; the by-election changed its MP, not the 2024 votes.
    expect(seat(RUNCORN).mp.party).toBe('Reform');
    const t = ok(data.partyTargets(RUNCORN, 'Lab', { count: 20 }));
    expect(t.hold.map((x) => x.constituency.code)).not.toContain(RUNCORN);
    const wide = ok(data.partyTargets(RUNCORN, 'Lab', { swing: 18, count: 1 }));
    expect(wide.hold[0]).toMatchObject({ constituency: { code: RUNCORN, mp: { party: 'Reform' } }, swingNeeded: 17.4 });
  });

  it('an unknown party: party_unknown with the valid codes; an unknown seat: constituency_not_found', () => {
    const bad = data.partyTargets(LEWISHAM_EAST, 'labour');
    expect(bad).toMatchObject({ ok: false, code: 'party_unknown' });
    const parties = bad.ok ? [] : (bad.details?.parties ?? []);
    expect(parties).toEqual(expect.arrayContaining(['Lab', 'Con', 'LD', 'Reform', 'Green', 'SNP', 'PC', 'SF', 'DUP', 'Alliance']));
    // Not parties: every independent summed, and the Speaker.
    expect(parties).not.toContain('Ind');
    expect(parties).not.toContain('Spk');
    expect(data.partyTargets('E14009999', 'Lab')).toMatchObject({ ok: false, code: 'constituency_not_found' });
  });

  it('keeps Great Britain and Northern Ireland apart', () => {
    const t = ok(data.partyTargets(LEWISHAM_EAST, 'Alliance', { swing: 50, count: 20 }));
    expect(t.win).toEqual([]);
    expect(t.hold).toEqual([]);
  });
});
