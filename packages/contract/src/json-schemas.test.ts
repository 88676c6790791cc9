import { describe, expect, it } from 'vitest';
// The generated artifact itself (dist/json-schemas.js, written by scripts/gen-json-schemas.mjs after tsc), as the SDK
// and widgets import it: run `npm run build -w packages/contract` first (`npm test` does).
import { errorCodes, requests, responses, routes } from '@solidarity-widgets/contract/json-schemas';
import { publicRoutes, type PublicRouteName } from './public-routes.js';
import { toFieldErrors } from './field-errors.js';
import { ErrorCode } from './errors.js';
import { fieldErrorsOf, validateJson } from './json-validate.js';

/**
 * Browser code validates with JSON Schema generated from the zod contract and a small interpreter (ADR 0004).
 * These tests keep the two in agreement: for every body below, zod's verdict (and, for the forms, the field errors
 * `toFieldErrors` makes of zod's issues) must equal the JSON-schema validator's.
 */

type Body = Record<string, unknown>;
type RequestName = keyof typeof requests;

const uuid = '3f1c9a52-8e4b-4c1d-9a7e-2b6f0d8c4e11';
const long = (n: number) => 'x'.repeat(n);
const without = (body: Body, key: string): Body => Object.fromEntries(Object.entries(body).filter(([k]) => k !== key));

const canvass: Body = {
  sessionId: uuid,
  name: 'Ada Lovelace',
  email: 'ada@example.org',
  phone: '+44 20 7946 0000',
  languages: ['en', 'pl', 'pt-BR'],
  firstTime: true,
  consentToContact: true,
  consentVersion: '2026-11-23',
  partner: 'unite-london',
};
const solidarity: Body = {
  name: 'Kasia',
  organisation: 'Polish Workers Association',
  country: 'PL',
  language: 'pl',
  message: 'Solidarność!',
  email: 'kasia@example.pl',
  consentToPublish: true,
  partner: 'unite-london',
  website: '',
  elapsedMs: 12_000,
};
const introduction: Body = {
  organisation: 'Ealing Polish Families',
  organisationType: 'diaspora_association',
  communities: 'Polish and Lithuanian families in Ealing',
  languages: ['pl', 'lt'],
  constituencies: ['E14001213'],
  contactName: 'Marta',
  email: 'marta@example.org',
  offers: ['canvassers', 'translators'],
  message: 'We would like to help.',
  consentToContact: true,
  consentVersion: '2026-12-01',
  listInDirectory: true,
  showContactInDirectory: false,
};

/** A pledge without reminders: the one rule JSON Schema cannot say (reminders need an email) is tested on its own below. */
const pledge: Body = {
  partner: 'unite-london',
  constituencyCode: 'E14001331',
  intent: 'register-and-vote',
  election: { type: 'local', date: '2027-05-06' },
  email: 'ama@example.org',
  reminders: false,
  language: 'pl',
  website: '',
};

/** Variations every form shares: blank, spaces only, too long, wrong types, missing, null, extra fields. */
function commonCases(base: Body, text: { key: string; max: number }[], optional: string[]): Body[] {
  const out: Body[] = [base, { ...base, extra: 'ignored', another: { nested: true } }, {}, { ...base, partner: 'Not A Slug' }];
  for (const { key, max } of text) {
    out.push(
      { ...base, [key]: '' },
      { ...base, [key]: '   ' },
      { ...base, [key]: `  ${long(max)}  ` },
      { ...base, [key]: long(max + 1) },
      { ...base, [key]: long(max) },
      { ...base, [key]: 42 },
      { ...base, [key]: null },
      { ...base, [key]: undefined },
      without(base, key),
    );
  }
  for (const key of Object.keys(base)) out.push(without(base, key), { ...base, [key]: null }, { ...base, [key]: [] }, { ...base, [key]: {} });
  for (const key of optional) out.push(without(base, key), { ...base, [key]: '' }, { ...base, [key]: '  ' });
  return out;
}

/** Free text with control characters, line breaks, tabs and bidi marks in it. */
function controlCases(base: Body, keys: string[]): Body[] {
  const texts = ['a\u001b[2Kb', 'ok\rspoof', 'a\u0000b', 'a\u007fb', 'a\u009b2Kb', 'a\u0085b', 'line 1\nline 2', 'line 1\r\nline 2',
    'a\tb', 'a\u202eb\u202c', '\u200fمرحبا\u2066x\u2069', 'x\u000b', 'x\r\r\n', '  \u001b  '];
  return keys.flatMap((key) => texts.map((t) => ({ ...base, [key]: t })));
}

