import type { PublicRouteName } from '@solidarity-widgets/contract';
// JSON Schemas generated from the contract at build time, checked by a small validator: no zod in an app's bundle
// (docs/decisions/0004-json-schema-validation-in-browser.md).
import { responses } from '@solidarity-widgets/contract/json-schemas';
import { validateJson, type JsonIssue, type JsonSchema } from '@solidarity-widgets/contract/json-validate';
import type { ClientOptions, ResponseCheck } from './client.js';
import { createClientWithChecks } from './checked-client.js';
import type { CallOptions, RouteBody as Body, RouteInput, RouteOutput, RouteParams as Params, RouteQuery as Query } from './types.js';

/** The body of {@link SolidarityClient.createPledge}: `partner` may be left to the client's. */
export type PledgeBody = Omit<Body<'createPledge'>, 'partner'> & { readonly partner?: string | undefined };

/** An approved message as shown on a solidarity wall (one item of {@link SolidarityClient.solidarityMessages}). */
export type WallMessage = RouteOutput<'listSolidarityMessages'>['messages'][number];

/** The object {@link createClient} returns. Every method returns the contract's parsed (output) type. */
export interface SolidarityClient {
  /**
   * Calls any public route of the contract by name. The typed methods below are
   * thin wrappers over this; use it for routes added to the contract after this
   * SDK version's wrappers. Partner injection is only added by the wrappers.
   * `input` is required exactly when the route needs path params or a body.
   * Admin routes are not callable here: use `createAdminClient` from
   * `@solidarity-widgets/sdk/admin`.
   *
   * @example
   * const page = await api.request('listSolidarityMessages', { query: { limit: 10 } });
   */
  request<N extends PublicRouteName>(
    name: N,
    ...args: {} extends RouteInput<N> ? [input?: RouteInput<N>, opts?: CallOptions] : [input: RouteInput<N>, opts?: CallOptions]
  ): Promise<RouteOutput<N>>;
  /** `GET /v1/health`: is the API up, and how current is its data? */
  health(opts?: CallOptions): Promise<RouteOutput<'health'>>;
  /**
   * `GET /v1/postcodes/{postcode}`: the constituency (or constituencies, with
   * shares, largest first) for a full postcode, sector or outcode. Spaces and
   * case do not matter. Throws {@link HttpError} with `postcode_invalid` (400),
   * `postcode_not_found` (404) or `postcode_outside_constituencies`.
   */
  lookupPostcode(postcode: string, opts?: CallOptions): Promise<RouteOutput<'lookupPostcode'>>;
  /**
   * `GET /v1/postcodes/{postcode}/answer`: what a finder's first screen shows, in one request. `lookup` is
   * {@link SolidarityClient.lookupPostcode}'s answer (for Northern Ireland, where only the nation is known, with every
   * seat of the nation in `matches`); when the postcode lies in one seat, `seat` has its full record (as
   * {@link SolidarityClient.getConstituency}), its nearby marginals measured from the postcode (as
   * {@link SolidarityClient.nearbyMarginals}, with `query.limit` and `query.maxMajorityPct`) and its local contact and
   * groups (as {@link SolidarityClient.listLocalGroups}; `null` while the server's database is unavailable). Throws
   * as `lookupPostcode` does.
   *
   * @example
   * const { lookup, seat } = await api.postcodeAnswer('SE6 4AA', { limit: 3 });
   * if (seat) console.log(seat.constituency.mp.name, seat.nearby.marginals.length, seat.local?.localContact?.name);
   */
  postcodeAnswer(postcode: string, query?: Query<'postcodeAnswer'>, opts?: CallOptions): Promise<RouteOutput<'postcodeAnswer'>>;
  /** `GET /v1/constituencies/{code}`: one seat by GSS code (e.g. `E14001329`): MP, 2024 result, majority, marginality. */
  getConstituency(code: string, opts?: CallOptions): Promise<RouteOutput<'getConstituency'>>;
  /** `GET /v1/constituencies`: every seat, optionally one nation's or those with `maxMajorityPct` or less. */
  listConstituencies(query?: Query<'listConstituencies'>, opts?: CallOptions): Promise<RouteOutput<'listConstituencies'>>;
  /** `GET /v1/constituencies/{code}/nearby-marginals`: the nearest marginal seats, nearest first. */
  nearbyMarginals(code: string, query?: Query<'nearbyMarginals'>, opts?: CallOptions): Promise<RouteOutput<'nearbyMarginals'>>;
  /**
   * `GET /v1/constituencies/{code}/targets`: for a supporter of `query.party` (e.g. `Lab`, any case), the nearest seats
   * the party could win and must hold within a swing of `query.swing` points (default 5), from the 2024 votes, each with
   * the swing needed, the distance and its upcoming canvassing sessions. An unknown party throws {@link HttpError}
   * `party_unknown` (400) with the valid codes in `details.parties`.
   */
  partyTargets(code: string, query: Query<'partyTargets'>, opts?: CallOptions): Promise<RouteOutput<'partyTargets'>>;
  /** `GET /v1/canvass-sessions`: upcoming canvassing sessions, optionally for one `constituency` code. */
  listCanvassSessions(query?: Query<'listCanvassSessions'>, opts?: CallOptions): Promise<RouteOutput<'listCanvassSessions'>>;
  /**
   * `POST /v1/canvass-signups`: sign a supporter up to a session. `confirmed`
   * while places are left, `waitlisted` after. Sends an `Idempotency-Key`
   * (`opts.idempotencyKey` or a generated one) and is retried safely.
   * Adds the client's `partner` when the body has none.
   */
  signUpToCanvass(body: Body<'createCanvassSignup'>, opts?: CallOptions): Promise<RouteOutput<'createCanvassSignup'>>;
  /**
   * `POST /v1/canvass-signups/{id}/cancel`: cancel a sign-up with the `cancelToken` from its receipt.
   * Cancelling twice is fine; the earliest waitlisted person takes the place. A wrong id or token throws
   * {@link HttpError} `signup_not_found` (404). Not retried automatically.
   *
   * @example
   * const receipt = await api.signUpToCanvass(form);
   * // later, if the supporter cannot come:
   * if (receipt.cancelToken) await api.cancelCanvassSignup(receipt.signup.id, receipt.cancelToken);
   */
  cancelCanvassSignup(id: string, token: string, opts?: CallOptions): Promise<RouteOutput<'cancelCanvassSignup'>>;
  /**
   * `POST /v1/solidarity-messages`: send a message of support; it waits for
   * moderation (`status: 'pending'`). Idempotent and partner-aware like
   * {@link SolidarityClient.signUpToCanvass}.
   */
  sendSolidarityMessage(body: Body<'sendSolidarityMessage'>, opts?: CallOptions): Promise<RouteOutput<'sendSolidarityMessage'>>;
  /**
   * `POST /v1/answer-reports`: report a problem with a finder answer (the postcode area, the answer shown, what is
   * wrong; nothing personal). Stored for the seat's organisers and admins; resolves only once it is stored. Not
   * retried (no idempotency key), so a failure is the caller's to show.
   */
  reportAnswer(body: Body<'sendAnswerReport'>, opts?: CallOptions): Promise<RouteOutput<'sendAnswerReport'>>;
  /**
   * `POST /v1/referrals/{code}/visit`: count a visit from a shared link (`?ref=<code>`), or with `action` what the
   * visitor then did. Counts only; partner-aware like {@link SolidarityClient.signUpToCanvass}.
   */
  recordReferralVisit(code: string, body?: Body<'recordReferralVisit'>, opts?: CallOptions): Promise<RouteOutput<'recordReferralVisit'>>;
  /**
   * `GET /v1/solidarity-messages`: one page of approved messages, newest
   * first. Pass `nextCursor` back as `cursor` for the next page. Filters by
   * the client's `partner` unless the query names one.
   */
  listSolidarityMessages(query?: Query<'listSolidarityMessages'>, opts?: CallOptions): Promise<RouteOutput<'listSolidarityMessages'>>;
  /**
   * Every approved message across all pages, fetched a page at a time as you
   * iterate. Stop early with `break`; nothing more is fetched.
   *
   * @example
   * for await (const m of api.solidarityMessages({ limit: 50 })) console.log(m.name, m.message);
   */
  solidarityMessages(query?: Omit<Query<'listSolidarityMessages'>, 'cursor'>, opts?: Pick<CallOptions, 'signal'>): AsyncIterable<WallMessage>;
  /**
   * `GET /v1/constituencies/{code}/local-contact`: the seat's public local contact. Throws {@link HttpError}
   * with `local_contact_not_found` (404) when none is registered yet.
   */
  getLocalContact(code: string, opts?: CallOptions): Promise<RouteOutput<'getLocalContact'>>;
  /**
   * `POST /v1/introductions`: an organisation asks to be introduced to the local campaign in the seats it
   * names. Idempotent and partner-aware like {@link SolidarityClient.signUpToCanvass}.
   */
  requestIntroduction(body: Body<'requestIntroduction'>, opts?: CallOptions): Promise<RouteOutput<'requestIntroduction'>>;
  /**
   * `POST /v1/pledges`: pledge to vote (or to register, then vote) in an election in a constituency; with `email`
   * and `reminders: true`, reminder emails follow (each with a one-click unsubscribe). Resolves with the reminder
   * dates and the seat's pledge count; `alreadyPledged: true` (status 200) when this email had already pledged for
   * this seat and election. A polling day before today throws {@link HttpError} `election_passed` (422); an unknown
   * seat `constituency_not_found` (404). Idempotent like {@link SolidarityClient.signUpToCanvass}, and adds the
   * client's `partner` when the body has none.
   */
  createPledge(body: PledgeBody, opts?: CallOptions): Promise<RouteOutput<'createPledge'>>;
  /**
   * `GET /v1/pledges/count`: how many people pledged in `constituency` (every partner's pledges, or one `partner`'s).
   * Unlike the wall, it does not add the client's partner by itself: the count is the seat's unless you ask.
   */
  pledgeCount(query: Query<'pledgeCount'>, opts?: CallOptions): Promise<RouteOutput<'pledgeCount'>>;
  /** `GET /v1/local-groups`: approved groups for a `constituency` or a `postcode` (give one) and its neighbouring seats. */
  listLocalGroups(query: Query<'listLocalGroups'>, opts?: CallOptions): Promise<RouteOutput<'listLocalGroups'>>;
}

