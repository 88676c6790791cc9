/**
 * "Can I vote?" facts: which elections a resident can vote in, by nationality and by the UK nation they live in.
 * Pure data and small functions: no DOM, no Node APIs (widgets import it as `@solidarity-widgets/rules/eligibility`).
 *
 * A supporter picks their nationality (a country, or a British status such as BN(O)); `nationalityGroup` turns it
 * into the legal group, which is the answer, never the question. Conditions are ids (`ConditionId`), so each
 * language can say them; `CONDITION_TEXT` is the English wording for callers without a catalogue.
 *
 * Guiding rule: when the data cannot be sure, answer "yes, if …" with the condition, never a false "no".
 * Always show `registerToVoteUrl` and `caveat` next to any answer: the rules change and individual cases differ.
 */

export * from './voting-calendar.js';

export type UkNation = 'England' | 'Wales' | 'Scotland' | 'Northern Ireland';

/** The day every fact in this file was last checked against its source. */
export const FACTS_CHECKED = '2026-11-29';

/** A fact's source: the page itself and the date it was checked. */
export interface Source {
  title: string;
  url: string;
  checked: string;
}

/**
 * - `british`, `irish`
 * - `commonwealth`: qualifying Commonwealth citizens: citizens of a country in Schedule 3 of the British Nationality
 *   Act 1981 (including Cyprus and Malta), British Nationals (Overseas), British Overseas Territories citizens and
 *   British Overseas citizens (BNA 1981 s.37). They need leave to enter or remain, or not to need it.
 * - `eu_treaty`: citizens of Denmark, Luxembourg, Poland, Portugal or Spain (treaties with the UK: local elections in
 *   England and Northern Ireland with leave to enter or remain, or not needing it; RPA 1983 s.203A)
 * - `eu_retained`: another EU citizen who has lived in the UK lawfully since before 1 January 2021, without a break
 * - `eu_arrived_later`: another EU citizen who came after that (or whose residence broke)
 * - `other_eu`: another EU citizen who has not said when they came: "yes, if …", never a false "no"
 * - `other`: everyone else (other foreign nationals)
 */
export type NationalityGroup =
  | 'british'
  | 'irish'
  | 'commonwealth'
  | 'eu_treaty'
  | 'eu_retained'
  | 'eu_arrived_later'
  | 'other_eu'
  | 'other';

export type ElectionKind =
  | 'general' // UK Parliament (Westminster), also by-elections
  | 'local' // council elections
  | 'senedd' // Welsh Parliament
  | 'scottish_parliament' // Holyrood
  | 'ni_assembly' // Northern Ireland Assembly
  | 'mayoral' // London Mayor and Assembly, combined-authority mayors (England)
  | 'pcc'; // Police and Crime Commissioner (England and Wales)

export const ELECTION_KINDS: readonly ElectionKind[] = ['general', 'local', 'senedd', 'scottish_parliament', 'ni_assembly', 'mayoral', 'pcc'];

/**
 * What else must be true for a "yes" (each has a message id `finder.condition.<id>` in the widget):
 * - `leave`: has leave to enter or remain in the UK, or does not need it (Commonwealth citizens, treaty EU citizens)
 * - `leave_to_remain`: has leave to remain (e.g. a visa, settled or pre-settled status) or does not need it
 *   (Scotland and Wales, for devolved and council elections)
 * - `retained`: has lived in the UK lawfully since before 1 January 2021, without a break ("retained rights")
 */
export type ConditionId = 'leave' | 'leave_to_remain' | 'retained';

export const CONDITION_TEXT: Readonly<Record<ConditionId, string>> = {
  leave: 'if you have permission to be in the UK (a visa or other leave to enter or remain), or do not need it',
  leave_to_remain: 'if you have permission to stay in the UK (for example a visa, settled or pre-settled status), or do not need it',
  retained:
    'only if you have lived in the UK lawfully since before 1 January 2021, without a break (your "retained rights")',
};

export interface ElectionRight {
  election: ElectionKind;
  /** Plain English name of the election. */
  label: string;
  canVote: boolean;
  /** Minimum age to vote (on polling day), when `canVote`. */
  minAge?: number;
  /** What else must be true (an id; `condition` has the English wording). */
  conditionId?: ConditionId;
  /** What else must be true, in plain English. */
  condition?: string;
}

