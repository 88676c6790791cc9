import { ErrorBody, errorStatus, routes, type RouteDef } from '@solidarity-widgets/contract';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../services/solidarity.js';
import { PARTNER_ORIGIN, futureIso, makeSession, messageBody, setup, signupBody, type Reply } from '../testing/harness.js';
import { signIn, type ConsoleAgent } from '../testing/console.js';

/**
 * Property-based fuzzing of every route of the contract's table (publicRoutes and adminRoutes, the latter with a valid
 * admin token most of the time): arbitrary and schema-near-miss path parameters, query strings, headers and bodies.
 * Whatever arrives, the answer is never a 5xx, a success matches the route's response schema, and an error is the one
 * error body with a code the route documents, sent with that code's status.
 *
 * Seeded so a failure repeats: FUZZ_SEED=<n> reruns with another seed (the seed in use is printed); FUZZ_RUNS=<n>
 * runs more cases per route.
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261129);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 30);

let h: Awaited<ReturnType<typeof setup>>;
const known = { session: '', signup: '', message: '', introduction: '', cursor: '', organiser: '' };
/** A console session (an admin organiser), opened afresh for each route: a fuzzed sign-out may end the last one. */
let agent: ConsoleAgent;
const FUZZ_ORGANISER = { email: 'fuzz.organiser@example.org', name: 'Fuzz organiser', scopes: ['admin'] };

beforeAll(async () => {
  console.log(`fuzz seed ${SEED}, ${RUNS} runs per route (repeat with FUZZ_SEED=${SEED})`);
  h = await setup({ config: { signInLimit: { perAddress: 1000, perNetwork: 10_000 } } });
  agent = await signIn(h.call, h.store, FUZZ_ORGANISER);
  known.organiser = agent.organiserId;
  known.session = await makeSession(h.call, h.adminToken);
  known.signup = (await h.call('POST', '/v1/canvass-signups', { body: signupBody(known.session) })).json.signup.id;
  known.message = (await h.call('POST', '/v1/solidarity-messages', { body: messageBody() })).json.message.id;
  await h.call('POST', `/v1/admin/solidarity-messages/${known.message}/decision`, { token: h.adminToken, body: { decision: 'approve' } });
  known.introduction = (await h.call('POST', '/v1/introductions', { body: introductionBody() })).json.introduction.id;
  known.cursor = encodeCursor('1795434003621000', known.message);
});
afterAll(() => h?.close());

function introductionBody() {
  return {
    organisation: 'Polish Workers Association Lewisham', organisationType: 'diaspora_association', languages: ['pl', 'en'],
    constituencies: ['E14001172'], contactName: 'Marta Kowalska', email: 'marta@example.org', offers: ['canvassers'],
    consentToContact: true, consentVersion: '2026-12-01', listInDirectory: true, partner: 'unite-polish-branch',
  };
}

/** A valid body per route, which the fuzzer then breaks one field at a time. Routes not listed get `{}`. */
const validBodies = (): Record<string, Record<string, unknown>> => ({
  createCanvassSignup: signupBody(known.session, { email: 'fuzz@example.org' }),
  cancelCanvassSignup: { token: 'not-the-token' },
  sendSolidarityMessage: messageBody({ partner: 'fuzz' }),
  requestIntroduction: introductionBody(),
  adminCreateCanvassSession: {
    constituencyCode: 'E14001279', title: 'Fuzz canvass', startsAt: futureIso(3, 10), endsAt: futureIso(3, 12),
    meetingPoint: 'Station', organiserName: 'Org', organiserContact: 'org@example.org', capacity: 5,
  },
  adminUpdateCanvassSession: { title: 'Renamed', startsAt: futureIso(4, 10), endsAt: futureIso(4, 12), capacity: 8, accessibility: null },
  adminModerateMessage: { decision: 'approve', reason: 'fine' },
  adminSetLocalContact: { name: 'Hendon Labour', email: 'hendon@example.org', website: 'https://hendon.example.org', languages: ['en'] },
  adminUpdateIntroduction: { status: 'contacted' },
  adminDecideListing: { decision: 'approve' },
  recordReferralVisit: { partner: 'fuzz', action: 'lookup' },
  createPledge: {
    partner: 'fuzz', constituencyCode: 'E14001331', intent: 'register-and-vote', election: { type: 'general', date: futureIso(40).slice(0, 10) },
    email: 'fuzz.pledge@example.org', reminders: true, language: 'cy',
  },
  sendAnswerReport: { postcodeArea: 'SE6 4', constituency: 'E14001331', answer: 'Lewisham East', message: 'Wrong MP', language: 'en', partner: 'fuzz' },
  consoleSignIn: { email: FUZZ_ORGANISER.email, language: 'cy' },
  consoleOpenSession: { token: 'x'.repeat(43) },
  consoleUpdateMe: { language: 'pl', notify: 'digest' },
  adminCreateOrganiser: { email: 'fuzz.new@example.org', name: 'Fuzz new', scopes: ['constituency:E14001279', 'partner:fuzz'], language: 'ar', notify: 'off' },
  adminUpdateOrganiser: { name: 'Renamed', scopes: ['admin'], notify: 'immediate', disabled: false },
  adminSetAttendance: { attended: true },
  adminAddPartyChange: { constituency: 'E14001331', party: 'Ind', partyName: 'Independent', date: '2026-11-20', source: 'https://news.example.org/x', note: 'fuzz' },
});

