import { describe, expect, it } from 'vitest';
import {
  BANK_HOLIDAYS,
  ELECTIONS_BY_NATION,
  ELIGIBILITY,
  EU_COUNTRIES,
  PHOTO_ID,
  PROPOSALS,
  SCHEDULE_3_COUNTRIES,
  asksRetainedRights,
  canVoteIn,
  daysUntil,
  nationalityGroup,
  photoIdRule,
  registrationDeadline,
  votingRights,
  type ElectionKind,
  type NationalityGroup,
  type UkNation,
} from './eligibility.js';

const NATIONS: UkNation[] = ['England', 'Wales', 'Scotland', 'Northern Ireland'];
const GROUPS: NationalityGroup[] = ['british', 'irish', 'commonwealth', 'eu_treaty', 'eu_retained', 'eu_arrived_later', 'other_eu', 'other'];

/** The answer a supporter sees for one election: 'yes', 'yes, if <condition>' or 'no'. */
function answer(nationality: string, nation: UkNation, election: ElectionKind, retainedRights?: boolean): string {
  const r = canVoteIn(nationalityGroup(nationality, { retainedRights }), nation, election);
  if (!r) return 'not held';
  return r.canVote ? (r.conditionId ? `yes if ${r.conditionId}` : 'yes') : 'no';
}

describe('eligibility: Commonwealth means Schedule 3 of the British Nationality Act 1981', () => {
  it('a Zimbabwean with leave can vote in a general election in every nation (Zimbabwe is still in Schedule 3)', () => {
    for (const nation of NATIONS) expect(answer('ZW', nation, 'general')).toBe('yes if leave');
    expect(answer('ZW', 'England', 'local')).toBe('yes if leave');
  });

  it('Gabon, Togo, Eswatini, The Gambia and the Maldives are in the list; the list has 56 countries', () => {
    for (const code of ['GA', 'TG', 'SZ', 'GM', 'MV', 'CY', 'MT', 'IN', 'NG', 'PK', 'JM']) {
      expect(nationalityGroup(code), code).toBe('commonwealth');
    }
    expect(new Set(SCHEDULE_3_COUNTRIES).size).toBe(56);
  });

  it('British Nationals (Overseas) and British Overseas Territories citizens qualify like Commonwealth citizens', () => {
    for (const status of ['bno', 'botc', 'boc', 'GI', 'BM', 'FK', 'SH']) {
      expect(nationalityGroup(status), status).toBe('commonwealth');
      for (const nation of NATIONS) expect(answer(status, nation, 'general'), `${status} ${nation}`).toBe('yes if leave');
    }
    expect(nationalityGroup('british_citizen')).toBe('british');
    expect(nationalityGroup('JE')).toBe('british');
    // Hong Kong itself is not in Schedule 3: only BN(O) status gives the vote.
    expect(nationalityGroup('HK')).toBe('other');
  });
});

