import * as z from 'zod/mini';
import type { ErrorCode } from './errors.js';
import { Health } from './health.js';
import { PostcodeLookup, PostcodeParams } from './postcodes.js';
import {
  Constituency,
  ConstituencyList,
  ConstituencyListQuery,
  ConstituencyParams,
  NearbyMarginals,
  NearbyMarginalsQuery,
} from './constituencies.js';
import {
  CanvassSession,
  CanvassSessionList,
  CanvassSessionListQuery,
  CanvassSignupReceipt,
  CanvassSignupRequest,
  CreateCanvassSession,
  IdParams,
  AdminCanvassSignupList,
  AdminCanvassSignupListQuery,
  CancelCanvassSignup,
  CanvassSignupCancellation,
  UpdateCanvassSession,
} from './canvass.js';
import {
  ModerationDecision,
  ModerationQueue,
  ModerationQueueItem,
  ModerationQueueQuery,
  SolidarityMessageReceipt,
  SolidarityMessageRequest,
  SolidarityWallPage,
  SolidarityWallQuery,
} from './solidarity.js';
import { Email } from './common.js';
import {
  Introduction,
  IntroductionInbox,
  IntroductionInboxQuery,
  IntroductionReceipt,
  IntroductionRequest,
  IntroductionStatusUpdate,
  ListingDecision,
  LocalContact,
  LocalContactRequest,
  LocalGroupList,
  LocalGroupsQuery,
} from './local.js';

type Schema = z.ZodMiniType;

export interface RouteDef {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI-style path; `{name}` segments come from `params`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  /** `admin`: needs an organiser or moderator bearer token. */
  readonly auth?: 'admin';
  /** The route honours an `Idempotency-Key` header. */
  readonly idempotencyKey?: boolean;
  readonly params?: Schema;
  readonly query?: Schema;
  readonly body?: Schema;
  readonly status: number;
  /** `null` for non-JSON bodies (CSV). */
  readonly response: Schema | null;
  readonly contentType?: string;
  readonly errors: readonly ErrorCode[];
}

const EraseQuery = z.object({ email: Email });
const ErasureReport = z.object({ erased: z.object({ canvassSignups: z.number(), solidarityMessages: z.number(), introductions: z.number() }) });

/**
 * Every HTTP route of v1. The server mounts these, the SDK calls them and the
 * OpenAPI document is generated from them, so a shape is written exactly once.
 */