/** Plausible values per parameter name, the starting points for near misses. */
const validValues = (): Record<string, string[]> => ({
  // Constituency codes, and a referral code (`/v1/referrals/{code}/visit`): each route gets near misses of both.
  code: ['E14001279', 'E14001172', 'S14000021', 'N05000001', 'k2m3n4p5q6'],
  constituency: ['E14001279', 'W07000081'],
  postcode: ['SE13 6', 'SE6 4AA', 'CF24 3AA', 'JE2 3AB', 'BT1 1AA', 'SE13'],
  id: [known.session, known.signup, known.message, known.introduction, known.organiser],
  session: [known.session],
  limit: ['1', '5', '20', '50'],
  maxMajorityPct: ['0', '7.5', '10', '100'],
  party: ['Lab', 'con', 'Reform', 'SNP', 'Alliance'],
  swing: ['0', '2.5', '5', '100'],
  count: ['1', '5', '20'],
  nation: ['England', 'Wales', 'Scotland', 'Northern Ireland'],
  partner: ['unite-polish-branch', 'fuzz'],
  cursor: [known.cursor],
  status: ['pending', 'approved', 'rejected', 'new', 'contacted', 'closed'],
  listing: ['not_requested', 'pending', 'approved'],
  email: ['ola@example.org', 'Ola@Example.org'],
});

const cursorOf = (text: string) => Buffer.from(text).toString('base64url');
const NIL = '00000000-0000-0000-0000-000000000000';
/** Values that broke servers before, or are the edges of a schema. */
const SPECIAL = [
  '', ' ', '0', '-0', '-1', '01', '43.85', '1e3', '0x10', 'NaN', 'Infinity', '9223372036854775807', '-9223372036854775808',
  '9999999999999999999', '1'.repeat(400), '0000-01-01T00:00:00Z', '9999-12-31T23:59:59-23:59', '2026-02-30T10:00:00Z',
  'null', 'true', '[]', '{}', '%', '%00', '\u0000', '\u202e', 'ǅ', '٣', '😀', '../', ' x@example.org', 'x@example.org ',
  cursorOf(`9223372036854775807.${NIL}`), cursorOf(`-9223372036854775808.${NIL}`), cursorOf(`9999999999999999999.${NIL}`),
  cursorOf(`99999999999999999.${NIL}`), cursorOf(`1.${NIL.toUpperCase()}`), NIL, 'E14999999', 'e14001279', 'ZZ99 9ZZ',
];

/** A valid value, a small edit of one (case, spaces, a character added, removed or changed), an edge, or anything. */
function nearMiss(valid: readonly string[]): fc.Arbitrary<string> {
  const base = valid.length > 0 ? fc.constantFrom(...valid) : fc.constant('x');
  return fc.oneof(
    { weight: 3, arbitrary: base },
    {
      weight: 4,
      arbitrary: base.chain((v) =>
        fc.oneof(
          fc.constant(v.toUpperCase()),
          fc.constant(v.toLowerCase()),
          fc.constant(` ${v}`),
          fc.constant(`${v}\t`),
          fc.constant(v.slice(0, -1)),
          fc.constant(v + v.slice(-1)),
          fc.tuple(fc.nat(v.length), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 })).map(([i, s]) => v.slice(0, i) + s + v.slice(i)),
          fc.tuple(fc.nat(Math.max(0, v.length - 1)), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 })).map(([i, s]) => v.slice(0, i) + s + v.slice(i + 1)),
        ),
      ),
    },
    { weight: 2, arbitrary: fc.constantFrom(...SPECIAL) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  );
}