describe('eligibility: EU citizens', () => {
  it('a Pole who arrived in 2022 can vote in local elections in England and NI (treaty), with leave; not in a general election', () => {
    expect(answer('PL', 'England', 'local', false)).toBe('yes if leave');
    expect(answer('PL', 'Northern Ireland', 'local', false)).toBe('yes if leave');
    expect(answer('PL', 'England', 'general', false)).toBe('no');
    for (const code of ['DK', 'LU', 'PT', 'ES']) expect(answer(code, 'England', 'mayoral')).toBe('yes if leave');
    expect(asksRetainedRights('PL')).toBe(false);
  });

  it('a Romanian who arrived in 2022 cannot vote in local elections in England; one here since 2019 can', () => {
    expect(asksRetainedRights('RO')).toBe(true);
    expect(answer('RO', 'England', 'local', false)).toBe('no');
    expect(answer('RO', 'England', 'local', true)).toBe('yes if retained');
    expect(answer('RO', 'Northern Ireland', 'ni_assembly', true)).toBe('yes if retained');
    expect(answer('RO', 'England', 'general', true)).toBe('no');
  });

  it('an EU citizen who has not said when they came is told "yes, only if …", never a false no', () => {
    const r = canVoteIn(nationalityGroup('FR'), 'England', 'local');
    expect(r).toMatchObject({ canVote: true, conditionId: 'retained' });
    expect(r?.condition).toMatch(/since before 1 January 2021, without a break/);
  });

  it('in Scotland and Wales every EU citizen with leave to remain votes in devolved and council elections from 16', () => {
    expect(canVoteIn(nationalityGroup('FR', { retainedRights: false }), 'Scotland', 'local')).toMatchObject({ canVote: true, minAge: 16, conditionId: 'leave_to_remain' });
    expect(canVoteIn(nationalityGroup('RO', { retainedRights: false }), 'Wales', 'senedd')).toMatchObject({ canVote: true, minAge: 16 });
    // Welsh PCC elections follow the English franchise.
    expect(answer('RO', 'Wales', 'pcc', false)).toBe('no');
    expect(answer('PL', 'Wales', 'pcc')).toBe('yes if leave');
  });

  it('no EU citizen other than Irish, Cypriot or Maltese can vote in a general election', () => {
    for (const code of EU_COUNTRIES.filter((c) => !['IE', 'CY', 'MT'].includes(c))) {
      for (const nation of NATIONS) {
        for (const retainedRights of [true, false, undefined]) expect(answer(code, nation, 'general', retainedRights)).toBe('no');
      }
    }
    for (const nation of NATIONS) expect(answer('IE', nation, 'general')).toBe('yes');
  });
});

describe('eligibility: the whole table', () => {
  it('covers every nation × nationality with exactly the elections held there, ages 16 or 18', () => {
    for (const nation of NATIONS) {
      for (const group of GROUPS) {
        const rights = votingRights(group, nation);
        expect(rights.map((r) => r.election)).toEqual(ELECTIONS_BY_NATION[nation]);
        for (const r of rights) expect(r.canVote ? [16, 18] : [undefined]).toContain(r.minAge);
      }
    }
    expect(canVoteIn('british', 'Scotland', 'pcc')).toBeUndefined();
  });

  it('other foreign nationals: yes with leave to remain in Scotland and Wales (devolved, local), no in England and NI', () => {
    expect(answer('US', 'Wales', 'local')).toBe('yes if leave_to_remain');
    expect(answer('US', 'Scotland', 'scottish_parliament')).toBe('yes if leave_to_remain');
    expect(answer('US', 'England', 'local')).toBe('no');
    expect(answer('US', 'Northern Ireland', 'local')).toBe('no');
    expect(answer('US', 'Scotland', 'general')).toBe('no');
  });

  it('names service voters correctly and every source is a dated page', () => {
    expect(ELIGIBILITY.serviceVoters.who).toMatch(/spouses or civil partners/);
    expect(ELIGIBILITY.serviceVoters.who).toMatch(/Crown servants/);
    expect(ELIGIBILITY.serviceVoters.who).toMatch(/British Council/);
    const sources = [...ELIGIBILITY.sources, ...PHOTO_ID.sources, ...PROPOSALS.map((p) => p.source)];
    for (const source of sources) {
      expect(source.checked).toBe('2026-11-29');
      expect(new URL(source.url).pathname.length, source.url).toBeGreaterThan(1);
    }
    expect(ELIGIBILITY.sources.some((s) => s.url === 'https://www.legislation.gov.uk/ukpga/1981/61/schedule/3')).toBe(true);
  });
});