const emails = ['', ' ', 'not-an-email', 'a@b', 'a@b.c', ' ada@example.org ', 'ada..x@example.org', '.ada@example.org', 'ada.@example.org',
  "o'brien+tag@mail.example.co.uk", 'ada@-example.org', 'ada@example.org.', `${long(250)}@example.org`, 'ünïcode@example.org'];
const languageTags = ['pl', 'pt-BR', 'zh-Hant-TW', 'p', 'polish-language', 'en_GB', 'en-', 'en-GB-oxendict-x1', 'en-a-b-c-d', ' pl'];
const consents = [true, false, 'true', 1, null, undefined];

const corpus: Record<RequestName, Body[]> = {
  createCanvassSignup: [
    ...commonCases(canvass, [{ key: 'name', max: 100 }, { key: 'consentVersion', max: 40 }], ['phone', 'partner']),
    ...emails.map((email) => ({ ...canvass, email })),
    ...languageTags.map((tag) => ({ ...canvass, languages: [tag] })),
    ...consents.map((consentToContact) => ({ ...canvass, consentToContact })),
    ...['', 'not-a-uuid', uuid.toUpperCase(), '00000000-0000-0000-0000-000000000000', '3f1c9a52-8e4b-0c1d-9a7e-2b6f0d8c4e11'].map((sessionId) => ({ ...canvass, sessionId })),
    ...['123456', ' +44 (0)20 7946-0000 ', '12345', 'call me', long(21).replace(/x/g, '1')].map((phone) => ({ ...canvass, phone })),
    { ...canvass, languages: Array.from({ length: 21 }, () => 'en') },
    { ...canvass, languages: Array.from({ length: 21 }, () => 'english') },
    { ...canvass, languages: 'pl' },
    { ...canvass, firstTime: 'yes' },
    { ...canvass, consentVersion: ' ' },
  ],
  sendSolidarityMessage: [
    ...commonCases(solidarity, [{ key: 'name', max: 80 }, { key: 'message', max: 500 }, { key: 'organisation', max: 120 }], ['organisation', 'email', 'website', 'elapsedMs']),
    ...emails.map((email) => ({ ...solidarity, email })),
    ...languageTags.map((language) => ({ ...solidarity, language })),
    ...consents.map((consentToPublish) => ({ ...solidarity, consentToPublish })),
    ...['GB', 'gb', 'GBR', 'G', '', ' PL', 'P1'].map((country) => ({ ...solidarity, country })),
    ...[0, -1, 1.5, '100'].map((elapsedMs) => ({ ...solidarity, elapsedMs })),
    { ...solidarity, website: long(201) },
    { ...solidarity, message: '🙂'.repeat(250) },
    { ...solidarity, message: '🙂'.repeat(251) },
    // Lengths are graphemes, as a person counts: a raised fist with a skin tone is one character (2 code points).
    { ...solidarity, message: '✊🏽'.repeat(280) },
    { ...solidarity, message: '✊🏽'.repeat(500) },
    { ...solidarity, message: '✊🏽'.repeat(501) },
    { ...solidarity, message: `  ${'🇵🇱'.repeat(500)}  ` },
    { ...solidarity, message: '👩🏾‍🔧'.repeat(400) },
    // One "character" of 2,000 combining marks: one grapheme, but over the code-point ceiling.
    { ...solidarity, message: `a${'\u0301'.repeat(2000)}` },
    { ...solidarity, name: '\n\tKasia\u00a0' },
    // Control characters (issue 11): refused in free text, except tab and LF/CRLF line breaks; bidi marks are not controls.
    ...controlCases(solidarity, ['name', 'message', 'organisation']),
    { ...solidarity, message: `${long(501)}\u001b` },
  ],
  requestIntroduction: [
    ...commonCases(introduction, [{ key: 'organisation', max: 120 }, { key: 'contactName', max: 100 }, { key: 'communities', max: 300 }, { key: 'message', max: 1000 }],
      ['communities', 'message', 'listInDirectory', 'showContactInDirectory', 'partner']),
    ...emails.map((email) => ({ ...introduction, email })),
    ...consents.map((consentToContact) => ({ ...introduction, consentToContact })),
    ...['other', 'union', '', 'UNION_BRANCH', 3].map((organisationType) => ({ ...introduction, organisationType })),
    ...[[], ['E14001213', 'W07000081', 'S14000021', 'N05000001'], ['E14'], ['e14001213'], Array.from({ length: 11 }, () => 'E14001213'), [42]].map(
      (constituencies) => ({ ...introduction, constituencies }),
    ),
    ...[[], ['venues', 'publicity'], ['money'], ['venues', 'venues', 'venues', 'venues', 'venues']].map((offers) => ({ ...introduction, offers })),
    { ...introduction, languages: Array.from({ length: 21 }, () => 'en') },
    { ...introduction, listInDirectory: 'yes' },
    ...controlCases(introduction, ['organisation', 'contactName', 'communities', 'message']),
    ...[null, 'text', 42, []].map((b) => b as unknown as Body),
  ],
  createPledge: [
    ...commonCases(pledge, [], ['email', 'language', 'website']),
    ...emails.map((email) => ({ ...pledge, email })),
    ...['en', 'zh-Hans', 'pt-BR', 'fa', 'EN', ''].map((language) => ({ ...pledge, language })),
    ...['vote', 'register', 'VOTE', ''].map((intent) => ({ ...pledge, intent })),
    ...['general', 'senedd', 'european', 'General'].map((type) => ({ ...pledge, election: { type, date: '2027-05-06' } })),
    ...['2027-05-06', '2027-02-30', '2028-02-29', '2027-5-6', '06/05/2027', ''].map((date) => ({ ...pledge, election: { type: 'local', date } })),
    ...['E14001331', 'e14001331', 'E14', 'X14001331'].map((constituencyCode) => ({ ...pledge, constituencyCode })),
    { ...pledge, election: { type: 'local' } },
    { ...pledge, reminders: 'yes' },
    { ...pledge, reminders: true },
    { ...pledge, website: long(201) },
  ],
};

