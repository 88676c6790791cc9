import type { CanvassSession, ConstituencySummary, Organiser, PostcodeLookup } from '@solidarity-widgets/contract';
import { constituencies } from './fixtures-constituencies.js';
import { introductions, localContacts } from './fixtures-local.js';
import type { MockMessage, MockSignup } from './state.js';

/** The date the mock says its MP list is current to (same as the real data's). */
export const dataCurrentTo = '2026-08-20';

/** The bearer token the mock accepts for admin calls (add more to `state.adminTokens`). */
export const adminToken = 'mock-admin-token';

function seat(code: string): ConstituencySummary {
  const c = constituencies.find((x) => x.code === code);
  if (!c) throw new Error(`fixture seat ${code} missing`);
  const { name, nation, region, mp, majorityPct, marginality, majorityFrom } = c;
  return { code, name, nation, region, mp, majorityPct, marginality, ...(majorityFrom ? { majorityFrom } : {}) };
}

const source = {
  name: 'OS Code-Point Open with ONS July 2024 constituency boundaries',
  currentTo: '2023-11-01',
  attribution:
    'Contains OS data © Crown copyright and database right 2023. Contains Royal Mail data © Royal Mail copyright and database right 2023. ' +
    'Source: Office for National Statistics licensed under the Open Government Licence v3.0.',
} as const;

const whole = (query: string, code: string): PostcodeLookup => ({
  query,
  kind: 'postcode',
  nation: seat(code).nation,
  uncertain: false,
  matches: [{ constituency: seat(code), share: 1 }],
  source,
});

/**
 * Postcode answers keyed by the normalised query (upper case, one space
 * before the inward code). Shares for the split areas are the real ones from
 * /work/shared/data/postcode-sectors-pcon2024.csv and outcodes-pcon2024.csv.
 *
 * Also recognised by the mock without a fixture: any `BT` postcode (Northern
 * Ireland: `kind: 'nation'`, no seat, because Code-Point Open does not cover
 * it), `GY`/`JE`/`IM` postcodes (404 `postcode_outside_constituencies`),
 * malformed input (400 `postcode_invalid`) and anything else (404
 * `postcode_not_found`, e.g. `ZZ99 9ZZ`).
 */
export const postcodes: Readonly<Record<string, PostcodeLookup>> = {
  'SW1A 1AA': whole('SW1A 1AA', 'E14001172'),
  'SE6 1AA': whole('SE6 1AA', 'E14001331'),
  'BR1 1AA': whole('BR1 1AA', 'E14001137'),
  'WA6 0AA': whole('WA6 0AA', 'E14001455'),
  'SN9 5AA': whole('SN9 5AA', 'E14001217'),
  'AB16 7AA': whole('AB16 7AA', 'S14000060'),
  'CF23 7AA': whole('CF23 7AA', 'W07000089'),
  'SE13 6': {
    query: 'SE13 6',
    kind: 'sector',
    nation: 'England',
    uncertain: true,
    matches: [
      { constituency: seat('E14001331'), share: 0.6526 },
      { constituency: seat('E14001332'), share: 0.3474 },
    ],
    source,
  },
  SE13: {
    query: 'SE13',
    kind: 'outcode',
    nation: 'England',
    uncertain: true,
    matches: [
      { constituency: seat('E14001332'), share: 0.6417 },
      { constituency: seat('E14001331'), share: 0.3125 },
      { constituency: seat('E14001257'), share: 0.0458 },
    ],
    source,
  },
};

/** Session ids, so tests can refer to them by meaning. */
export const sessionIds = {
  /** Lewisham East, open, 7 of 12 places left. */
  lewishamEast: '3f6c2a0e-5b1d-4c8e-9a7f-1e2d3c4b5a60',
  /** Bromley and Biggin Hill, open, 1 of 2 places left: the next-but-one sign-up is waitlisted. */
  bromley: '8d2b7c41-0e6f-4a3b-b5c9-2f1e0d9c8b71',
  /** Cities of London and Westminster, full: sign-ups are waitlisted. */
  citiesOfLondon: 'c4a1e9b2-7d3f-4e8a-8b6c-5a4f3e2d1c02',
  /** Aberdeen North, cancelled: sign-ups get 409 `session_not_open`. */
  aberdeenNorth: 'e7f6d5c4-b3a2-4190-8f7e-6d5c4b3a2913',
} as const;

const at = (code: string) => {
  const s = seat(code);
  return { code: s.code, name: s.name };
};