describe('registration deadline: midnight, 12 working days before polling day', () => {
  it('matches past deadlines: general election 4 July 2024 → 18 June; English locals 2 May 2024 → 16 April', () => {
    expect(registrationDeadline('2024-07-04', 'general')?.date).toBe('2024-06-18');
    expect(registrationDeadline('2024-05-02', 'local', 'England')?.date).toBe('2024-04-16');
  });

  it('skips bank holidays of the nation: 7 May 2026 → 20 April (Early May bank holiday skipped)', () => {
    expect(registrationDeadline('2026-05-07', 'scottish_parliament', 'Scotland')?.date).toBe('2026-04-20');
    expect(registrationDeadline('2026-05-07', 'local', 'England')?.date).toBe('2026-04-20');
  });

  it("a Scottish holiday moves a Scottish council deadline but not an English one; a general election skips all nations' holidays", () => {
    // 10 Dec 2026: St Andrew's Day (Mon 30 Nov 2026) is a Scottish bank holiday only.
    expect(registrationDeadline('2026-12-10', 'local', 'England')?.date).toBe('2026-11-24');
    expect(registrationDeadline('2026-12-10', 'local', 'Scotland')?.date).toBe('2026-11-23');
    expect(registrationDeadline('2026-12-10', 'general')?.date).toBe('2026-11-23');
    // 15 July 2027: the Twelfth (12 July) counts only in Northern Ireland (and for a general election).
    expect(registrationDeadline('2027-07-15', 'local', 'England')?.date).toBe('2027-06-29');
    expect(registrationDeadline('2027-07-15', 'local', 'Northern Ireland')?.date).toBe('2027-06-28');
  });

  it('skips Christmas Eve and Christmas Day; refuses dates it cannot compute rather than guess', () => {
    expect(BANK_HOLIDAYS['england-and-wales']).toContain('2027-12-27');
    // 13 Jan 2028 back over New Year: 24 Dec 2027 (Fri), 27 and 28 Dec and 3 Jan 2028 do not count.
    expect(registrationDeadline('2028-01-13', 'local', 'England')?.date).toBe('2027-12-22');
    expect(registrationDeadline('2031-05-01', 'local', 'England')).toBeUndefined();
    expect(registrationDeadline('2026-02-30', 'general')).toBeUndefined();
    expect(daysUntil('2026-12-03', '2026-11-29')).toBe(4);
  });
});

describe('photo ID at the polling station', () => {
  it('UK Parliament everywhere, every election in England, PCC in Wales, all in NI (own list); not Holyrood, Senedd, Scottish or Welsh councils', () => {
    for (const nation of ['England', 'Wales', 'Scotland'] as const) expect(photoIdRule('general', nation)).toBe('gb');
    expect(photoIdRule('general', 'Northern Ireland')).toBe('ni');
    for (const e of ['local', 'mayoral', 'pcc'] as const) expect(photoIdRule(e, 'England')).toBe('gb');
    expect(photoIdRule('pcc', 'Wales')).toBe('gb');
    expect(photoIdRule('senedd', 'Wales')).toBe('none');
    expect(photoIdRule('local', 'Wales')).toBe('none');
    expect(photoIdRule('scottish_parliament', 'Scotland')).toBe('none');
    expect(photoIdRule('local', 'Scotland')).toBe('none');
    expect(photoIdRule('ni_assembly', 'Northern Ireland')).toBe('ni');
    expect(photoIdRule('local', 'Northern Ireland')).toBe('ni');
  });
});

describe('proposals are not law', () => {
  it('lists the Representation of the People Bill (12 Feb 2026) and PCC abolition (announced) as proposals', () => {
    expect(PROPOSALS.find((p) => p.id === 'rp_bill_2026')).toMatchObject({ status: 'bill', date: '2026-02-12' });
    expect(PROPOSALS.find((p) => p.id === 'pcc_abolition')).toMatchObject({ status: 'announced' });
    // Until a proposal is law, 16-year-olds are not told they can vote in a general election.
    expect(canVoteIn('british', 'England', 'general')?.minAge).toBe(18);
  });
});

