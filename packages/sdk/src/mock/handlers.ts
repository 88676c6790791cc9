import {
  decodeWallCursor,
  encodeWallCursor,
  routes,
  toFieldErrors,
  type AdminCanvassSignup,
  type CanvassSession,
  type ConstituencySummary,
  type ErrorCode,
  type FieldError,
  type PostcodeLookup,
  type RouteName,
  type Routes,
} from '@solidarity-widgets/contract';
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { SchemaOutput } from '../types.js';
import { mockState, type MockMessage, type MockSignup, type MockState } from './state.js';
import { localHandlers, mockLocalGroups } from './local-handlers.js';
import { partyChangeHandlers } from './party-change-handlers.js';
import { referralHandlers } from './referral-handlers.js';
import { pledgeHandlers } from './pledge-handlers.js';
import { consoleCookie, consoleHandlers } from './console-handlers.js';

/** Options for {@link createMockHandlers}. */
export interface MockHandlersOptions {
  /** Origin (and optional path prefix) the API is mocked at. Default `http://localhost:8787`. */
  baseUrl?: string;
  /** The world to serve and mutate. Default: a fresh {@link mockState}. Pass your own to inspect it. */
  state?: MockState;
}

type Part<N extends RouteName, K extends 'params' | 'query' | 'body'> = Routes[N] extends { readonly [P in K]: infer S }
  ? SchemaOutput<S>
  : undefined;

export interface Ctx<N extends RouteName> {
  params: Part<N, 'params'>;
  query: Part<N, 'query'>;
  body: Part<N, 'body'>;
  request: Request;
  state: MockState;
}

/** What a route handler gives back: JSON with a status, or a ready `Response` (the CSV export). */
export type Reply = { status?: number; body: unknown; headers?: Record<string, string> } | Response;

/** Thrown inside a handler to answer with the contract's one error body. */
class MockApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

const errorResponse = (status: number, code: ErrorCode, message: string, details?: unknown) =>
  HttpResponse.json({ error: details === undefined ? { code, message } : { code, message, details } }, { status });

const validationFailed = (fields: FieldError[]) =>
  new MockApiError(400, 'validation_failed', 'Some answers need another look.', { fields });

/** Parses one part of a request with the route's schema; a bad part becomes 400 validation_failed. */
function parsePart(schema: unknown, value: unknown, prefix: string): unknown {
  const s = schema as { safeParse(v: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly { code: string; path: PropertyKey[]; message: string }[] } } };
  const r = s.safeParse(value);
  if (r.success) return r.data;
  const fields = toFieldErrors(r.error.issues);
  throw validationFailed(prefix ? fields.map((f) => ({ ...f, field: `${prefix}${f.field}` })) : fields);
}

/**
 * Registers one route of the contract with msw: same method and path as the
 * real server, inputs validated with the same schemas, admin auth, the
 * idempotency store for routes that honour `Idempotency-Key`, and a log entry
 * in `state.requests`.
 */
