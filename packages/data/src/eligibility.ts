/**
 * "Can I vote?" facts: which elections a resident can vote in, by nationality and by the UK nation they live in.
 * Pure data and one small function: no DOM, no Node APIs (widgets import it as `@solidarity-widgets/data/eligibility`).
 *
 * Always show `registerToVoteUrl` and `caveat` next to any answer: the rules change and individual cases differ.
 */

export type UkNation = 'England' | 'Wales' | 'Scotland' | 'Northern Ireland';

/**
 * - `british`, `irish`
 * - `commonwealth`: qualifying Commonwealth citizens (with leave to enter or remain, or not needing it), including
 *   citizens of Cyprus and Malta
 * - `eu_treaty_or_retained`: EU citizens from Denmark, Luxembourg, Poland, Portugal or Spain (treaty countries), or any
 *   EU citizen with retained rights (lawfully resident in the UK since before 1 January 2021)
 * - `other_eu`: other EU citizens
 * - `other`: everyone else (other foreign nationals)
 */
export type NationalityGroup = 'british' | 'irish' | 'commonwealth' | 'eu_treaty_or_retained' | 'other_eu' | 'other';

export type ElectionKind =
  | 'general' // UK Parliament (Westminster)
  | 'local' // council elections
  | 'senedd' // Welsh Parliament
  | 'scottish_parliament' // Holyrood
  | 'ni_assembly' // Northern Ireland Assembly
  | 'mayoral' // London Mayor and Assembly, combined-authority mayors (England)
  | 'pcc'; // Police and Crime Commissioner (England and Wales)