describe('request schemas: zod and the JSON-schema validator agree', () => {
  for (const [name, bodies] of Object.entries(corpus) as [RequestName, Body[]][]) {
    it(`${name}: ${bodies.length} bodies`, () => {
      const zodSchema = publicRoutes[name].body;
      let invalid = 0;
      for (const body of bodies) {
        const parsed = zodSchema.safeParse(body);
        const expected = parsed.success ? [] : toFieldErrors(parsed.error.issues);
        if (!parsed.success) invalid++;
        expect({ body, errors: fieldErrorsOf(requests[name], body) }).toEqual({ body, errors: expected });
      }
      // The corpus must exercise both verdicts.
      expect(invalid).toBeGreaterThan(10);
      expect(invalid).toBeLessThan(bodies.length);
    });
  }
});

describe('a pledge asking for reminders without an email', () => {
  it('is refused by the server (email: required); the browser schema cannot say it, so the widget must ask for the email', () => {
    const body = { ...pledge, email: undefined, reminders: true };
    const parsed = publicRoutes.createPledge.body.safeParse(body);
    expect(parsed.success ? [] : toFieldErrors(parsed.error.issues)).toEqual([{ field: 'email', code: 'required', message: 'This field is required.' }]);
    expect(fieldErrorsOf(requests.createPledge, body)).toEqual([]);
  });
});

describe('message length is counted as a person counts it (graphemes)', () => {
  const verdicts = (message: string) => {
    const body = { ...solidarity, consentToPublish: true, message };
    const parsed = publicRoutes.sendSolidarityMessage.body.safeParse(body);
    return { zod: parsed.success ? [] : toFieldErrors(parsed.error.issues), browser: fieldErrorsOf(requests.sendSolidarityMessage, body) };
  };
  const tooLong = [{ field: 'message', code: 'too_long', message: 'This is too long.' }];

  it('280 ✊🏽 (840 UTF-16 units) and 500 flags are accepted on both sides; 501 ✊🏽 refused on both', () => {
    expect(verdicts('✊🏽'.repeat(280))).toEqual({ zod: [], browser: [] });
    expect(verdicts('🇵🇱'.repeat(500))).toEqual({ zod: [], browser: [] });
    expect(verdicts('✊🏽'.repeat(501))).toEqual({ zod: tooLong, browser: tooLong });
    expect(verdicts('x'.repeat(501))).toEqual({ zod: tooLong, browser: tooLong });
  });

  it('one grapheme stuffed with combining marks still hits the code-point ceiling', () => {
    expect(verdicts(`a${'\u0301'.repeat(2000)}`)).toEqual({ zod: tooLong, browser: tooLong });
  });

  it('the generated schema carries the grapheme limit', () => {
    const message = (requests.sendSolidarityMessage['properties'] as Record<string, Record<string, unknown>>)['message'];
    expect(message).toMatchObject({ 'x-max-graphemes': 500, maxLength: 2000 });
  });
});

// ---- responses --------------------------------------------------------------------------------------------