describe('the answer for each nationality × nation × election', () => {
  // yes / yes if <condition> / no, with the minimum age: what a supporter is told, row by row.
  const code = (nationality: string, retainedRights: boolean | undefined, nation: UkNation) =>
    votingRights(nationalityGroup(nationality, { retainedRights }), nation)
      .map((r) => `${r.election}:${r.canVote ? `${r.conditionId ?? 'yes'}@${r.minAge}` : 'no'}`)
      .join(' ');
  const cases: Array<[string, string, boolean | undefined, Record<UkNation, string>]> = [
    ['a British citizen', 'british_citizen', undefined, {
      England: 'general:yes@18 local:yes@18 mayoral:yes@18 pcc:yes@18',
      Wales: 'general:yes@18 senedd:yes@16 local:yes@16 pcc:yes@18',
      Scotland: 'general:yes@18 scottish_parliament:yes@16 local:yes@16',
      'Northern Ireland': 'general:yes@18 ni_assembly:yes@18 local:yes@18',
    }],
    ['an Irish citizen', 'IE', undefined, {
      England: 'general:yes@18 local:yes@18 mayoral:yes@18 pcc:yes@18',
      Wales: 'general:yes@18 senedd:yes@16 local:yes@16 pcc:yes@18',
      Scotland: 'general:yes@18 scottish_parliament:yes@16 local:yes@16',
      'Northern Ireland': 'general:yes@18 ni_assembly:yes@18 local:yes@18',
    }],
    ['a Zimbabwean (Schedule 3)', 'ZW', undefined, {
      England: 'general:leave@18 local:leave@18 mayoral:leave@18 pcc:leave@18',
      Wales: 'general:leave@18 senedd:leave@16 local:leave@16 pcc:leave@18',
      Scotland: 'general:leave@18 scottish_parliament:leave@16 local:leave@16',
      'Northern Ireland': 'general:leave@18 ni_assembly:leave@18 local:leave@18',
    }],
    ['a British National (Overseas)', 'bno', undefined, {
      England: 'general:leave@18 local:leave@18 mayoral:leave@18 pcc:leave@18',
      Wales: 'general:leave@18 senedd:leave@16 local:leave@16 pcc:leave@18',
      Scotland: 'general:leave@18 scottish_parliament:leave@16 local:leave@16',
      'Northern Ireland': 'general:leave@18 ni_assembly:leave@18 local:leave@18',
    }],
    ['a Pole who came in 2022 (treaty)', 'PL', false, {
      England: 'general:no local:leave@18 mayoral:leave@18 pcc:leave@18',
      Wales: 'general:no senedd:leave_to_remain@16 local:leave_to_remain@16 pcc:leave@18',
      Scotland: 'general:no scottish_parliament:leave_to_remain@16 local:leave_to_remain@16',
      'Northern Ireland': 'general:no ni_assembly:leave@18 local:leave@18',
    }],
    ['a Romanian here since 2019 (retained rights)', 'RO', true, {
      England: 'general:no local:retained@18 mayoral:retained@18 pcc:retained@18',
      Wales: 'general:no senedd:leave_to_remain@16 local:leave_to_remain@16 pcc:retained@18',
      Scotland: 'general:no scottish_parliament:leave_to_remain@16 local:leave_to_remain@16',
      'Northern Ireland': 'general:no ni_assembly:retained@18 local:retained@18',
    }],
    ['a Romanian who came in 2022', 'RO', false, {
      England: 'general:no local:no mayoral:no pcc:no',
      Wales: 'general:no senedd:leave_to_remain@16 local:leave_to_remain@16 pcc:no',
      Scotland: 'general:no scottish_parliament:leave_to_remain@16 local:leave_to_remain@16',
      'Northern Ireland': 'general:no ni_assembly:no local:no',
    }],
    ['a French citizen who has not said when they came', 'FR', undefined, {
      England: 'general:no local:retained@18 mayoral:retained@18 pcc:retained@18',
      Wales: 'general:no senedd:leave_to_remain@16 local:leave_to_remain@16 pcc:retained@18',
      Scotland: 'general:no scottish_parliament:leave_to_remain@16 local:leave_to_remain@16',
      'Northern Ireland': 'general:no ni_assembly:retained@18 local:retained@18',
    }],
    ['a US citizen', 'US', undefined, {
      England: 'general:no local:no mayoral:no pcc:no',
      Wales: 'general:no senedd:leave_to_remain@16 local:leave_to_remain@16 pcc:no',
      Scotland: 'general:no scottish_parliament:leave_to_remain@16 local:leave_to_remain@16',
      'Northern Ireland': 'general:no ni_assembly:no local:no',
    }],
  ];
  for (const [who, nationality, retainedRights, byNation] of cases) {
    it(who, () => {
      for (const nation of Object.keys(byNation) as UkNation[]) expect(code(nationality, retainedRights, nation), nation).toBe(byNation[nation]);
    });
  }
});