export const ELECTION_LABELS: Readonly<Record<ElectionKind, string>> = {
  general: 'UK general election (House of Commons)',
  local: 'Local council elections',
  senedd: 'Senedd (Welsh Parliament) elections',
  scottish_parliament: 'Scottish Parliament elections',
  ni_assembly: 'Northern Ireland Assembly elections',
  mayoral: 'Mayoral elections (London and combined authorities)',
  pcc: 'Police and Crime Commissioner elections',
};

/** Which elections are held in each nation (the rows of the explainer). */
export const ELECTIONS_BY_NATION: Readonly<Record<UkNation, readonly ElectionKind[]>> = {
  England: ['general', 'local', 'mayoral', 'pcc'],
  Wales: ['general', 'senedd', 'local', 'pcc'],
  Scotland: ['general', 'scottish_parliament', 'local'],
  'Northern Ireland': ['general', 'ni_assembly', 'local'],
};

/** EU countries with a voting treaty with the UK (local elections in England and Northern Ireland; RPA 1983 s.203A). */
export const EU_TREATY_COUNTRIES = ['DK', 'LU', 'PL', 'PT', 'ES'] as const;

/** EU member states (ISO 3166-1 alpha-2). Ireland, Cyprus and Malta have wider rights (see `nationalityGroup`). */
export const EU_COUNTRIES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT',
  'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;

/**
 * Countries whose citizens are Commonwealth citizens in UK law: Schedule 3 of the British Nationality Act 1981 as it
 * stands (ISO 3166-1 alpha-2), NOT the Commonwealth's membership. Checked 2026-11-29 against the revised text on
 * legislation.gov.uk: it still lists Zimbabwe (which left the Commonwealth in 2003), lists Eswatini (formerly
 * Swaziland), Gabon and Togo (members since 2022), and The Gambia (re-inserted by S.I. 2018/620) and the Maldives
 * (re-inserted after their 2017 omission). 56 countries. See docs/data.md for what could not be confirmed.
 */
export const SCHEDULE_3_COUNTRIES = [
  'AG', 'AU', 'BS', 'BD', 'BB', 'BZ', 'BW', 'BN', 'CM', 'CA', 'CY', 'DM', 'SZ', 'FJ', 'GA', 'GM', 'GH', 'GD', 'GY',
  'IN', 'JM', 'KE', 'KI', 'LS', 'MW', 'MY', 'MV', 'MT', 'MU', 'MZ', 'NA', 'NR', 'NZ', 'NG', 'PK', 'PG', 'RW', 'KN',
  'LC', 'VC', 'WS', 'SC', 'SL', 'SG', 'SB', 'ZA', 'LK', 'TZ', 'TG', 'TO', 'TT', 'TV', 'UG', 'VU', 'ZM', 'ZW',
] as const;

/** @deprecated the name said "membership"; the law's list is `SCHEDULE_3_COUNTRIES`. Kept for existing imports. */
export const COMMONWEALTH_COUNTRIES = SCHEDULE_3_COUNTRIES;

/**
 * British Overseas Territories (ISO codes where one exists). Their people are British Overseas Territories citizens
 * (most are also British citizens since 2002): qualifying Commonwealth citizens when resident in the UK.
 */
export const OVERSEAS_TERRITORIES = ['AI', 'BM', 'IO', 'VG', 'KY', 'FK', 'GI', 'MS', 'PN', 'SH', 'GS', 'TC'] as const;

/** Crown Dependencies: their people are British citizens. */
export const CROWN_DEPENDENCIES = ['JE', 'GG', 'IM'] as const;

/**
 * British statuses that are not a country: options of the same picker, so a supporter finds their case by name
 * (typing "Hong Kong" finds BN(O)) without knowing the legal category.
 */
export const BRITISH_STATUSES = ['british_citizen', 'bno', 'botc', 'boc'] as const;
export type BritishStatus = (typeof BRITISH_STATUSES)[number];