const seat = { code: 'E14001213', name: 'Ealing Central and Acton' };
const mp = { name: 'Rupa Huq', party: 'Lab', partyName: 'Labour' };
const summary = { ...seat, nation: 'England', region: 'London', mp, majorityPct: 30.1, marginality: 'safe' };
const candidate = { ...mp, votes: 22_340 };
const session = {
  id: uuid,
  constituency: seat,
  title: 'Saturday doorknocking',
  startsAt: '2026-12-05T10:00:00Z',
  endsAt: '2026-12-05T13:00:00+00:00',
  timeZone: 'Europe/London',
  meetingPoint: 'Outside Ealing Broadway station',
  organiser: { name: 'Sam', contact: 'sam@example.org' },
  accessibility: null,
  capacity: 20,
  placesLeft: 4,
  status: 'open',
};
const message = {
  id: uuid, name: 'Kasia', organisation: null, country: 'PL', language: 'pl', message: 'Solidarność!', publishedAt: '2026-11-20T18:30:00.123Z',
};
const group = {
  id: uuid, organisation: 'Ealing Polish Families', organisationType: 'diaspora_association', communities: null, languages: ['pl'],
  offers: ['venues'], constituency: seat, distanceKm: 0, contact: { email: 'x@example.org' }, listedAt: '2026-11-20T18:30:00Z',
};

const responseCases: { [N in PublicRouteName]?: unknown[] } = {
  health: [
    { status: 'ok', version: '1.2.3', store: 'pglite', dataCurrentTo: '2026-08-20' },
    { status: 'ok', version: '1.2.3', store: 'pglite', dataCurrentTo: '2026-08-20', uptimeS: 12 },
    { status: 'ok' },
    { status: 'down', version: '1', store: 'pglite', dataCurrentTo: '2026-08-20' },
    { status: 'ok', version: '1', store: 'mysql', dataCurrentTo: '2026-08-20' },
    { status: 'ok', version: '1', store: 'postgres', dataCurrentTo: '2026-02-30' },
    { status: 'ok', version: '1', store: 'postgres', dataCurrentTo: '2026-08-20T00:00:00Z' },
    null,
    '<html>',
  ],
  lookupPostcode: [
    { query: 'SE13 6', kind: 'sector', nation: 'England', uncertain: true, matches: [{ constituency: summary, share: 0.8 }, { constituency: summary, share: null }],
      source: { name: 'ONSPD', currentTo: '2026-08-01', attribution: 'ONS' } },
    { query: 'SE13 6', kind: 'sector', nation: 'England', uncertain: true, matches: [{ constituency: summary, share: 'most of it' }],
      source: { name: 'ONSPD', currentTo: '2026-08-01', attribution: 'ONS' } },
    { query: 'SE13 6', kind: 'street', nation: 'England', uncertain: true, matches: [], source: { name: 'ONSPD', currentTo: '2026-08-01', attribution: 'ONS' } },
    { query: 'SE13 6', kind: 'sector', nation: 'England', uncertain: true, matches: [{ constituency: { ...summary, code: 'X' }, share: 1 }],
      source: { name: 'ONSPD', currentTo: '2026-08-01', attribution: 'ONS' } },
  ],
  getConstituency: [
    { ...summary, electorate: 70_000, turnout: 0.6, result: 'Lab hold', winner: candidate, runnerUp: candidate, majority: 10_000,
      shares: { Lab: 0.5, Con: 0.2 }, byElection: null, centroid: { lat: 51.5, lon: -0.3 }, dataCurrentTo: '2026-08-20' },
    { ...summary, electorate: 70_000, turnout: 0.6, result: 'Lab hold', winner: candidate, runnerUp: candidate, majority: 10_000,
      shares: { Lab: '50%' }, byElection: null, centroid: { lat: 51.5, lon: -0.3 }, dataCurrentTo: '2026-08-20' },
    { ...summary, electorate: 70_000, turnout: 0.6, result: 'Lab hold', winner: candidate, runnerUp: candidate, majority: 10_000,
      shares: {}, byElection: { date: '2025-05-01', winner: candidate, majority: 5 }, centroid: { lat: 51.5, lon: -0.3 }, dataCurrentTo: '2026-08-20' },
    { ...summary, electorate: 70_000, turnout: 0.6, result: 'Lab hold', winner: candidate, runnerUp: candidate, majority: 10_000,
      shares: {}, byElection: { date: 'May 2025', winner: candidate, majority: 5 }, centroid: { lat: 51.5, lon: -0.3 }, dataCurrentTo: '2026-08-20' },
    { ...summary, marginality: 'very' },
  ],
  listCanvassSessions: [
    { sessions: [session, { ...session, accessibility: 'Step-free', status: 'full', placesLeft: 0 }] },
    { sessions: [{ ...session, timeZone: 'UTC' }] },
    { sessions: [{ ...session, startsAt: '2026-12-05 10:00' }] },
    { sessions: [{ ...session, startsAt: '2026-12-05T10:00:00' }] },
    { sessions: [{ ...session, capacity: '20' }] },
    { sessions: [{ ...session, id: 'abc' }] },
    { sessions: {} },
    {},
  ],
  createCanvassSignup: [
    { signup: { id: uuid, sessionId: uuid, status: 'confirmed', createdAt: '2026-11-23T12:00:00Z' }, session, ics: 'BEGIN:VCALENDAR', cancelToken: 't', cancelUrl: 'https://x' },
    { signup: { id: uuid, sessionId: uuid, status: 'waitlisted', createdAt: '2026-11-23T12:00:00Z' }, session, ics: 'BEGIN:VCALENDAR' },
    { signup: { id: uuid, sessionId: uuid, status: 'maybe', createdAt: '2026-11-23T12:00:00Z' }, session, ics: 'BEGIN:VCALENDAR' },
    { signup: { id: uuid, sessionId: uuid, status: 'confirmed', createdAt: '2026-11-23T12:00:00Z' }, session, ics: 'x', cancelToken: null },
  ],
  listSolidarityMessages: [
    { messages: [message, { ...message, organisation: 'PWA' }], nextCursor: 'abc', totals: { messages: 2, countries: 1 } },
    { messages: [], nextCursor: null, totals: { messages: 0, countries: 0 } },
    { messages: [{ ...message, country: 'pl' }], nextCursor: null, totals: { messages: 1, countries: 1 } },
    { messages: [{ ...message, organisation: 3 }], nextCursor: null, totals: { messages: 1, countries: 1 } },
    { messages: [message], totals: { messages: 1, countries: 1 } },
  ],
  sendSolidarityMessage: [
    { message: { id: uuid, status: 'pending', createdAt: '2026-11-23T12:00:00Z' } },
    { message: { id: uuid, status: 'published', createdAt: '2026-11-23T12:00:00Z' } },
  ],
  getLocalContact: [
    { constituency: seat, name: 'Ealing Labour', email: 'x@example.org', website: null, meetingPlace: null, languages: ['en'], updatedAt: '2026-11-23T12:00:00Z' },
    { constituency: seat, name: 'Ealing Labour', email: 'x@example.org', website: null, languages: ['en'], updatedAt: '2026-11-23T12:00:00Z' },
  ],
  listLocalGroups: [
    { constituency: seat, nearby: [{ ...seat, distanceKm: 3.2 }], groups: [group, { ...group, contact: null }] },
    { constituency: null, nearby: [], groups: [] },
    { constituency: { code: 'nope', name: 'x' }, nearby: [], groups: [] },
    { constituency: seat, nearby: [seat], groups: [] },
    { constituency: seat, nearby: [], groups: [{ ...group, offers: ['money'] }] },
    { constituency: seat, nearby: [], groups: [{ ...group, contact: {} }] },
  ],
};