function describe(issue: JsonIssue): string {
  switch (issue.keyword) {
    case 'type':
      return `expected ${String(issue.params)}`;
    case 'enum':
    case 'const':
      return `expected one of ${JSON.stringify(issue.params)}`;
    default:
      return `fails ${issue.keyword} ${JSON.stringify(issue.params)}`;
  }
}

/**
 * The response check of a public route: its generated JSON Schema. Extra fields a newer v1 server adds are kept.
 * A route whose schema was not given is refused, never let through unchecked. Exported for
 * {@link createClientWithChecks}, whose caller may load it (and the validator) lazily.
 * @internal
 */
export const schemaCheck =
  (name: PublicRouteName, schema: JsonSchema | undefined): ResponseCheck =>
  (value) => {
    if (schema === undefined) return { ok: false, issues: [{ path: '(body)', message: `no response schema was given for ${name}` }] };
    const issues = validateJson(schema, value);
    return issues.length === 0
      ? { ok: true, value }
      : { ok: false, issues: issues.map((i) => ({ path: i.path.join('.') || '(body)', message: describe(i) })) };
  };

const checkWith =
  (schemaFor: ResponseSchemas) =>
  (name: PublicRouteName): ResponseCheck | Promise<ResponseCheck> => {
    const schema = schemaFor(name);
    return isPromiseLike(schema) ? Promise.resolve(schema).then((s) => schemaCheck(name, s)) : schemaCheck(name, schema);
  };

