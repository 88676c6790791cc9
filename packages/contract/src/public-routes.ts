import type { RouteDef } from './route-def.js';
import { Health, Liveness, Readiness } from './health.js';
import { AnswerReportReceipt, AnswerReportRequest } from './answer-reports.js';
import { PostcodeLookup, PostcodeParams } from './postcodes.js';
import { PostcodeAnswer, PostcodeAnswerQuery } from './postcode-answer.js';
import { ReferralParams, ReferralVisitReceipt, ReferralVisitRequest } from './referrals.js';
import {
  Constituency,
  ConstituencyList,
  ConstituencyListQuery,
  ConstituencyParams,
  NearbyMarginals,
  NearbyMarginalsQuery,
  PartyTargets,
  PartyTargetsQuery,
} from './constituencies.js';
import {
  CanvassSessionList,
  CanvassSessionListQuery,
  CanvassSignupReceipt,
  CanvassSignupRequest,
  IdParams,
  CancelCanvassSignup,
  CanvassSignupCancellation,
} from './canvass.js';
import { SolidarityMessageReceipt, SolidarityMessageRequest, SolidarityWallPage, SolidarityWallQuery } from './solidarity.js';
import { IntroductionReceipt, IntroductionRequest, LocalContact, LocalGroupList, LocalGroupsQuery } from './local.js';
import { PledgeCount, PledgeCountQuery, PledgeReceipt, PledgeRequest } from './pledges.js';

/**
 * The routes anyone may call (no token): what the widgets and partner apps use. The public SDK client is
 * built from this table alone, so nothing here may import an admin-only module (`./admin/*`, `./admin-routes.ts`):
 * `packages/sdk/src/bundle.test.ts` checks that none ends up in the SDK's main bundle.
 */