describe('response schemas: zod and the JSON-schema validator agree', () => {
  for (const [name, bodies] of Object.entries(responseCases) as [PublicRouteName, unknown[]][]) {
    it(`${name}: ${bodies.length} bodies`, () => {
      const zodSchema = publicRoutes[name].response;
      const verdicts = bodies.map((body) => {
        const parsed = zodSchema.safeParse(body);
        const issues = validateJson(responses[name], body);
        expect({ body, ok: issues.length === 0 }).toEqual({ body, ok: parsed.success });
        // The same fields are named, so ResponseValidationError's message points where zod's did.
        const paths = (list: readonly { path: readonly PropertyKey[] }[]) => [...new Set(list.map((i) => i.path.map(String).join('.')))].sort();
        if (!parsed.success) expect({ body, paths: paths(issues) }).toEqual({ body, paths: paths(parsed.error.issues) });
        return parsed.success;
      });
      expect(verdicts).toContain(true);
      expect(verdicts).toContain(false);
    });
  }
});

describe('the generated tables', () => {
  it('cover every public route, with its method, path and idempotency', () => {
    expect(Object.keys(responses).sort()).toEqual(Object.keys(publicRoutes).sort());
    for (const [name, route] of Object.entries(publicRoutes)) {
      expect(routes[name as PublicRouteName]).toEqual({
        method: route.method,
        path: route.path,
        ...('idempotencyKey' in route ? { idempotencyKey: true } : {}),
      });
    }
  });

  it('list every error code', () => {
    expect(errorCodes).toEqual(ErrorCode.options);
  });
});