/** Search words (English) for each British status, besides its translated name. */
export const BRITISH_STATUS_KEYWORDS: Readonly<Record<BritishStatus, string>> = {
  british_citizen: 'British citizen United Kingdom UK England Scotland Wales Northern Ireland',
  bno: 'British National (Overseas) BN(O) BNO Hong Kong',
  botc: 'British Overseas Territories citizen BOTC Gibraltar Bermuda Falkland Islands Cayman Islands Anguilla Montserrat St Helena Turks and Caicos British Virgin Islands Pitcairn',
  boc: 'British Overseas citizen BOC Malaysia Kenya',
};

/**
 * The group for a nationality: an ISO 3166-1 alpha-2 code (`PL`; `GB` or `UK` for British) or a British status
 * (`bno`, `botc`, `boc`, `british_citizen`). For a citizen of an EU country other than the treaty countries, Ireland,
 * Cyprus and Malta, pass `retainedRights`: `true` (lived in the UK lawfully since before 1 January 2021), `false`
 * (came later), or leave it out when unknown (answers become "yes, only if …").
 * For dual citizens, use the citizenship that gives the most rights.
 */
export function nationalityGroup(nationality: string, options: { retainedRights?: boolean | undefined } = {}): NationalityGroup {
  const raw = nationality.trim();
  const lower = raw.toLowerCase();
  if (lower === 'british_citizen') return 'british';
  if (lower === 'bno' || lower === 'botc' || lower === 'boc') return 'commonwealth';
  const code = raw.toUpperCase();
  if (code === 'GB' || code === 'UK' || (CROWN_DEPENDENCIES as readonly string[]).includes(code)) return 'british';
  if (code === 'IE') return 'irish';
  if ((SCHEDULE_3_COUNTRIES as readonly string[]).includes(code)) return 'commonwealth';
  if ((OVERSEAS_TERRITORIES as readonly string[]).includes(code)) return 'commonwealth';
  if ((EU_TREATY_COUNTRIES as readonly string[]).includes(code)) return 'eu_treaty';
  if ((EU_COUNTRIES as readonly string[]).includes(code)) {
    if (options.retainedRights === true) return 'eu_retained';
    if (options.retainedRights === false) return 'eu_arrived_later';
    return 'other_eu';
  }
  return 'other';
}

/** Whether the "since before 1 January 2021?" question matters for this nationality. */
export function asksRetainedRights(nationality: string): boolean {
  return nationalityGroup(nationality) === 'other_eu';
}

type Rule = [ElectionKind, number | false, ConditionId?];

const yes = (election: ElectionKind, minAge: number, condition?: ConditionId): Rule =>
  condition === undefined ? [election, minAge] : [election, minAge, condition];
const no = (election: ElectionKind): Rule => [election, false];

/**
 * English and Northern Irish local franchise (also Welsh PCC elections): British, Irish, qualifying Commonwealth,
 * treaty EU citizens with leave, EU citizens with retained rights.
 */
function localEnglandNi(election: ElectionKind, group: NationalityGroup): Rule {
  switch (group) {
    case 'british':
    case 'irish':
      return yes(election, 18);
    case 'commonwealth':
    case 'eu_treaty':
      return yes(election, 18, 'leave');
    case 'eu_retained':
    case 'other_eu':
      return yes(election, 18, 'retained');
    default:
      return no(election);
  }
}

function general(group: NationalityGroup): Rule {
  if (group === 'british' || group === 'irish') return yes('general', 18);
  if (group === 'commonwealth') return yes('general', 18, 'leave');
  return no('general');
}

/** Scotland and Wales, devolved and council elections: every resident with leave to remain, from 16. */
function devolved(election: ElectionKind, group: NationalityGroup): Rule {
  if (group === 'british' || group === 'irish') return yes(election, 16);
  return yes(election, 16, group === 'commonwealth' ? 'leave' : 'leave_to_remain');
}

function rules(nation: UkNation, group: NationalityGroup): Rule[] {
  switch (nation) {
    case 'England':
      return [general(group), localEnglandNi('local', group), localEnglandNi('mayoral', group), localEnglandNi('pcc', group)];
    case 'Wales':
      return [general(group), devolved('senedd', group), devolved('local', group), localEnglandNi('pcc', group)];
    case 'Scotland':
      return [general(group), devolved('scottish_parliament', group), devolved('local', group)];
    case 'Northern Ireland':
      return [general(group), localEnglandNi('ni_assembly', group), localEnglandNi('local', group)];
  }
}

