/**
 * The practical side of an election a partner campaigns for: the registration deadline (midnight, 12 working days
 * before polling day), whether photo ID is needed at the polling station, and proposals that are not law yet.
 * Pure data and functions, no DOM. Dates are ISO `YYYY-MM-DD` in UK local time.
 */
import type { ElectionKind, Source, UkNation } from './eligibility.js';

const CHECKED = '2026-11-29';

/** Where bank holidays differ: England and Wales share one list. */
export type BankHolidayRegion = 'england-and-wales' | 'scotland' | 'northern-ireland';

/**
 * Bank holidays by region, 2024–2028 (substitute days included). 2024–2027 as published on GOV.UK; 2028 worked out
 * from the Banking and Financial Dealings Act 1971 rules (GOV.UK had not published it when checked) and may gain a
 * proclaimed extra day. Deadlines past the end of this list are not computed (see `registrationDeadline`).
 */
export const BANK_HOLIDAYS: Readonly<Record<BankHolidayRegion, readonly string[]>> = {
  'england-and-wales': [
    '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26',
    '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
    '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
    '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
    '2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26',
  ],
  scotland: [
    '2024-01-01', '2024-01-02', '2024-03-29', '2024-05-06', '2024-05-27', '2024-08-05', '2024-12-02', '2024-12-25', '2024-12-26',
    '2025-01-01', '2025-01-02', '2025-04-18', '2025-05-05', '2025-05-26', '2025-08-04', '2025-12-01', '2025-12-25', '2025-12-26',
    '2026-01-01', '2026-01-02', '2026-04-03', '2026-05-04', '2026-05-25', '2026-08-03', '2026-11-30', '2026-12-25', '2026-12-28',
    '2027-01-01', '2027-01-04', '2027-03-26', '2027-05-03', '2027-05-31', '2027-08-02', '2027-11-30', '2027-12-27', '2027-12-28',
    '2028-01-03', '2028-01-04', '2028-04-14', '2028-05-01', '2028-05-29', '2028-08-07', '2028-11-30', '2028-12-25', '2028-12-26',
  ],
  'northern-ireland': [
    '2024-01-01', '2024-03-18', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-07-12', '2024-08-26', '2024-12-25', '2024-12-26',
    '2025-01-01', '2025-03-17', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-07-14', '2025-08-25', '2025-12-25', '2025-12-26',
    '2026-01-01', '2026-03-17', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-07-13', '2026-08-31', '2026-12-25', '2026-12-28',
    '2027-01-01', '2027-03-17', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-07-12', '2027-08-30', '2027-12-27', '2027-12-28',
    '2028-01-03', '2028-03-17', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-07-12', '2028-08-28', '2028-12-25', '2028-12-26',
  ],
};

/** Good Friday each covered year (a non-working day in every region, also where it is listed above). */
const GOOD_FRIDAYS = ['2024-03-29', '2025-04-18', '2026-04-03', '2027-03-26', '2028-04-14'];

/** First and last day the holiday lists cover. */
export const CALENDAR_COVERS = { from: '2024-01-01', to: '2028-12-31' } as const;

export const CALENDAR_SOURCES: readonly Source[] = [
  { title: 'GOV.UK: UK bank holidays', url: 'https://www.gov.uk/bank-holidays', checked: CHECKED },
  {
    title: 'Representation of the People Act 1983, Schedule 1, rule 2 (days not counted in the timetable)',
    url: 'https://www.legislation.gov.uk/ukpga/1983/2/schedule/1',
    checked: CHECKED,
  },
  {
    title: 'Electoral Commission: register to vote (deadline 12 working days before polling day)',
    url: 'https://www.electoralcommission.org.uk/voting-and-elections/registering-vote',
    checked: CHECKED,
  },
];

const REGION_OF: Readonly<Record<UkNation, BankHolidayRegion>> = {
  England: 'england-and-wales',
  Wales: 'england-and-wales',
  Scotland: 'scotland',
  'Northern Ireland': 'northern-ireland',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (d: Date) => d.toISOString().slice(0, 10);

/** A real calendar date in `YYYY-MM-DD` form (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && toIso(toDate(value)) === value;
}

/**
 * Days that do not count: Saturdays, Sundays, Christmas Eve, Christmas Day, Good Friday and bank holidays. For a UK
 * general election a bank holiday anywhere in the UK does not count; otherwise, one in the nation of the election.
 */
function nonWorkingDays(election: ElectionKind, nation: UkNation | undefined): Set<string> {
  const regions: BankHolidayRegion[] =
    election === 'general' || nation === undefined ? ['england-and-wales', 'scotland', 'northern-ireland'] : [REGION_OF[nation]];
  const days = new Set<string>(GOOD_FRIDAYS);
  for (const region of regions) for (const day of BANK_HOLIDAYS[region]) days.add(day);
  return days;
}

export interface RegistrationDeadline {
  /** The last day to register: applications close at 11:59 pm (midnight) on this day. */
  date: string;
  pollingDay: string;
  workingDaysBefore: 12;
}

/**
 * Midnight, 12 working days before polling day. `undefined` when polling day is not a valid date or the holiday
 * lists do not cover the period (better no date than a wrong one). `nation` may be left out for a general election.
 */
export function registrationDeadline(
  pollingDay: string,
  election: ElectionKind,
  nation?: UkNation,
): RegistrationDeadline | undefined {
  if (!isIsoDate(pollingDay) || pollingDay > CALENDAR_COVERS.to) return undefined;
  const skip = nonWorkingDays(election, nation);
  const day = toDate(pollingDay);
  let counted = 0;
  while (counted < 12) {
    day.setUTCDate(day.getUTCDate() - 1);
    const iso = toIso(day);
    if (iso < CALENDAR_COVERS.from) return undefined;
    const weekday = day.getUTCDay();
    const christmas = iso.slice(5) === '12-24' || iso.slice(5) === '12-25';
    if (weekday === 0 || weekday === 6 || christmas || skip.has(iso)) continue;
    counted++;
  }
  return { date: toIso(day), pollingDay, workingDaysBefore: 12 };
}

/** Whole days from `today` to `date` (both ISO; negative once it has passed). */
export function daysUntil(date: string, today: string): number {
  return Math.round((toDate(date).getTime() - toDate(today).getTime()) / 86_400_000);
}

/** Today's date in the UK (Europe/London), as `YYYY-MM-DD`. */
export function ukToday(now: Date = new Date()): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    return toIso(now);
  }
}

