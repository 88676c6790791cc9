import { describe, expect, it } from 'vitest';
import {
  COMMONWEALTH_COUNTRIES,
  ELECTIONS_BY_NATION,
  ELIGIBILITY,
  EU_COUNTRIES,
  canVoteIn,
  nationalityGroup,
  votingRights,
  type NationalityGroup,
  type UkNation,
} from './eligibility.js';

const NATIONS: UkNation[] = ['England', 'Wales', 'Scotland', 'Northern Ireland'];
const GROUPS: NationalityGroup[] = ['british', 'irish', 'commonwealth', 'eu_treaty_or_retained', 'other_eu', 'other'];

describe('eligibility: who can vote in which election', () => {
  it('an EU citizen in Scotland can vote in local (and Scottish Parliament) elections from 16, not in a general election', () => {
    const group = nationalityGroup('FR');
    expect(group).toBe('other_eu');
    expect(canVoteIn(group, 'Scotland', 'local')).toMatchObject({ canVote: true, minAge: 16 });
    expect(canVoteIn(group, 'Scotland', 'scottish_parliament')).toMatchObject({ canVote: true, minAge: 16 });
    expect(canVoteIn(group, 'Scotland', 'general')?.canVote).toBe(false);
  });

  it('a Polish citizen in England can vote in local elections (treaty), from 18, but not in a general election', () => {
    const group = nationalityGroup('pl');
    expect(group).toBe('eu_treaty_or_retained');
    expect(canVoteIn(group, 'England', 'local')).toMatchObject({ canVote: true, minAge: 18 });
    expect(canVoteIn(group, 'England', 'general')?.canVote).toBe(false);
  });

  it('a French citizen in England cannot vote in general or local elections, unless they have retained rights', () => {
    expect(canVoteIn(nationalityGroup('FR'), 'England', 'general')?.canVote).toBe(false);
    expect(canVoteIn(nationalityGroup('FR'), 'England', 'local')?.canVote).toBe(false);
    const retained = nationalityGroup('FR', { retainedRights: true });
    expect(canVoteIn(retained, 'England', 'local')?.canVote).toBe(true);
    expect(canVoteIn(retained, 'England', 'general')?.canVote).toBe(false);
  });

  it('Irish, British and Commonwealth citizens (incl. Cyprus and Malta) can vote in a general election from 18 everywhere', () => {
    for (const code of ['IE', 'GB', 'IN', 'NG', 'CY', 'MT']) {
      for (const nation of NATIONS) expect(canVoteIn(nationalityGroup(code), nation, 'general')).toMatchObject({ canVote: true, minAge: 18 });
    }
  });

  it('no EU citizen other than Irish, Cypriot or Maltese can vote in a general election', () => {
    for (const code of EU_COUNTRIES.filter((c) => !['IE', 'CY', 'MT'].includes(c))) {
      for (const nation of NATIONS) expect(canVoteIn(nationalityGroup(code), nation, 'general')?.canVote).toBe(false);
    }
  });

  it('Wales and Scotland: every foreign national with leave to remain can vote locally from 16; England and NI: not', () => {
    expect(canVoteIn('other', 'Wales', 'local')).toMatchObject({ canVote: true, minAge: 16 });
    expect(canVoteIn('other', 'Wales', 'senedd')).toMatchObject({ canVote: true, minAge: 16 });
    expect(canVoteIn('other', 'Scotland', 'local')).toMatchObject({ canVote: true, minAge: 16 });
    expect(canVoteIn('other', 'England', 'local')?.canVote).toBe(false);
    expect(canVoteIn('other', 'Northern Ireland', 'local')?.canVote).toBe(false);
    expect(canVoteIn('other_eu', 'Northern Ireland', 'local')?.canVote).toBe(false);
    expect(canVoteIn('eu_treaty_or_retained', 'Northern Ireland', 'local')?.canVote).toBe(true);
  });

  it('the table covers every nation × nationality with exactly the elections held in that nation', () => {
    for (const nation of NATIONS) {
      for (const group of GROUPS) {
        const rights = votingRights(group, nation);
        expect(rights.map((r) => r.election)).toEqual(ELECTIONS_BY_NATION[nation]);
        for (const r of rights) expect(r.canVote ? [16, 18] : [undefined]).toContain(r.minAge);
      }
    }
    expect(canVoteIn('british', 'Scotland', 'pcc')).toBeUndefined();
  });

  it('classifies citizenships', () => {
    expect(nationalityGroup('UK')).toBe('british');
    expect(nationalityGroup('es')).toBe('eu_treaty_or_retained');
    expect(nationalityGroup('DE')).toBe('other_eu');
    expect(nationalityGroup('US')).toBe('other');
    expect(nationalityGroup('BD')).toBe('commonwealth');
    expect(COMMONWEALTH_COUNTRIES).toHaveLength(55); // 56 members including the UK
  });

  it('links to the official service, covers overseas electors and says the rules may change', () => {
    expect(ELIGIBILITY.registerToVoteUrl).toBe('https://www.gov.uk/register-to-vote');
    expect(ELIGIBILITY.caveat).toMatch(/votes at 16 for general elections has been proposed/);
    expect(ELIGIBILITY.overseasElectors).toMatchObject({ renewEveryYears: 3, elections: ['general'] });
    expect(ELIGIBILITY.overseasElectors.summary).toMatch(/no 15-year limit/);
    expect(ELIGIBILITY.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ELIGIBILITY.sources.length).toBeGreaterThan(2);
  });
});