function route<N extends RouteName>(base: string, state: MockState, name: N, handle: (ctx: Ctx<N>) => Reply | Promise<Reply>): HttpHandler {
  const def: Routes[RouteName] = routes[name];
  const path = base + def.path.replace(/\{(\w+)\}/g, ':$1');
  const method = def.method.toLowerCase() as 'get' | 'post' | 'delete' | 'put' | 'patch';
  return http[method](path, async ({ request, params }) => {
    const url = new URL(request.url);
    const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
    let json: unknown;
    let badJson = false;
    if (text !== '') {
      try {
        json = JSON.parse(text) as unknown;
      } catch {
        badJson = true;
      }
    }
    state.requests.push({
      method: request.method,
      url: request.url,
      headers: Object.fromEntries(request.headers),
      body: badJson ? text : json,
    });
    try {
      if ('auth' in def) {
        // As on the server: admin routes take a bearer token or the console's cookie; console routes only the cookie,
        // and a write with the cookie needs the session's CSRF token.
        const token = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
        const byToken = def.auth === 'admin' && token !== undefined && state.adminTokens.has(token);
        const cookie = consoleCookie(request);
        const session = cookie === undefined ? undefined : state.consoleSessions.get(cookie);
        if (!byToken && !session) throw new MockApiError(401, 'unauthorized', 'A valid bearer token (or console session) is required.');
        if (!byToken && session && def.method !== 'GET' && request.headers.get('x-csrf-token') !== session.csrfToken) {
          throw new MockApiError(403, 'csrf_failed', "This write needs the session's X-CSRF-Token header.");
        }
      }
      if (badJson) throw new MockApiError(400, 'invalid_json', 'The request body is not valid JSON.');
      const ctx = {
        params: 'params' in def ? parsePart(def.params, params, '') : undefined,
        query: 'query' in def ? parsePart(def.query, Object.fromEntries(url.searchParams), '') : undefined,
        body: 'body' in def ? parsePart(def.body, json, '') : undefined,
        request,
        state,
      } as Ctx<N>;

      const key = 'idempotencyKey' in def ? request.headers.get('idempotency-key') : null;
      const storeKey = `${name} ${key ?? ''}`;
      const fingerprint = JSON.stringify(json);
      if (key) {
        const seen = state.idempotency.get(storeKey);
        if (seen && seen.fingerprint !== fingerprint) {
          throw new MockApiError(409, 'idempotency_conflict', 'This Idempotency-Key was already used with a different request.');
        }
        // A repeat of a request we already answered: same answer, nothing done twice.
        if (seen) return HttpResponse.json(seen.body as Record<string, unknown>, { status: seen.status, headers: { 'idempotent-replayed': 'true' } });
      }

      const reply = await handle(ctx);
      if (reply instanceof Response) return reply;
      const status = reply.status ?? def.status;
      const checked = def.response?.safeParse(reply.body);
      if (checked && !checked.success) {
        // A bug in the mock itself: say so loudly rather than teach clients a wrong shape.
        return errorResponse(500, 'internal_error', `Mock produced a body that breaks the contract: ${JSON.stringify(checked.error.issues)}`);
      }
      if (key) state.idempotency.set(storeKey, { fingerprint, status, body: reply.body });
      return HttpResponse.json(reply.body as Record<string, unknown>, { status, headers: reply.headers ?? {} });
    } catch (error) {
      if (error instanceof MockApiError) return errorResponse(error.status, error.code, error.message, error.details);
      throw error;
    }
  });
}

const summary = (c: ConstituencySummary): ConstituencySummary => {
  const { code, name, nation, region, mp, majorityPct, marginality, majority } = c;
  return { code, name, nation, region, mp, majorityPct, marginality, ...(majority === undefined ? {} : { majority }) };
};

/** Great-circle distance in km (haversine), to one decimal place. */
function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * 6371 * Math.asin(Math.sqrt(h)) * 10) / 10;
}

const FULL = /^([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})$/;
const SECTOR = /^([A-Z]{1,2}\d[A-Z\d]?)\s+(\d)$/;
const OUTCODE = /^[A-Z]{1,2}\d[A-Z\d]?$/;

/** Great-circle distance in km, as the server measures seats' distances. */
function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A half-typed unit (`SE6 4A`, `SE64A`): the real lookup answers for its sector. */
const HALF_UNIT = /^([A-Z]{1,2}\d[A-Z\d]?) ?(\d)[A-Z]$/;

/**
 * Normalises like the real lookup: upper case, one space before the inward code, harmless punctuation (a hyphen
 * between the halves, a trailing full stop, commas, quotes) read as spaces, a half-typed unit read as its sector;
 * `null` when it is not a postcode shape.
 */