const isPromiseLike = <V>(value: V | PromiseLike<V>): value is PromiseLike<V> =>
  typeof (value as { then?: unknown } | undefined)?.then === 'function';

/**
 * Where {@link createClientFor} finds a route's response schema (`undefined`: refuse the answer). It may return a
 * promise, e.g. of a lazily imported schema module: it is asked when the request starts, so the schema loads while
 * the request is in flight; if it cannot load, the call fails with a retryable {@link NetworkError}.
 */
export type ResponseSchemas = (name: PublicRouteName) => JsonSchema | undefined | PromiseLike<JsonSchema | undefined>;

/**
 * Creates a client for the Solidarity Widgets API. Cheap: nothing is fetched
 * until you call a method, and nothing happens at import time.
 *
 * - Every response is checked against the contract; a mismatch throws
 *   {@link ResponseValidationError} rather than handing you a wrong shape.
 * - Non-2xx answers throw {@link HttpError} (or {@link RateLimitError} for 429).
 * - GETs and idempotent writes are retried (`retries`, default 2) with
 *   exponential back-off and jitter on network errors, timeouts, 429 and 5xx.
 * - Only the public routes are here (their schemas are all an app downloads);
 *   organiser and moderator calls are `createAdminClient` in
 *   `@solidarity-widgets/sdk/admin`.
 *
 * @example
 * import { createClient, HttpError } from '@solidarity-widgets/sdk';
 * const api = createClient({ baseUrl: 'https://widgets.example.org', partner: 'unite-london' });
 * const { matches } = await api.lookupPostcode('SE13 6AA');
 */
export function createClient(options: ClientOptions): SolidarityClient {
  return createClientFor(options, (name) => responses[name]);
}

/**
 * {@link createClient} checking each response with the schema `schemaFor(name)` returns, so a page that calls a
 * few routes carries only their schemas (`@solidarity-widgets/contract/json-schemas/<route>`), not all of them:
 * the script-tag widgets use it. A route without a schema throws {@link ResponseValidationError}.
 *
 * @example
 * import { response as lookupPostcode } from '@solidarity-widgets/contract/json-schemas/lookupPostcode';
 * const api = createClientFor({ baseUrl }, (name) => (name === 'lookupPostcode' ? lookupPostcode : undefined));
 */
export function createClientFor(options: ClientOptions, schemaFor: ResponseSchemas): SolidarityClient {
  return createClientWithChecks(options, checkWith(schemaFor));
}