const s = (title: string, url: string): Source => ({ title, url, checked: FACTS_CHECKED });

export const ELIGIBILITY = {
  /** When these facts were last checked (from the project's design brief, corrected 2026-11-29, and the sources). */
  asOf: FACTS_CHECKED,
  registerToVoteUrl: 'https://www.gov.uk/register-to-vote',
  caveat:
    'Rules may change: proposals such as votes at 16 in every UK election are not law yet. Everyone must also be ' +
    'registered to vote (and living at the address, or an overseas or service voter). Check the official service before relying on this.',
  general:
    'UK general election: British, Irish and qualifying Commonwealth citizens (including Cyprus and Malta, British ' +
    'Nationals (Overseas) and British Overseas Territories citizens) aged 18 or over, resident and registered. EU ' +
    'citizens other than Irish, Cypriot and Maltese citizens cannot vote in a general election.',
  overseasElectors: {
    who: 'British citizens living abroad',
    elections: ['general'] as const satisfies readonly ElectionKind[],
    summary:
      'British citizens living abroad can register as overseas electors to vote in UK general elections. Since January ' +
      '2024 there is no 15-year limit. Registration must be renewed every three years.',
    renewEveryYears: 3,
    fifteenYearLimitRemoved: '2024-01',
    url: 'https://www.gov.uk/register-to-vote',
    source: s('GOV.UK: Voting when you are abroad', 'https://www.gov.uk/voting-when-abroad'),
  },
  serviceVoters: {
    who: 'Members of the armed forces and their spouses or civil partners, Crown servants and British Council staff posted abroad (and their spouses or civil partners)',
    source: s('Representation of the People Act 1983, section 14 (service qualification)', 'https://www.legislation.gov.uk/ukpga/1983/2/section/14'),
  },
  sources: [
    s('British Nationality Act 1981, Schedule 3 (countries whose citizens are Commonwealth citizens)', 'https://www.legislation.gov.uk/ukpga/1981/61/schedule/3'),
    s('British Nationality (The Gambia) Order 2018', 'https://www.legislation.gov.uk/uksi/2018/620/made'),
    s('British Nationality Act 1981, section 37 (Commonwealth citizens include BN(O)s and BOTCs)', 'https://www.legislation.gov.uk/ukpga/1981/61/section/37'),
    s('Representation of the People Act 1983, section 4 (local government electors)', 'https://www.legislation.gov.uk/ukpga/1983/2/section/4'),
    s('Representation of the People Act 1983, section 203A (qualifying EU citizens, treaty countries)', 'https://www.legislation.gov.uk/ukpga/1983/2/section/203A'),
    s('Representation of the People Act 1983, section 14 (service voters)', 'https://www.legislation.gov.uk/ukpga/1983/2/section/14'),
    s('GOV.UK: Types of election, referendums, and who can vote', 'https://www.gov.uk/elections-in-the-uk'),
    s('Scottish Elections (Franchise and Representation) Act 2020', 'https://www.legislation.gov.uk/asp/2020/8/contents'),
    s('Senedd and Elections (Wales) Act 2020', 'https://www.legislation.gov.uk/anaw/2020/1/contents'),
    s('Local Government and Elections (Wales) Act 2021', 'https://www.legislation.gov.uk/asc/2021/1/contents'),
  ] satisfies readonly Source[],
} as const;

/** The elections held where the supporter lives, and whether (and from what age, on what condition) they can vote. */
export function votingRights(nationality: NationalityGroup, nation: UkNation): ElectionRight[] {
  return rules(nation, nationality).map(([election, minAge, condition]) => ({
    election,
    label: ELECTION_LABELS[election],
    canVote: minAge !== false,
    ...(minAge !== false ? { minAge } : {}),
    ...(condition !== undefined ? { conditionId: condition, condition: CONDITION_TEXT[condition] } : {}),
  }));
}

/** One election's answer, or undefined when that election is not held in the nation. */
export function canVoteIn(nationality: NationalityGroup, nation: UkNation, election: ElectionKind): ElectionRight | undefined {
  return votingRights(nationality, nation).find((r) => r.election === election);
}