/**
 * Photo ID at the polling station:
 * - `gb`: needed, from the Great Britain list (passport, driving licence, Blue Badge, older or disabled person's bus
 *   pass, Veteran Card, …, or a free Voter Authority Certificate)
 * - `ni`: needed, from Northern Ireland's own list (or a free Electoral Identity Card)
 * - `none`: not needed
 * UK Parliament elections everywhere; every election in England; PCC elections in Wales; every election in Northern
 * Ireland. Not Scottish Parliament, Senedd, or Scottish and Welsh council elections.
 */
export type PhotoIdRule = 'gb' | 'ni' | 'none';

export function photoIdRule(election: ElectionKind, nation: UkNation): PhotoIdRule {
  if (nation === 'Northern Ireland') return 'ni';
  if (election === 'general' || nation === 'England') return 'gb';
  if (nation === 'Wales' && election === 'pcc') return 'gb';
  return 'none';
}

export const PHOTO_ID = {
  voterAuthorityCertificateUrl: 'https://www.gov.uk/apply-for-photo-id-voter-authority-certificate',
  northernIrelandUrl: 'https://www.eoni.org.uk/Vote/Voting-at-a-polling-place',
  sources: [
    { title: 'GOV.UK: Photo ID you need to vote at a polling station (includes the Veteran Card)', url: 'https://www.gov.uk/how-to-vote/photo-id-youll-need', checked: CHECKED },
    { title: 'GOV.UK: Apply for a Voter Authority Certificate (free)', url: 'https://www.gov.uk/apply-for-photo-id-voter-authority-certificate', checked: CHECKED },
    { title: 'Electoral Office for Northern Ireland: voting at a polling place (photo ID list)', url: 'https://www.eoni.org.uk/Vote/Voting-at-a-polling-place', checked: CHECKED },
    { title: 'Electoral Commission: voter ID', url: 'https://www.electoralcommission.org.uk/voting-and-elections/voter-id', checked: CHECKED },
  ] satisfies readonly Source[],
} as const;

/**
 * Changes announced or before Parliament, NOT law. Shown as proposals with their status and date. When one becomes
 * law, set `status: 'law'` and `inForce` and change the rules it affects (the widget then shows it as a fact).
 */
export interface Proposal {
  id: 'rp_bill_2026' | 'pcc_abolition';
  status: 'bill' | 'announced' | 'law';
  /** When it was introduced or announced. */
  date: string;
  /** When it took effect, once law. */
  inForce?: string;
  /** English summary (the widget has translated wording per `id`). */
  summary: string;
  source: Source;
}

export const PROPOSALS: readonly Proposal[] = [
  {
    id: 'rp_bill_2026',
    status: 'bill',
    date: '2026-02-12',
    summary:
      'The Representation of the People Bill (introduced 12 February 2026) would give 16- and 17-year-olds the vote in ' +
      'all UK elections, register people automatically, and accept UK bank cards as voter ID. It is not law yet.',
    source: {
      title: 'Electoral Reform Society: briefing on the Representation of the People Bill, second reading (2 March 2026)',
      url: 'https://electoral-reform.org.uk/latest-news-and-research/parliamentary-briefings/briefing-on-the-representation-of-the-people-bill-second-reading',
      checked: CHECKED,
    },
  },
  {
    id: 'pcc_abolition',
    status: 'announced',
    date: '2025-11-13',
    summary:
      'The government announced on 13 November 2025 that Police and Crime Commissioners will be abolished in 2028; ' +
      'until a law does so, PCC elections still take place.',
    source: {
      title: 'The Independent: Police and Crime Commissioners to be scrapped (13 November 2025)',
      url: 'https://www.the-independent.com/bulletin/news/police-crime-commissioners-scrapped-crime-b2864540.html',
      checked: CHECKED,
    },
  },
];