/** Canvassing sessions (times in UTC; the contract's `timeZone` is always Europe/London). */
export const canvassSessions: readonly CanvassSession[] = [
  {
    id: sessionIds.lewishamEast,
    constituency: at('E14001331'),
    title: 'Saturday doorstep: Catford and Rushey Green',
    startsAt: '2027-03-06T10:00:00Z',
    endsAt: '2027-03-06T13:00:00Z',
    timeZone: 'Europe/London',
    meetingPoint: 'Outside Catford Bridge station, Ravensbourne Park entrance',
    organiser: { name: 'Amina Okafor', contact: 'lewisham-east@example.org' },
    accessibility: 'Step-free meeting point; shorter, flatter routes on request; BSL interpreter if asked 5 days ahead.',
    capacity: 12,
    placesLeft: 7,
    status: 'open',
  },
  {
    id: sessionIds.bromley,
    constituency: at('E14001137'),
    title: 'Weeknight leafleting around Bromley North',
    startsAt: '2027-03-10T18:00:00Z',
    endsAt: '2027-03-10T20:00:00Z',
    timeZone: 'Europe/London',
    meetingPoint: 'Bromley North station forecourt',
    organiser: { name: 'Tomasz Nowak', contact: '+44 20 7946 0123' },
    accessibility: null,
    capacity: 2,
    placesLeft: 1,
    status: 'open',
  },
  {
    id: sessionIds.citiesOfLondon,
    constituency: at('E14001172'),
    title: 'Lunchtime stall at Strutton Ground market',
    startsAt: '2027-03-12T12:00:00Z',
    endsAt: '2027-03-12T14:00:00Z',
    timeZone: 'Europe/London',
    meetingPoint: 'Strutton Ground, by the Victoria Street end',
    organiser: { name: 'Rachel Mensah', contact: 'westminster@example.org' },
    accessibility: 'Level pavement; seating available at the stall.',
    capacity: 8,
    placesLeft: 0,
    status: 'full',
  },
  {
    id: sessionIds.aberdeenNorth,
    constituency: at('S14000060'),
    title: 'Tillydrone doorstep (cancelled: weather)',
    startsAt: '2027-03-13T11:00:00Z',
    endsAt: '2027-03-13T14:00:00Z',
    timeZone: 'Europe/London',
    meetingPoint: 'Tillydrone Community Flat',
    organiser: { name: 'Mhairi Campbell', contact: 'aberdeen-north@example.org' },
    accessibility: null,
    capacity: 10,
    placesLeft: 10,
    status: 'cancelled',
  },
];

/** Sign-ups already taken (the ones that used up places above are not all listed). */
export const canvassSignups: readonly MockSignup[] = [
  {
    id: '0b5e8f3a-1c2d-4e5f-a6b7-c8d9e0f1a2b3',
    sessionId: sessionIds.lewishamEast,
    status: 'confirmed',
    createdAt: '2026-11-20T09:14:00Z',
    name: 'Priya Shah',
    email: 'priya.shah@example.com',
    phone: null,
    languages: ['en', 'gu'],
    firstTime: true,
    consentVersion: '2026-11-23',
    partner: 'unite-london',
  },
];

let n = 0;
const msg = (
  m: Pick<MockMessage, 'name' | 'organisation' | 'country' | 'language' | 'message' | 'partner'> & { publishedAt: string },
): MockMessage => {
  n += 1;
  return {
    id: `5a1b2c3d-4e5f-4a6b-8c7d-${String(n).padStart(12, '0')}`,
    email: null,
    status: 'approved',
    // Moderated about an hour after it was sent.
    createdAt: new Date(Date.parse(m.publishedAt) - 3_600_000).toISOString(),
    rejectionReason: null,
    ...m,
  };
};