/** Any JSON value, including the awkward numbers and strings. */
const jsonValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(...SPECIAL),
  fc.constantFrom(0, -1, 1.5, 1e308, -1e308, 2 ** 53, 9223372036854775807, Number.MIN_VALUE),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 30 }),
);

/** The valid body, or that body with one field broken, dropped or added, or any JSON, or not JSON at all. */
function bodyArb(valid: Record<string, unknown>): fc.Arbitrary<{ json?: unknown; raw?: string }> {
  const keys = Object.keys(valid);
  const key = keys.length > 0 ? fc.constantFrom(...keys) : fc.string({ maxLength: 8 });
  const values = validValues();
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant({ json: valid }) },
    {
      weight: 4,
      arbitrary: key.chain((k) => {
        const v = valid[k];
        const near = nearMiss(typeof v === 'string' ? [v, ...(values[k] ?? [])] : (values[k] ?? []));
        return fc.oneof(jsonValue, near).map((x) => ({ json: { ...valid, [k]: x } }));
      }),
    },
    { weight: 2, arbitrary: key.map((k) => ({ json: Object.fromEntries(Object.entries(valid).filter(([n]) => n !== k)) })) },
    { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 10 }), jsonValue).map(([k, v]) => ({ json: { ...valid, [k]: v } })) },
    { weight: 2, arbitrary: jsonValue.map((json) => ({ json })) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('', '{', '{"a":1}}', 'null', '\uFEFF{}', '[' .repeat(5000), `{"x":"${'a'.repeat(40_000)}"}`).map((raw) => ({ raw })),
    },
  );
}

/** Names of a schema's top-level properties (the query parameters of a route). */
function queryNames(route: RouteDef): string[] {
  const shape = (route.query as unknown as { def?: { shape?: Record<string, unknown> } } | undefined)?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

interface FuzzRequest {
  params: Record<string, string>;
  query: [string, string][];
  body: { json?: unknown; raw?: string } | undefined;
  origin: string | undefined;
  idempotencyKey: string | undefined;
  /** `cookie`: the console session with its CSRF token (and the server's own Origin unless one is fuzzed); `cookie-bare`: the cookie alone. */
  auth: 'valid' | 'none' | 'junk' | 'cookie' | 'cookie-bare';
  contentType: string | undefined;
}

function requestArb(route: RouteDef, validBody: Record<string, unknown>): fc.Arbitrary<FuzzRequest> {
  const values = validValues();
  const placeholders = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  // A parameter is one non-empty path segment that is not `.` or `..` (those would address another route).
  const param = (name: string) => nearMiss(values[name] ?? []).filter((v) => v !== '' && v !== '.' && v !== '..');
  const names = queryNames(route);
  const queryPair = fc.oneof(
    { weight: 5, arbitrary: names.length > 0 ? fc.constantFrom(...names).chain((n) => nearMiss(values[n] ?? []).map((v) => [n, v] as [string, string])) : fc.constant(['x', '1'] as [string, string]) },
    { weight: 1, arbitrary: fc.tuple(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 8 })) },
  );
  return fc.record({
    params: fc.record(Object.fromEntries(placeholders.map((n) => [n, param(n)]))) as fc.Arbitrary<Record<string, string>>,
    query: fc.array(queryPair, { maxLength: 4 }),
    body: route.method === 'GET' || route.method === 'DELETE' ? fc.constant(undefined) : bodyArb(validBody),
    // Mostly origins that may write, so most writes get past CORS to the route itself.
    origin: fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      { weight: 3, arbitrary: fc.constant(PARTNER_ORIGIN) },
      { weight: 1, arbitrary: fc.constantFrom('https://evil.example', 'null') },
    ),
    idempotencyKey: fc.oneof(fc.constant(undefined), fc.string({ unit: 'grapheme-ascii', maxLength: 20 }).filter((s) => s.trim() === s), fc.constant('k'.repeat(201))),
    auth:
      route.auth === 'admin'
        ? fc.constantFrom('valid', 'valid', 'valid', 'cookie', 'cookie', 'cookie-bare', 'none', 'junk')
        : route.auth === 'console'
          ? fc.constantFrom('cookie', 'cookie', 'cookie', 'cookie-bare', 'none')
          : fc.constant('none'),
    contentType: fc.constantFrom(undefined, 'application/json', 'text/plain', 'application/json; charset=utf-8'),
  });
}