export const routes = {
  health: {
    method: 'GET', path: '/v1/health', tag: 'meta', summary: 'Is the API up, and how current is its data?',
    status: 200, response: Health, errors: [],
  },
  lookupPostcode: {
    method: 'GET', path: '/v1/postcodes/{postcode}', tag: 'lookup',
    summary: 'Find the Westminster constituency (or constituencies, with shares) for a UK postcode or outcode.',
    params: PostcodeParams, status: 200, response: PostcodeLookup,
    errors: ['postcode_invalid', 'postcode_not_found', 'postcode_outside_constituencies'],
  },
  getConstituency: {
    method: 'GET', path: '/v1/constituencies/{code}', tag: 'lookup',
    summary: 'One constituency: MP and party (by-election aware), 2024 result, majority and marginality.',
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
  listCanvassSessions: {
    method: 'GET', path: '/v1/canvass-sessions', tag: 'canvassing',
    summary: 'Upcoming canvassing sessions, optionally for one constituency.',
    query: CanvassSessionListQuery, status: 200, response: CanvassSessionList, errors: ['validation_failed'],
  },
  createCanvassSignup: {
    method: 'POST', path: '/v1/canvass-signups', tag: 'canvassing', idempotencyKey: true,
    summary: 'Sign up to a session. Confirmed while places are left, waitlisted after.',
    body: CanvassSignupRequest, status: 201, response: CanvassSignupReceipt,
    errors: ['validation_failed', 'invalid_json', 'session_not_found', 'session_not_open', 'idempotency_conflict', 'rate_limited', 'origin_not_allowed'],
  },
  cancelCanvassSignup: {
    method: 'POST', path: '/v1/canvass-signups/{id}/cancel', tag: 'canvassing',
    summary: "Cancel a sign-up with its receipt's cancelToken. Idempotent; the earliest waitlisted person takes the place.",
    params: IdParams, body: CancelCanvassSignup, status: 200, response: CanvassSignupCancellation,
    errors: ['validation_failed', 'invalid_json', 'signup_not_found', 'rate_limited', 'origin_not_allowed'],
  },
  sendSolidarityMessage: {
    method: 'POST', path: '/v1/solidarity-messages', tag: 'solidarity', idempotencyKey: true,
    summary: 'Send a message of support. It appears on walls once a moderator approves it.',
    body: SolidarityMessageRequest, status: 202, response: SolidarityMessageReceipt,
    errors: ['validation_failed', 'invalid_json', 'duplicate_message', 'rate_limited', 'origin_not_allowed'],
  },
  listSolidarityMessages: {
    method: 'GET', path: '/v1/solidarity-messages', tag: 'solidarity',
    summary: 'Approved messages, newest first, one page at a time.',
    query: SolidarityWallQuery, status: 200, response: SolidarityWallPage, errors: ['validation_failed'],
  },
  adminCreateCanvassSession: {
    method: 'POST', path: '/v1/admin/canvass-sessions', tag: 'admin', auth: 'admin',
    summary: 'Create a canvassing session in a constituency you organise.',
    body: CreateCanvassSession, status: 201, response: CanvassSession,
    errors: ['validation_failed', 'unauthorized', 'forbidden', 'constituency_not_found'],
  },
  adminListCanvassSessions: {
    method: 'GET', path: '/v1/admin/canvass-sessions', tag: 'admin', auth: 'admin',
    summary: 'Sessions in the constituencies you organise, cancelled ones included, from 30 days ago on, soonest first.',
    status: 200, response: CanvassSessionList, errors: ['unauthorized', 'forbidden'],
  },
  adminUpdateCanvassSession: {
    method: 'PATCH', path: '/v1/admin/canvass-sessions/{id}', tag: 'admin', auth: 'admin',
    summary: 'Edit a session you organise. More places promote people from the waitlist; fewer than are confirmed is refused.',
    params: IdParams, body: UpdateCanvassSession, status: 200, response: CanvassSession,
    errors: ['validation_failed', 'invalid_json', 'unauthorized', 'forbidden', 'session_not_found', 'session_not_open', 'capacity_below_confirmed'],
  },
  adminCancelCanvassSession: {
    method: 'POST', path: '/v1/admin/canvass-sessions/{id}/cancel', tag: 'admin', auth: 'admin',
    summary: 'Cancel a session you organise (idempotent). Its sign-ups are kept so you can tell people.',
    params: IdParams, status: 200, response: CanvassSession, errors: ['validation_failed', 'unauthorized', 'forbidden', 'session_not_found'],
  },
  adminListCanvassSignups: {
    method: 'GET', path: '/v1/admin/canvass-signups', tag: 'admin', auth: 'admin',
    summary: 'Your sign-ups as JSON (all your sessions, or one `session`), with waitlist promotions and cancellations.',
    query: AdminCanvassSignupListQuery, status: 200, response: AdminCanvassSignupList,
    errors: ['validation_failed', 'unauthorized', 'forbidden', 'session_not_found'],
  },
  adminModerationQueue: {
    method: 'GET', path: '/v1/admin/solidarity-messages', tag: 'admin', auth: 'admin',
    summary: 'Messages awaiting moderation (or with another status).',
    query: ModerationQueueQuery, status: 200, response: ModerationQueue, errors: ['unauthorized', 'forbidden'],
  },
  adminModerateMessage: {
    method: 'POST', path: '/v1/admin/solidarity-messages/{id}/decision', tag: 'admin', auth: 'admin',
    summary: 'Approve or reject a message. The text itself can never be edited.',
    params: IdParams, body: ModerationDecision, status: 200, response: ModerationQueueItem,
    errors: ['validation_failed', 'unauthorized', 'forbidden', 'message_not_found'],
  },
  adminExportSignups: {
    method: 'GET', path: '/v1/admin/canvass-signups.csv', tag: 'admin', auth: 'admin',
    summary: 'Your sign-ups as a spreadsheet-safe UTF-8 CSV.',
    status: 200, response: null, contentType: 'text/csv', errors: ['unauthorized', 'forbidden'],
  },
  adminErasePerson: {
    method: 'DELETE', path: '/v1/admin/people', tag: 'admin', auth: 'admin',
    summary: "Erase a person's sign-ups, messages and introductions by email.",
    query: EraseQuery, status: 200, response: ErasureReport, errors: ['validation_failed', 'unauthorized', 'forbidden'],
  },
  getLocalContact: {
    method: 'GET', path: '/v1/constituencies/{code}/local-contact', tag: 'local',
    summary: "The constituency's public local contact (party or campaign name, email, website, meeting place, languages).",
    params: ConstituencyParams, status: 200, response: LocalContact,
    errors: ['validation_failed', 'constituency_not_found', 'local_contact_not_found'],
  },
  adminSetLocalContact: {
    method: 'PUT', path: '/v1/admin/constituencies/{code}/local-contact', tag: 'admin', auth: 'admin',
    summary: 'Set (or replace) the public local contact of a constituency you organise.',
    params: ConstituencyParams, body: LocalContactRequest, status: 200, response: LocalContact,
    errors: ['validation_failed', 'invalid_json', 'unauthorized', 'forbidden', 'constituency_not_found'],
  },
  requestIntroduction: {
    method: 'POST', path: '/v1/introductions', tag: 'local', idempotencyKey: true,
    summary: "Ask to be introduced to the local campaign in one or more constituencies. Goes to those seats' organisers.",
    body: IntroductionRequest, status: 201, response: IntroductionReceipt,
    errors: ['validation_failed', 'invalid_json', 'idempotency_conflict', 'rate_limited', 'origin_not_allowed'],
  },
  listLocalGroups: {
    method: 'GET', path: '/v1/local-groups', tag: 'local',
    summary: 'Approved groups in a constituency (or a postcode\'s) and its neighbouring seats. Give `constituency` or `postcode`.',
    query: LocalGroupsQuery, status: 200, response: LocalGroupList,
    errors: ['validation_failed', 'constituency_not_found', 'postcode_invalid', 'postcode_not_found', 'postcode_outside_constituencies'],
  },
  adminIntroductions: {
    method: 'GET', path: '/v1/admin/introductions', tag: 'admin', auth: 'admin',
    summary: 'Introductions for the constituencies you organise, newest first.',
    query: IntroductionInboxQuery, status: 200, response: IntroductionInbox, errors: ['validation_failed', 'unauthorized', 'forbidden'],
  },
  adminExportIntroductions: {
    method: 'GET', path: '/v1/admin/introductions.csv', tag: 'admin', auth: 'admin',
    summary: 'Your introductions as a spreadsheet-safe UTF-8 CSV.',
    status: 200, response: null, contentType: 'text/csv', errors: ['unauthorized', 'forbidden'],
  },
  adminUpdateIntroduction: {
    method: 'PATCH', path: '/v1/admin/introductions/{id}', tag: 'admin', auth: 'admin',
    summary: 'Mark an introduction contacted or closed (or new again).',
    params: IdParams, body: IntroductionStatusUpdate, status: 200, response: Introduction,
    errors: ['validation_failed', 'invalid_json', 'unauthorized', 'forbidden', 'introduction_not_found'],
  },
  adminDecideListing: {
    method: 'POST', path: '/v1/admin/introductions/{id}/decision', tag: 'admin', auth: 'admin',
    summary: 'Approve or reject a directory listing the organisation asked for.',
    params: IdParams, body: ListingDecision, status: 200, response: Introduction,
    errors: ['validation_failed', 'invalid_json', 'unauthorized', 'forbidden', 'introduction_not_found', 'listing_not_requested'],
  },
} as const satisfies Record<string, RouteDef>;

export type Routes = typeof routes;
export type RouteName = keyof Routes;