export interface ElectionRight {
  election: ElectionKind;
  /** Plain English name of the election. */
  label: string;
  canVote: boolean;
  /** Minimum age to vote (on polling day), when `canVote`. */
  minAge?: number;
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

/** EU countries with a voting treaty with the UK (local elections in England and Northern Ireland). */
export const EU_TREATY_COUNTRIES = ['DK', 'LU', 'PL', 'PT', 'ES'] as const;

/** EU member states (ISO 3166-1 alpha-2). Ireland, Cyprus and Malta have wider rights (see `nationalityGroup`). */
export const EU_COUNTRIES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT',
  'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;

/**
 * Commonwealth countries other than the UK (ISO 3166-1 alpha-2), per the Commonwealth Secretariat's member list
 * (Gabon and Togo joined in 2022). UK electoral law uses the list in the British Nationality Act 1981, Schedule 3,
 * which can lag membership changes: for a recent member, check with the official service.
 */
export const COMMONWEALTH_COUNTRIES = [
  'AG', 'AU', 'BS', 'BD', 'BB', 'BZ', 'BW', 'BN', 'CM', 'CA', 'CY', 'DM', 'SZ', 'FJ', 'GA', 'GM', 'GH', 'GD', 'GY',
  'IN', 'JM', 'KE', 'KI', 'LS', 'MW', 'MY', 'MV', 'MT', 'MU', 'MZ', 'NA', 'NR', 'NZ', 'NG', 'PK', 'PG', 'RW', 'KN',
  'LC', 'VC', 'WS', 'SC', 'SL', 'SG', 'SB', 'ZA', 'LK', 'TZ', 'TG', 'TO', 'TT', 'TV', 'UG', 'VU', 'ZM',
] as const;

const LEAVE = 'if you have leave to enter or remain in the UK (or do not need it)';
const EU_LEAVE = 'if you have leave to remain, for example settled or pre-settled status';
const TREATY_OR_RETAINED =
  'if you are a citizen of Denmark, Luxembourg, Poland, Portugal or Spain, or have retained rights ' +
  '(you have lived in the UK lawfully since before 1 January 2021)';

type Rule = [ElectionKind, number | false, string?];

const yes = (election: ElectionKind, minAge: number, condition?: string): Rule =>
  condition === undefined ? [election, minAge] : [election, minAge, condition];
const no = (election: ElectionKind): Rule => [election, false];

/**
 * The table: nation × nationality group → elections. Sources in `ELIGIBILITY.sources`.
 * England: general 18 (British, Irish, Commonwealth); local, mayoral and PCC 18 (plus treaty/retained EU citizens).
 * Wales: general 18; Senedd and local 16 for all foreign nationals with leave to remain; PCC 18 (as England).
 * Scotland: general 18; Scottish Parliament and local 16 for all foreign nationals with leave to remain.
 * Northern Ireland: general 18; local and Assembly 18 (plus treaty/retained EU citizens).
 */
const TABLE: Record<UkNation, Record<NationalityGroup, readonly Rule[]>> = {
  England: {
    british: [yes('general', 18), yes('local', 18), yes('mayoral', 18), yes('pcc', 18)],
    irish: [yes('general', 18), yes('local', 18), yes('mayoral', 18), yes('pcc', 18)],
    commonwealth: [yes('general', 18, LEAVE), yes('local', 18, LEAVE), yes('mayoral', 18, LEAVE), yes('pcc', 18, LEAVE)],
    eu_treaty_or_retained: [
      no('general'),
      yes('local', 18, TREATY_OR_RETAINED),
      yes('mayoral', 18, TREATY_OR_RETAINED),
      yes('pcc', 18, TREATY_OR_RETAINED),
    ],
    other_eu: [no('general'), no('local'), no('mayoral'), no('pcc')],
    other: [no('general'), no('local'), no('mayoral'), no('pcc')],
  },
  Wales: {
    british: [yes('general', 18), yes('senedd', 16), yes('local', 16), yes('pcc', 18)],
    irish: [yes('general', 18), yes('senedd', 16), yes('local', 16), yes('pcc', 18)],
    commonwealth: [yes('general', 18, LEAVE), yes('senedd', 16, LEAVE), yes('local', 16, LEAVE), yes('pcc', 18, LEAVE)],
    eu_treaty_or_retained: [
      no('general'),
      yes('senedd', 16, EU_LEAVE),
      yes('local', 16, EU_LEAVE),
      yes('pcc', 18, TREATY_OR_RETAINED),
    ],
    other_eu: [no('general'), yes('senedd', 16, EU_LEAVE), yes('local', 16, EU_LEAVE), no('pcc')],
    other: [no('general'), yes('senedd', 16, LEAVE), yes('local', 16, LEAVE), no('pcc')],
  },
  Scotland: {
    british: [yes('general', 18), yes('scottish_parliament', 16), yes('local', 16)],
    irish: [yes('general', 18), yes('scottish_parliament', 16), yes('local', 16)],
    commonwealth: [yes('general', 18, LEAVE), yes('scottish_parliament', 16, LEAVE), yes('local', 16, LEAVE)],
    eu_treaty_or_retained: [no('general'), yes('scottish_parliament', 16, EU_LEAVE), yes('local', 16, EU_LEAVE)],
    other_eu: [no('general'), yes('scottish_parliament', 16, EU_LEAVE), yes('local', 16, EU_LEAVE)],
    other: [no('general'), yes('scottish_parliament', 16, LEAVE), yes('local', 16, LEAVE)],
  },
  'Northern Ireland': {
    british: [yes('general', 18), yes('ni_assembly', 18), yes('local', 18)],
    irish: [yes('general', 18), yes('ni_assembly', 18), yes('local', 18)],
    commonwealth: [yes('general', 18, LEAVE), yes('ni_assembly', 18, LEAVE), yes('local', 18, LEAVE)],
    eu_treaty_or_retained: [no('general'), yes('ni_assembly', 18, TREATY_OR_RETAINED), yes('local', 18, TREATY_OR_RETAINED)],
    other_eu: [no('general'), no('ni_assembly'), no('local')],
    other: [no('general'), no('ni_assembly'), no('local')],
  },
};

export const ELIGIBILITY = {
  /** When these facts were compiled (from the project's design brief and the sources below; not fetched live). */
  asOf: '2026-11-23',
  registerToVoteUrl: 'https://www.gov.uk/register-to-vote',
  caveat:
    'Rules may change: votes at 16 for general elections has been proposed. Everyone must also be registered to vote ' +
    '(and living at the address, or an overseas elector). Check the official service before relying on this.',
  general:
    'UK general election: British, Irish and qualifying Commonwealth citizens (including Cyprus and Malta) aged 18 or ' +
    'over, resident and registered. EU citizens other than Irish, Cypriot and Maltese citizens cannot vote in a general election.',
  overseasElectors: {
    who: 'British citizens living abroad',
    elections: ['general'] as const satisfies readonly ElectionKind[],
    summary:
      'British citizens living abroad can register as overseas electors to vote in UK general elections. Since January ' +
      '2024 there is no 15-year limit. Registration must be renewed every three years.',
    renewEveryYears: 3,
    fifteenYearLimitRemoved: '2024-01',
    url: 'https://www.gov.uk/register-to-vote',
  },
  sources: [
    { title: 'GOV.UK: Register to vote', url: 'https://www.gov.uk/register-to-vote' },
    { title: 'GOV.UK: Types of election, referendums, and who can vote', url: 'https://www.gov.uk/elections-in-the-uk' },
    { title: 'Electoral Commission: voting and elections', url: 'https://www.electoralcommission.org.uk/voting-and-elections' },
    { title: 'Elections Act 2022 (EU citizens, overseas electors)', url: 'https://www.legislation.gov.uk/ukpga/2022/37' },
    { title: 'Scottish Elections (Franchise and Representation) Act 2020', url: 'https://www.legislation.gov.uk/asp/2020/8' },
    { title: 'Senedd and Elections (Wales) Act 2020', url: 'https://www.legislation.gov.uk/anaw/2020/1' },
    { title: 'Local Government and Elections (Wales) Act 2021', url: 'https://www.legislation.gov.uk/asc/2021/1' },
  ],
  table: TABLE,
} as const;

/** The elections held where the supporter lives, and whether (and from what age) they can vote in each. */
export function votingRights(nationality: NationalityGroup, nation: UkNation): ElectionRight[] {
  return TABLE[nation][nationality].map(([election, minAge, condition]) => ({
    election,
    label: ELECTION_LABELS[election],
    canVote: minAge !== false,
    ...(minAge !== false ? { minAge } : {}),
    ...(condition !== undefined ? { condition } : {}),
  }));
}

/** One election's answer, or undefined when that election is not held in the nation. */
export function canVoteIn(nationality: NationalityGroup, nation: UkNation, election: ElectionKind): ElectionRight | undefined {
  return votingRights(nationality, nation).find((r) => r.election === election);
}

/**
 * The group for a citizenship (ISO 3166-1 alpha-2, e.g. `PL`; `GB` or `UK` for British).
 * Pass `retainedRights: true` for an EU citizen lawfully resident in the UK since before 1 January 2021.
 * For dual citizens, use the citizenship that gives the most rights.
 */
export function nationalityGroup(countryCode: string, options: { retainedRights?: boolean } = {}): NationalityGroup {
  const code = countryCode.trim().toUpperCase();
  if (code === 'GB' || code === 'UK') return 'british';
  if (code === 'IE') return 'irish';
  if ((COMMONWEALTH_COUNTRIES as readonly string[]).includes(code)) return 'commonwealth';
  if ((EU_TREATY_COUNTRIES as readonly string[]).includes(code)) return 'eu_treaty_or_retained';
  if ((EU_COUNTRIES as readonly string[]).includes(code)) return options.retainedRights ? 'eu_treaty_or_retained' : 'other_eu';
  return 'other';
}