/** Messages of support, newest first: twelve approved (across partners) and two awaiting moderation. */
export const solidarityMessages: readonly MockMessage[] = [
  msg({ name: 'Kasia W.', organisation: 'Polish Workers UK', country: 'PL', language: 'pl', message: 'Solidarność z wami wszystkimi w Lewisham. Do zobaczenia na ulicy!', partner: 'polish-workers-uk', publishedAt: '2026-11-22T18:30:00Z' }),
  msg({ name: 'Rhodri', organisation: null, country: 'GB', language: 'cy', message: 'Pob lwc o Gaerdydd. Rydyn ni gyda chi.', partner: null, publishedAt: '2026-11-22T12:05:00Z' }),
  msg({ name: 'Shirin Akter', organisation: 'Tower Hamlets Bangladeshi Women’s Forum', country: 'BD', language: 'bn', message: 'আমরা আপনাদের পাশে আছি। একসাথে আমরা শক্তিশালী।', partner: 'unite-london', publishedAt: '2026-11-21T20:45:00Z' }),
  msg({ name: 'João Pereira', organisation: 'Sindicato dos Bancários', country: 'BR', language: 'pt-BR', message: 'Do Brasil, toda a nossa solidariedade aos trabalhadores britânicos.', partner: null, publishedAt: '2026-11-21T09:10:00Z' }),
  msg({ name: 'Layla H.', organisation: null, country: 'LB', language: 'ar', message: 'تحية تضامن من بيروت إلى كل من يطرق الأبواب.', partner: 'unite-london', publishedAt: '2026-11-20T16:00:00Z' }),
  msg({ name: 'Marek', organisation: 'Polish Workers UK', country: 'GB', language: 'pl', message: 'Pierwszy raz idę na canvassing w Bromley. Dołączcie!', partner: 'polish-workers-uk', publishedAt: '2026-11-20T08:20:00Z' }),
  msg({ name: 'Aoife Byrne', organisation: 'Irish in Britain', country: 'IE', language: 'en', message: 'From Dublin with love: keep going, every door counts.', partner: null, publishedAt: '2026-11-19T19:40:00Z' }),
  msg({ name: 'Kwame Mensah', organisation: 'GMB Southern', country: 'GH', language: 'en', message: 'Accra stands with Lewisham. Stay safe out there.', partner: 'unite-london', publishedAt: '2026-11-19T11:15:00Z' }),
  msg({ name: 'Ines', organisation: null, country: 'ES', language: 'es', message: 'Desde Barcelona, mucho ánimo a todas las personas voluntarias.', partner: null, publishedAt: '2026-11-18T21:00:00Z' }),
  msg({ name: 'Ahmed Yusuf', organisation: 'Somali Community Association', country: 'SO', language: 'so', message: 'Waan idin la jirnaa. Mahadsanid shaqadiinna.', partner: 'unite-london', publishedAt: '2026-11-18T10:30:00Z' }),
  msg({ name: 'Fatima Z.', organisation: null, country: 'MA', language: 'fr', message: 'Courage à toutes et à tous, la solidarité n’a pas de frontières.', partner: null, publishedAt: '2026-11-17T17:25:00Z' }),
  msg({ name: 'Dylan', organisation: 'Unite Cymru', country: 'GB', language: 'en', message: 'Cardiff East phone bank says hello to everyone in Aberdeen North!', partner: 'unite-london', publishedAt: '2026-11-17T08:05:00Z' }),
  {
    ...msg({ name: 'Ana Lima', organisation: null, country: 'PT', language: 'pt', message: 'Força! Estamos convosco a partir de Lisboa.', partner: 'unite-london', publishedAt: '2026-11-23T07:00:00Z' }),
    status: 'pending',
    publishedAt: null,
    email: 'ana.lima@example.com',
  },
  {
    ...msg({ name: 'Oleksandr', organisation: 'Ukrainian Association', country: 'UA', language: 'uk', message: 'Дякуємо за підтримку. Ми з вами.', partner: null, publishedAt: '2026-11-23T08:00:00Z' }),
    status: 'pending',
    publishedAt: null,
  },
];

/** The console's organisers: one admin (sign in as `admin@example.org`) and one seat's organiser. */
const organisers: readonly Organiser[] = [
  {
    id: '7e0c2f5a-1b1d-4c55-9a57-3f1e2d4c5b6a', email: 'admin@example.org', name: 'Mock Admin', language: 'en', scopes: ['admin'],
    role: 'admin', notify: 'immediate', createdAt: '2026-11-01T09:00:00.000Z', lastSignInAt: null, disabledAt: null,
  },
  {
    id: '2b9d6c1e-8f3a-4e7b-b2c4-6d5e4f3a2b1c', email: 'lewisham@example.org', name: 'Lewisham East organiser', language: 'en',
    scopes: ['constituency:E14001331'], role: 'organiser', notify: 'digest', createdAt: '2026-11-01T09:00:00.000Z', lastSignInAt: null, disabledAt: null,
  },
];

/**
 * Everything the mock starts from. Read-only: {@link mockState} copies it,
 * so one test's sign-ups never leak into the next.
 */
export const fixtures = {
  dataCurrentTo,
  adminToken,
  constituencies,
  postcodes,
  sessionIds,
  canvassSessions,
  canvassSignups,
  solidarityMessages,
  localContacts,
  introductions,
  organisers,
} as const;

export { constituencies };