function urlOf(route: RouteDef, req: FuzzRequest): string {
  const path = route.path.replace(/\{(\w+)\}/g, (_, n: string) => encodeURIComponent(req.params[n] ?? ''));
  const qs = new URLSearchParams(req.query).toString();
  return qs ? `${path}?${qs}` : path;
}

async function send(route: RouteDef, req: FuzzRequest): Promise<Reply> {
  const headers: Record<string, string> = {};
  if (req.contentType) headers['Content-Type'] = req.contentType;
  if (req.idempotencyKey !== undefined) headers['Idempotency-Key'] = req.idempotencyKey;
  if (req.auth === 'junk') headers['Authorization'] = 'Bearer sw_not_a_real_token';
  if (req.auth === 'cookie' || req.auth === 'cookie-bare') headers['Cookie'] = agent.cookie;
  if (req.auth === 'cookie') {
    headers['X-CSRF-Token'] = agent.csrf;
    if (!req.origin) headers['Origin'] = 'http://localhost';
  }
  const opts = {
    headers,
    ...(req.auth === 'valid' ? { token: h.adminToken } : {}),
    ...(req.origin ? { origin: req.origin } : {}),
    ...(req.body?.raw !== undefined ? { rawBody: req.body.raw } : req.body ? { rawBody: JSON.stringify(req.body.json) ?? 'null' } : {}),
  };
  return h.call(route.method, urlOf(route, req), opts);
}

/** What is wrong with one answer, or undefined when it is what the route documents. */
function problem(name: string, route: RouteDef, res: Reply): string | undefined {
  if (res.status >= 500) return `${res.status}: ${res.text.slice(0, 300)}`;
  if (res.status < 400) {
    const allowed = [route.status, ...(route.otherStatuses ?? []).map((s) => s.status)];
    if (!allowed.includes(res.status)) return `success status ${res.status} is not documented (${allowed.join(', ')})`;
    if (route.response === null) {
      return (res.headers.get('content-type') ?? '').startsWith(route.contentType ?? '') ? undefined : `content-type ${res.headers.get('content-type')}`;
    }
    const parsed = route.response.safeParse(res.json);
    return parsed.success ? undefined : `${res.status} body does not match ${name}'s response schema: ${parsed.error.message.slice(0, 400)}`;
  }
  const body = ErrorBody.safeParse(res.json);
  if (!body.success) return `${res.status} is not the error body: ${res.text.slice(0, 200)}`;
  const { code } = body.data.error;
  if (!(route.errors as readonly string[]).includes(code)) return `error code ${code} (${res.status}) is not documented for ${name}`;
  if (errorStatus[code] !== res.status) return `${code} sent with ${res.status}, documented as ${errorStatus[code]}`;
  return undefined;
}

describe(`fuzzing every route (seed ${SEED})`, () => {
  const entries = Object.entries(routes) as [string, RouteDef][];
  it.each(entries.map(([name, route], i) => [name, route, i] as const))('%s: no 5xx, documented statuses, bodies and codes', async (name, route, i) => {
    const body = validBodies()[name] ?? {};
    agent = await signIn(h.call, h.store, FUZZ_ORGANISER);
    await fc.assert(
      fc.asyncProperty(requestArb(route, body), async (req) => {
        const res = await send(route, req);
        const wrong = problem(name, route, res);
        if (wrong) throw new Error(`${route.method} ${urlOf(route, req)} → ${wrong}`);
      }),
      { seed: SEED + i, numRuns: RUNS, endOnFailure: true },
    );
  });
});