export const publicRoutes = {
  health: {
    method: 'GET', path: '/v1/health', tag: 'meta', summary: 'Is the API up, and how current is its data?',
    status: 200, response: Health, errors: [],
  },
  healthLive: {
    method: 'GET', path: '/v1/health/live', tag: 'meta',
    summary: 'Liveness: the process is up (no database call). For an orchestrator deciding whether to restart it.',
    status: 200, response: Liveness, errors: [],
  },
  healthReady: {
    method: 'GET', path: '/v1/health/ready', tag: 'meta',
    summary: 'Readiness: the database answers and its migrations have run (503 `service_unavailable` with Retry-After otherwise). For a load balancer deciding whether to send traffic here.',
    status: 200, response: Readiness, errors: [],
  },
  lookupPostcode: {
    method: 'GET', path: '/v1/postcodes/{postcode}', tag: 'lookup',
    summary: 'Find the Westminster constituency (or constituencies, with shares) for a UK postcode or outcode.',
    params: PostcodeParams, status: 200, response: PostcodeLookup,
    errors: ['postcode_invalid', 'postcode_not_found', 'postcode_outside_constituencies', 'validation_failed'],
  },
  postcodeAnswer: {
    method: 'GET', path: '/v1/postcodes/{postcode}/answer', tag: 'lookup',
    summary: "Everything a finder's first screen shows, in one request: the postcode lookup and, when the postcode lies in one seat, that seat's full record, its nearby marginal seats (`limit`, `maxMajorityPct` as `nearby-marginals`) and its local contact and groups (as `local-groups`). For Northern Ireland, `lookup.matches` lists the nation's seats to choose from.",
    params: PostcodeParams, query: PostcodeAnswerQuery, status: 200, response: PostcodeAnswer,
    errors: ['postcode_invalid', 'postcode_not_found', 'postcode_outside_constituencies', 'validation_failed'],
  },
  getConstituency: {
    method: 'GET', path: '/v1/constituencies/{code}', tag: 'lookup',
    summary: 'One constituency: the MP and the party they sit for today (and the party they were elected for), the 2024 result, the majority at the latest contest and marginality.',
    params: ConstituencyParams, status: 200, response: Constituency, errors: ['validation_failed', 'constituency_not_found'],
  },
  listConstituencies: {
    method: 'GET', path: '/v1/constituencies', tag: 'lookup',
    summary: 'All constituencies, optionally by nation or up to a majority percentage.',
    query: ConstituencyListQuery, status: 200, response: ConstituencyList, errors: ['validation_failed'],
  },
  nearbyMarginals: {
    method: 'GET', path: '/v1/constituencies/{code}/nearby-marginals', tag: 'lookup',
    summary: 'The nearest marginal seats to a constituency (or to a postcode in it), nearest first.',
    params: ConstituencyParams, query: NearbyMarginalsQuery, status: 200, response: NearbyMarginals,
    errors: ['validation_failed', 'constituency_not_found'],
  },
  partyTargets: {
    method: 'GET', path: '/v1/constituencies/{code}/targets', tag: 'lookup',
    summary: "For a supporter of `party`: the nearest seats it could win (second in 2024, within `swing` points) and must hold (first, a swing of `swing` points or less against it would lose it), with the swing needed, the distance and the canvassing sessions in each. From the 2024 general election's votes. An unknown party is `party_unknown`, with the valid codes in `details.parties`.",
    params: ConstituencyParams, query: PartyTargetsQuery, status: 200, response: PartyTargets,
    errors: ['validation_failed', 'constituency_not_found', 'party_unknown'],
  },
  listCanvassSessions: {
    method: 'GET', path: '/v1/canvass-sessions', tag: 'canvassing',
    summary: 'Upcoming canvassing sessions, optionally for one constituency, or nearest first to one (`near`).',
    query: CanvassSessionListQuery, status: 200, response: CanvassSessionList, errors: ['validation_failed', 'constituency_not_found'],
  },
  createCanvassSignup: {
    method: 'POST', path: '/v1/canvass-signups', tag: 'canvassing', idempotencyKey: true,
    summary: 'Sign up to a session. Confirmed while places are left, waitlisted after.',
    body: CanvassSignupRequest, status: 201, response: CanvassSignupReceipt,
    otherStatuses: [{ status: 200, when: 'This email is already signed up to the session: the existing sign-up, without a new cancelToken.' }],
    errors: ['validation_failed', 'invalid_json', 'session_not_found', 'session_not_open', 'idempotency_conflict', 'rate_limited', 'origin_not_allowed', 'payload_too_large'],
  },
  cancelCanvassSignup: {
    method: 'POST', path: '/v1/canvass-signups/{id}/cancel', tag: 'canvassing',
    summary: "Cancel a sign-up with its receipt's cancelToken. Idempotent; the earliest waitlisted person takes the place.",
    params: IdParams, body: CancelCanvassSignup, status: 200, response: CanvassSignupCancellation,
    errors: ['validation_failed', 'invalid_json', 'signup_not_found', 'rate_limited', 'origin_not_allowed', 'payload_too_large'],
  },
  sendSolidarityMessage: {
    method: 'POST', path: '/v1/solidarity-messages', tag: 'solidarity', idempotencyKey: true,
    summary: 'Send a message of support. It appears on walls once a moderator approves it.',
    body: SolidarityMessageRequest, status: 202, response: SolidarityMessageReceipt,
    errors: ['validation_failed', 'invalid_json', 'duplicate_message', 'rate_limited', 'origin_not_allowed', 'payload_too_large', 'idempotency_conflict'],
  },
  listSolidarityMessages: {
    method: 'GET', path: '/v1/solidarity-messages', tag: 'solidarity',
    summary: 'Approved messages, newest first, one page at a time.',
    query: SolidarityWallQuery, status: 200, response: SolidarityWallPage, errors: ['validation_failed'],
  },
  getLocalContact: {
    method: 'GET', path: '/v1/constituencies/{code}/local-contact', tag: 'local',
    summary: "The constituency's public local contact (party or campaign name, email, website, meeting place, languages).",
    params: ConstituencyParams, status: 200, response: LocalContact,
    errors: ['validation_failed', 'constituency_not_found', 'local_contact_not_found'],
  },
  requestIntroduction: {
    method: 'POST', path: '/v1/introductions', tag: 'local', idempotencyKey: true,
    summary: "Ask to be introduced to the local campaign in one or more constituencies. Goes to those seats' organisers.",
    body: IntroductionRequest, status: 201, response: IntroductionReceipt,
    errors: ['validation_failed', 'invalid_json', 'idempotency_conflict', 'rate_limited', 'origin_not_allowed', 'payload_too_large'],
  },
  listLocalGroups: {
    method: 'GET', path: '/v1/local-groups', tag: 'local',
    summary: 'Approved groups in a constituency (or a postcode\'s) and its neighbouring seats, and the seat\'s `localContact` (null when none yet). Give `constituency` or `postcode`.',
    query: LocalGroupsQuery, status: 200, response: LocalGroupList,
    errors: ['validation_failed', 'constituency_not_found', 'postcode_invalid', 'postcode_not_found', 'postcode_outside_constituencies'],
  },
  sendAnswerReport: {
    method: 'POST', path: '/v1/answer-reports', tag: 'lookup',
    summary: 'Report a problem with a finder answer. Stored for the seat\'s organisers and admins; nothing personal is asked.',
    body: AnswerReportRequest, status: 201, response: AnswerReportReceipt,
    errors: ['validation_failed', 'invalid_json', 'rate_limited', 'origin_not_allowed', 'payload_too_large'],
  },
  recordReferralVisit: {
    method: 'POST', path: '/v1/referrals/{code}/visit', tag: 'sharing',
    summary: 'Count a visit from a shared link (`?ref=<code>`), or, with `action`, what the visitor then did. Counts only: no IP or cookie is stored.',
    params: ReferralParams, body: ReferralVisitRequest, status: 202, response: ReferralVisitReceipt,
    errors: ['validation_failed', 'invalid_json', 'rate_limited', 'origin_not_allowed', 'payload_too_large'],
  },
  createPledge: {
    method: 'POST', path: '/v1/pledges', tag: 'pledges', idempotencyKey: true,
    summary: "Pledge to vote (or to register, then vote) in the partner's election, in a constituency. With an `email` and `reminders: true`, reminder emails are sent before the registration deadline (`register-and-vote` only), three days before polling day and on the day, each with a one-click unsubscribe; nothing after polling day. `reminders: true` without an `email` is `validation_failed` (`email` required); an election kind not held in the seat's nation (e.g. `senedd` outside Wales) is `election_not_held_here`. Answers with the reminder dates and the seat's pledge count.",
    body: PledgeRequest, status: 201, response: PledgeReceipt,
    otherStatuses: [{ status: 200, when: 'This email already pledged for this constituency and election: the existing pledge with `alreadyPledged: true` (and no `stopUrl`); nothing new is stored or sent.' }],
    errors: ['validation_failed', 'invalid_json', 'constituency_not_found', 'election_passed', 'election_not_held_here', 'idempotency_conflict', 'rate_limited', 'origin_not_allowed', 'payload_too_large'],
  },
  pledgeCount: {
    method: 'GET', path: '/v1/pledges/count', tag: 'pledges',
    summary: "How many people pledged to vote in a constituency: every partner's pledges, or one `partner`'s. A count only.",
    query: PledgeCountQuery, status: 200, response: PledgeCount, errors: ['validation_failed', 'constituency_not_found'],
  },
} as const satisfies Record<string, RouteDef>;

export type PublicRoutes = typeof publicRoutes;
export type PublicRouteName = keyof PublicRoutes;