export function normalisePostcode(raw: string): string | null {
  const s = raw.toUpperCase().replace(/[-\u2010-\u2015\u2212_./,;:'"\u2018\u2019\u201C\u201D()]+/g, ' ').replace(/\s+/g, ' ').trim();
  const full = FULL.exec(s);
  if (full) return `${full[1]} ${full[2]}`;
  if (SECTOR.test(s) || OUTCODE.test(s)) return s;
  const half = HALF_UNIT.exec(s);
  if (half) return `${half[1]} ${half[2]}`;
  return null;
}

/** A few overseas-territory postcodes (the real lookup knows them all): answered like Jersey, not as a typo. */
const OVERSEAS: Readonly<Record<string, string>> = {
  GX111AA: 'Gibraltar',
  FIQQ1ZZ: 'the Falkland Islands',
  STHL1ZZ: 'St Helena',
  ASCN1ZZ: 'Ascension Island',
  TDCU1ZZ: 'Tristan da Cunha',
};

function lookupPostcode(state: MockState, raw: string): PostcodeLookup {
  const overseas = OVERSEAS[raw.toUpperCase().replace(/\s+/g, '')];
  if (overseas) {
    throw new MockApiError(404, 'postcode_outside_constituencies', `That postcode is in ${overseas}, which has no MP at Westminster.`, {
      territory: overseas,
    });
  }
  const query = normalisePostcode(raw);
  if (query === null) {
    throw new MockApiError(400, 'postcode_invalid', 'That does not look like a UK postcode.', { postcode: raw });
  }
  const known = state.postcodes[query];
  if (known) return known;
  if (/^BT\d/.test(query)) {
    // Code-Point Open stops at the Northern Ireland border: we know the nation, not the seat.
    return {
      query,
      kind: 'nation',
      nation: 'Northern Ireland',
      uncertain: true,
      matches: [],
      source: { name: 'Postcode area', currentTo: '2023-11-01', attribution: 'Northern Ireland postcodes are not in Code-Point Open.' },
    };
  }
  if (/^(GY|JE|IM)\d/.test(query)) {
    throw new MockApiError(404, 'postcode_outside_constituencies', 'That postcode is in the Channel Islands or the Isle of Man, which have no MPs at Westminster.');
  }
  throw new MockApiError(404, 'postcode_not_found', `We could not find ${query}.`);
}

function findSession(state: MockState, id: string): CanvassSession {
  const s = state.sessions.find((x) => x.id === id);
  if (!s) throw new MockApiError(404, 'session_not_found', 'There is no canvassing session with that id.');
  return s;
}

/**
 * The mock's cancellation token for a sign-up (the real server signs the id with a secret). Receipts carry it;
 * use this for the fixtures' sign-ups.
 */
export const mockCancelToken = (signupId: string): string => `mock-cancel-${signupId}`;

const icsText = (v: string) => v.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
const icsDate = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

function ics(session: CanvassSession, signupId: string, now: Date): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Solidarity Widgets//mock//EN',
    'BEGIN:VEVENT',
    `UID:${signupId}@solidarity-widgets.invalid`,
    `DTSTAMP:${icsDate(now.toISOString())}`,
    `DTSTART:${icsDate(session.startsAt)}`,
    `DTEND:${icsDate(session.endsAt)}`,
    `SUMMARY:${icsText(session.title)}`,
    `LOCATION:${icsText(session.meetingPoint)}`,
    `DESCRIPTION:${icsText(`Canvassing in ${session.constituency.name}. Organiser: ${session.organiser.name} (${session.organiser.contact})`)}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/** CSV cell, quoted, with formula-looking text defused so spreadsheets do not run it. */
const csvCell = (v: unknown) => {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
};

const publicMessage = (m: MockMessage) => ({
  id: m.id,
  name: m.name,
  organisation: m.organisation,
  country: m.country,
  language: m.language,
  message: m.message,
  publishedAt: m.publishedAt ?? m.createdAt,
});

const moderationItem = ({ email: _email, ...m }: MockMessage) => m;

// The real server's cursor format (the contract's schema refuses any other): the message's publication time in µs and its id.
const encodeCursor = (m: MockMessage) => encodeWallCursor(String(Date.parse(m.publishedAt ?? m.createdAt) * 1000), m.id);
const decodeCursor = (cursor: string): string | null => decodeWallCursor(cursor)?.id ?? null;

/**
 * msw 2 request handlers for every public and admin route of the API,
 * backed by in-memory {@link fixtures} (real seats, MPs and postcode splits).
 * Works with `setupServer` (Node, vitest) and `setupWorker` (browser, Storybook).
 *
 * Behaviour worth knowing:
 * - postcodes: `SE13 6` (split sector), `SE13` (outcode), `SW1A 1AA`, `SE6 1AA`, `BR1 1AA`, `WA6 0AA`,
 *   `AB16 7AA`, `CF23 7AA`; any `BT…` → `kind: 'nation'`; bad shape → 400 `postcode_invalid`;
 *   unknown → 404 `postcode_not_found`.
 * - sign-ups decrement `placesLeft`; when none are left they are `waitlisted` and the session is `full`.
 * - writes honour `Idempotency-Key`: a repeat returns the stored answer, a different body is 409.
 * - receipts carry `cancelToken` (`mockCancelToken(id)`); cancelling a confirmed sign-up promotes the earliest
 *   waitlisted one; organisers' session edits promote on more places and refuse fewer than confirmed (409).
 * - new messages are `pending`; approve them with `approveMessage(state, id)` or the admin route.
 * - the wall pages with opaque cursors (default 10 per page) and filters by `partner`.
 * - admin routes need `Authorization: Bearer mock-admin-token` (see `state.adminTokens`).
 *
 * @example
 * import { setupServer } from 'msw/node';
 * import { createMockHandlers, mockState } from '@solidarity-widgets/sdk/mock';
 * const state = mockState();
 * const server = setupServer(...createMockHandlers({ baseUrl: 'http://localhost:8787', state }));
 */
export function createMockHandlers(options: MockHandlersOptions = {}): HttpHandler[] {
  const base = (options.baseUrl ?? 'http://localhost:8787').replace(/\/+$/, '');
  const state = options.state ?? mockState();
  const r = <N extends RouteName>(name: N, handle: (ctx: Ctx<N>) => Reply | Promise<Reply>) => route(base, state, name, handle);
  const seat = (code: string) => {
    const c = state.constituencies.find((x) => x.code === code);
    if (!c) throw new MockApiError(404, 'constituency_not_found', `There is no constituency with code ${code}.`);
    return c;
  };
  const dataCurrentTo = state.constituencies[0]?.dataCurrentTo ?? '2026-08-20';
  const localGroups = mockLocalGroups({ state, seat, lookupPostcode: (raw) => lookupPostcode(state, raw), validationFailed, distanceKm });
  const nearbyMarginals = (code: string, query: { limit?: number | undefined; maxMajorityPct?: number | undefined }) => {
    const from = seat(code);
    const max = query.maxMajorityPct ?? 10;
    const marginals = state.constituencies
      .filter((c) => c.code !== from.code && c.majorityPct * 100 <= max)
      .map((c) => ({ constituency: summary(c), distanceKm: distanceKm(from.centroid, c.centroid) }))
      .sort((a, b) => a.distanceKm - b.distanceKm)
      .slice(0, query.limit ?? 5);
    return { from: { code: from.code, name: from.name }, maxMajorityPct: max, marginals };
  };
  // When sign-ups were promoted or cancelled (kept beside the state, which predates these fields).
  const signupTimes = new Map<string, { promotedAt?: string; cancelledAt?: string }>();
  const times = (id: string) => {
    let t = signupTimes.get(id);
    if (!t) signupTimes.set(id, (t = {}));
    return t;
  };
  /** A sign-up as organisers see it, or undefined if its session is gone. */
  const adminSignup = (s: MockSignup): AdminCanvassSignup | undefined => {
    const session = state.sessions.find((x) => x.id === s.sessionId);
    if (!session) return undefined;
    const { promotedAt = null, cancelledAt = null } = times(s.id);
    return {
      id: s.id,
      sessionId: s.sessionId,
      sessionTitle: session.title,
      sessionStartsAt: session.startsAt,
      constituency: session.constituency,
      name: s.name,
      email: s.email,
      phone: s.phone,
      languages: s.languages,
      firstTime: s.firstTime,
      status: s.status,
      consentVersion: s.consentVersion,
      consentAt: s.createdAt,
      partner: s.partner,
      createdAt: s.createdAt,
      promotedAt,
      cancelledAt,
      attended: s.attended ?? null,
    };
  };
  /** Gives free places to the waitlist, earliest first, like the real server. */
  const promote = (session: CanvassSession) => {
    const waiting = state.signups.filter((x) => x.sessionId === session.id && x.status === 'waitlisted').sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    for (const next of waiting) {
      if (session.placesLeft <= 0) break;
      next.status = 'confirmed';
      times(next.id).promotedAt = state.now().toISOString();
      session.placesLeft -= 1;
    }
    if (session.status !== 'cancelled') session.status = session.placesLeft === 0 ? 'full' : 'open';
  };

  return [
    r('health', () => ({ body: { status: 'ok', version: '0.1.0-mock', store: 'pglite', dataCurrentTo } })),
    r('healthLive', () => ({ body: { status: 'ok' } })),
    r('healthReady', () => ({ body: { status: 'ready', store: 'pglite', migrations: 5 } })),

    r('lookupPostcode', ({ params }) => ({ body: lookupPostcode(state, params.postcode) })),

    r('listConstituencies', ({ query }) => ({
      body: {
        constituencies: state.constituencies
          .filter((c) => (query.nation === undefined || c.nation === query.nation) && (query.maxMajorityPct === undefined || c.majorityPct * 100 <= query.maxMajorityPct))
          .map(summary),
        dataCurrentTo,
      },
    })),

    r('nearbyMarginals', ({ params, query }) => ({ body: nearbyMarginals(params.code, query) })),

    // The finder's first screen in one request: the same parts as the routes above and `listLocalGroups`.
    r('postcodeAnswer', ({ params, query }) => {
      const found = lookupPostcode(state, params.postcode);
      const matches = found.kind === 'nation' && !found.matches.length
        ? state.constituencies.filter((c) => c.nation === found.nation).map((c) => ({ constituency: summary(c), share: null }))
        : found.matches;
      const only = matches.length === 1 && found.kind !== 'nation' ? matches[0] : undefined;
      return {
        body: {
          lookup: { ...found, matches },
          seat: only
            ? {
                constituency: seat(only.constituency.code),
                nearby: nearbyMarginals(only.constituency.code, query),
                local: localGroups({ constituency: only.constituency.code }),
              }
            : null,
        },
      };
    }),

    r('partyTargets', ({ params, query }) => {
      // As the server (packages/data/src/targets.ts): 2024 votes, swing = half the gap between first and second.
      const from = seat(params.code);
      const parties = new Map<string, string>();
      for (const c of state.constituencies) for (const x of [c.winner, c.runnerUp]) if (x.party !== 'Ind' && x.party !== 'Spk') parties.set(x.party, x.partyName);
      const party = [...parties.keys()].find((p) => p.toLowerCase() === query.party.trim().toLowerCase());
      if (party === undefined) {
        const valid = [...parties.keys()].sort();
        throw new MockApiError(400, 'party_unknown', `No party has the code "${query.party}" in the 2024 results. Use one of: ${valid.join(', ')}.`, { parties: valid });
      }
      const swing = query.swing ?? 5;
      const count = query.count ?? 5;
      const share = (c: (typeof state.constituencies)[number], x: (typeof state.constituencies)[number]['winner']) =>
        ({ party: x.party, partyName: x.partyName, share: Math.round((c.validVotes ? x.votes / c.validVotes : (c.shares[x.party] ?? 0)) * 1e5) / 1e5 });
      const now = Date.now();
      const list = (which: 'winner' | 'runnerUp') =>
        state.constituencies
          .filter((c) => c[which].party === party && (c.nation === 'Northern Ireland') === (from.nation === 'Northern Ireland'))
          .map((c) => {
            const gap = c.validVotes ? (c.winner.votes - c.runnerUp.votes) / c.validVotes : (c.shares[c.winner.party] ?? 0) - (c.shares[c.runnerUp.party] ?? 0);
            return {
              constituency: summary(c),
              distanceKm: distanceKm(from.centroid, c.centroid),
              swingNeeded: Math.round(gap * 5000) / 100,
              first: share(c, c.winner),
              second: share(c, c.runnerUp),
              sessions: state.sessions.filter((s) => s.constituency.code === c.code && s.status !== 'cancelled' && Date.parse(s.startsAt) > now).length,
            };
          })
          .filter((t) => t.swingNeeded <= swing + 1e-9)
          .sort((a, b) => a.distanceKm - b.distanceKm)
          .slice(0, count);
      return {
        body: {
          from: { code: from.code, name: from.name },
          party: { code: party, name: parties.get(party) ?? party },
          swing,
          basis: { election: 'general', date: '2024-07-04' },
          win: list('runnerUp'),
          hold: list('winner'),
        },
      };
    }),

    r('getConstituency', ({ params }) => ({ body: seat(params.code) })),

    r('listCanvassSessions', ({ query }) => {
      const sessions = state.sessions
        .filter((s) => query.constituency === undefined || s.constituency.code === query.constituency)
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
      if (query.near === undefined) return { body: { sessions } };
      // As the server: nearest first from the `near` seat's centroid, each with its distance.
      const from = state.constituencies.find((c) => c.code === query.near);
      if (!from) throw new MockApiError(404, 'constituency_not_found', `There is no constituency with the code ${query.near}.`);
      const listed = sessions.flatMap((s) => {
        const seat = state.constituencies.find((c) => c.code === s.constituency.code);
        return seat ? [{ ...s, distanceKm: Math.round(haversineKm(from.centroid, seat.centroid) * 10) / 10 }] : [];
      });
      return { body: { sessions: listed.sort((a, b) => a.distanceKm - b.distanceKm) } };
    }),

    r('createCanvassSignup', ({ body }) => {
      const session = findSession(state, body.sessionId);
      if (session.status === 'cancelled') throw new MockApiError(409, 'session_not_open', 'This session has been cancelled.');
      const now = state.now();
      const confirmed = session.placesLeft > 0;
      if (confirmed) session.placesLeft -= 1;
      if (session.placesLeft === 0) session.status = 'full';
      const signup = {
        id: state.newId(),
        sessionId: session.id,
        status: confirmed ? ('confirmed' as const) : ('waitlisted' as const),
        createdAt: now.toISOString(),
      };
      state.signups.push({
        ...signup,
        name: body.name,
        email: body.email,
        phone: body.phone ?? null,
        languages: body.languages,
        firstTime: body.firstTime,
        consentVersion: body.consentVersion,
        partner: body.partner ?? null,
      });
      return {
        body: {
          signup,
          session: structuredClone(session),
          ics: ics(session, signup.id, now),
          cancelToken: mockCancelToken(signup.id),
          cancelUrl: `${base}/cancel-signup?id=${signup.id}&token=${encodeURIComponent(mockCancelToken(signup.id))}`,
        },
      };
    }),

    r('cancelCanvassSignup', ({ params, body }) => {
      const s = state.signups.find((x) => x.id === params.id);
      if (!s || body.token !== mockCancelToken(s.id)) {
        throw new MockApiError(404, 'signup_not_found', 'There is no sign-up with this id and cancellation token.');
      }
      const session = findSession(state, s.sessionId);
      if (s.status !== 'cancelled') {
        const freesPlace = s.status === 'confirmed';
        s.status = 'cancelled';
        times(s.id).cancelledAt = state.now().toISOString();
        if (freesPlace && session.status !== 'cancelled') {
          session.placesLeft += 1;
          promote(session);
        }
      }
      return { body: { signup: { id: s.id, sessionId: s.sessionId, status: s.status, createdAt: s.createdAt }, session: structuredClone(session) } };
    }),

    r('sendSolidarityMessage', ({ body }) => {
      const now = state.now().toISOString();
      const receipt = (id: string) => ({ body: { message: { id, status: 'pending' as const, createdAt: now } } });
      // As the server: only a filled hidden field (people never see it) is dropped, with a receipt that leads nowhere.
      // A fast send may be a quick person, so it is kept and marked for moderators.
      if ((body.website ?? '').trim() !== '') return receipt(state.newId());
      const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
      if (state.messages.some((m) => same(m.message, body.message) && same(m.name, body.name))) {
        throw new MockApiError(409, 'duplicate_message', 'This message has already been sent.');
      }
      const id = state.newId();
      state.messages.unshift({
        id,
        name: body.name,
        organisation: body.organisation || null,
        country: body.country,
        language: body.language,
        message: body.message,
        email: body.email ?? null,
        partner: body.partner ?? null,
        status: 'pending',
        createdAt: now,
        publishedAt: null,
        rejectionReason: null,
        sentQuickly: body.elapsedMs !== undefined && body.elapsedMs < 3000,
      });
      return receipt(id);
    }),

    r('listSolidarityMessages', ({ query }) => {
      const approved = state.messages
        .filter((m) => m.status === 'approved' && (query.partner === undefined || m.partner === query.partner))
        .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || b.id.localeCompare(a.id));
      let start = 0;
      if (query.cursor !== undefined) {
        const after = decodeCursor(query.cursor);
        const i = after === null ? -1 : approved.findIndex((m) => m.id === after);
        if (i < 0) throw validationFailed([{ field: 'cursor', code: 'invalid_value', message: 'This value is not allowed.' }]);
        start = i + 1;
      }
      const limit = query.limit ?? 10;
      const page = approved.slice(start, start + limit);
      const last = page[page.length - 1];
      return {
        body: {
          messages: page.map(publicMessage),
          nextCursor: last && start + limit < approved.length ? encodeCursor(last) : null,
          totals: { messages: approved.length, countries: new Set(approved.map((m) => m.country)).size },
        },
      };
    }),

    r('adminCreateCanvassSession', ({ body }) => {
      const c = seat(body.constituencyCode);
      if (Date.parse(body.endsAt) <= Date.parse(body.startsAt)) {
        throw validationFailed([{ field: 'endsAt', code: 'invalid_value', message: 'This value is not allowed.' }]);
      }
      const session: CanvassSession = {
        id: state.newId(),
        constituency: { code: c.code, name: c.name },
        title: body.title,
        startsAt: body.startsAt,
        endsAt: body.endsAt,
        timeZone: 'Europe/London',
        meetingPoint: body.meetingPoint,
        organiser: { name: body.organiserName, contact: body.organiserContact },
        accessibility: body.accessibility ?? null,
        capacity: body.capacity,
        placesLeft: body.capacity,
        status: 'open',
      };
      state.sessions.push(session);
      return { body: session };
    }),

    r('adminListCanvassSessions', () => ({ body: { sessions: [...state.sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt)) } })),

    r('adminUpdateCanvassSession', ({ params, body }) => {
      const session = findSession(state, params.id);
      if (session.status === 'cancelled') throw new MockApiError(409, 'session_not_open', 'This session has been cancelled and can no longer be edited.');
      const startsAt = body.startsAt ?? session.startsAt;
      const endsAt = body.endsAt ?? session.endsAt;
      if (Date.parse(endsAt) <= Date.parse(startsAt)) {
        throw validationFailed([{ field: 'endsAt', code: 'invalid_value', message: 'This value is not allowed.' }]);
      }
      const confirmed = session.capacity - session.placesLeft;
      if (body.capacity !== undefined && body.capacity < confirmed) {
        throw new MockApiError(409, 'capacity_below_confirmed', `${confirmed} people are already confirmed.`, { confirmed, capacity: body.capacity });
      }
      Object.assign(session, {
        title: body.title ?? session.title,
        startsAt,
        endsAt,
        meetingPoint: body.meetingPoint ?? session.meetingPoint,
        organiser: { name: body.organiserName ?? session.organiser.name, contact: body.organiserContact ?? session.organiser.contact },
        accessibility: body.accessibility === undefined ? session.accessibility : body.accessibility,
      });
      if (body.capacity !== undefined) {
        session.capacity = body.capacity;
        session.placesLeft = body.capacity - confirmed;
        session.status = session.placesLeft === 0 ? 'full' : 'open';
        promote(session);
      }
      return { body: structuredClone(session) };
    }),

    r('adminCancelCanvassSession', ({ params }) => {
      const session = findSession(state, params.id);
      session.status = 'cancelled';
      return { body: structuredClone(session) };
    }),

    r('adminListCanvassSignups', ({ query }) => {
      if (query.session !== undefined) findSession(state, query.session);
      const signups = state.signups
        .filter((s) => query.session === undefined || s.sessionId === query.session)
        .flatMap((s) => adminSignup(s) ?? []);
      return { body: { signups } };
    }),

    r('adminModerationQueue', ({ query }) => ({
      body: { messages: state.messages.filter((m) => m.status === (query.status ?? 'pending')).map(moderationItem) },
    })),

    r('adminModerateMessage', ({ params, body }) => {
      const m = state.messages.find((x) => x.id === params.id);
      if (!m) throw new MockApiError(404, 'message_not_found', 'There is no message with that id.');
      if (body.decision === 'approve') {
        m.status = 'approved';
        m.publishedAt = state.now().toISOString();
        m.rejectionReason = null;
        m.rejectedAt = null;
      } else {
        if (m.status !== 'rejected' || !m.rejectedAt) m.rejectedAt = state.now().toISOString();
        m.status = 'rejected';
        m.publishedAt = null;
        m.rejectionReason = body.reason ?? null;
      }
      return { body: moderationItem(m) };
    }),

    r('adminEraseMessage', ({ params }) => {
      const before = state.messages.length;
      state.messages = state.messages.filter((m) => m.id !== params.id);
      if (state.messages.length === before) throw new MockApiError(404, 'message_not_found', 'There is no message with that id.');
      return { body: { erased: { solidarityMessages: 1 } } };
    }),

    r('adminPurgeRejectedMessages', () => {
      const cutoff = state.now().getTime() - 30 * 86_400_000;
      const before = state.messages.length;
      state.messages = state.messages.filter((m) => !(m.status === 'rejected' && m.rejectedAt && Date.parse(m.rejectedAt) < cutoff));
      return { body: { purged: { solidarityMessages: before - state.messages.length }, retentionDays: 30 } };
    }),

    r('adminExportSignups', () => {
      const header = ['signup_id', 'session_id', 'session_title', 'constituency', 'name', 'email', 'phone', 'languages', 'first_time', 'status', 'created_at', 'partner'];
      const rows = state.signups.map((s) => {
        const session = state.sessions.find((x) => x.id === s.sessionId);
        return [s.id, s.sessionId, session?.title, session?.constituency.name, s.name, s.email, s.phone, s.languages.join(' '), s.firstTime ? 'yes' : 'no', s.status, s.createdAt, s.partner];
      });
      const csv = [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
      return new HttpResponse(`\uFEFF${csv}`, {
        status: 200,
        headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="canvass-signups.csv"' },
      });
    }),

    r('adminErasePerson', ({ query }) => {
      const email = query.email.toLowerCase();
      const before = { s: state.signups.length, m: state.messages.length };
      state.signups = state.signups.filter((s) => s.email.toLowerCase() !== email);
      state.messages = state.messages.filter((m) => (m.email ?? '').toLowerCase() !== email);
      const introductionsBefore = state.introductions.length;
      state.introductions = state.introductions.filter((i) => i.email.toLowerCase() !== email);
      const pledgesBefore = state.pledges.length;
      state.pledges = state.pledges.filter((p) => (p.email ?? '').toLowerCase() !== email);
      return {
        body: {
          erased: {
            canvassSignups: before.s - state.signups.length,
            solidarityMessages: before.m - state.messages.length,
            introductions: introductionsBefore - state.introductions.length,
            pledges: pledgesBefore - state.pledges.length,
          },
        },
      };
    }),

    ...partyChangeHandlers({
      r,
      state,
      seat,
      fail: (status, code, message, details) => new MockApiError(status, code, message, details),
      validationFailed,
    }),

    ...referralHandlers({ r }),

    ...pledgeHandlers({ r, state, seat, base, fail: (status, code, message, details) => new MockApiError(status, code, message, details) }),

    ...consoleHandlers({ r, state, fail: (status, code, message, details) => new MockApiError(status, code, message, details), adminSignup }),

    ...localHandlers({
      r,
      state,
      seat,
      lookupPostcode: (raw) => lookupPostcode(state, raw),
      fail: (status, code, message, details) => new MockApiError(status, code, message, details),
      validationFailed,
      distanceKm,
    }),
  ];
}
