import * as z from 'zod/mini';
import type { RouteDef } from './route-def.js';
import { ExactEmail } from './common.js';
import { ConstituencyParams } from './constituencies.js';
import { CanvassSession, CanvassSessionList, IdParams } from './canvass.js';
import { LocalContact } from './local.js';
import { AdminCanvassSignup, AdminCanvassSignupList, AdminCanvassSignupListQuery, CreateCanvassSession, UpdateCanvassSession } from './admin/canvass.js';
import { MessageErasure, ModerationDecision, ModerationQueue, ModerationQueueItem, ModerationQueueQuery, RejectedPurge } from './admin/solidarity.js';
import { AnswerReportList } from './admin/answer-reports.js';
import { ReferralStats } from './referrals.js';
import { PledgeSummary } from './admin/pledges.js';
import { PartyChange, PartyChangeList, PartyChangeRemoval, PartyChangeRequest } from './admin/party-changes.js';
import { AttendanceUpdate, AuditLogPage, AuditLogQuery, CreateOrganiser, Dashboard, Organiser, OrganiserList, UpdateOrganiser } from './admin/console.js';
import { Introduction, IntroductionInbox, IntroductionInboxQuery, IntroductionUpdate, ListingDecision, LocalContactRequest } from './admin/local.js';

const EraseQuery = z.object({ email: ExactEmail });
const ErasureReport = z.object({
  erased: z.object({
    canvassSignups: z.number(),
    solidarityMessages: z.number(),
    introductions: z.number(),
    /** Pledges to vote made with this email (absent from servers older than pledges). */
    pledges: z.optional(z.number()),
  }),
});

/**
 * The organiser and moderator routes (bearer token, or the console's session cookie with its CSRF token). Only the server, the OpenAPI generator and the SDK's
 * `@solidarity-widgets/sdk/admin` entry use this table, so its schemas never reach a public page.
 */
export const adminRoutes = {
  adminCreateCanvassSession: {
    method: 'POST', path: '/v1/admin/canvass-sessions', tag: 'admin', auth: 'admin',
    summary: 'Create a canvassing session in a constituency you organise.',
    body: CreateCanvassSession, status: 201, response: CanvassSession,
    errors: ['validation_failed', 'unauthorized', 'forbidden', 'constituency_not_found', 'invalid_json', 'payload_too_large', 'origin_not_allowed', 'csrf_failed'],
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
    errors: ['validation_failed', 'invalid_json', 'unauthorized', 'forbidden', 'session_not_found', 'session_not_open', 'capacity_below_confirmed', 'payload_too_large', 'origin_not_allowed', 'csrf_failed'],
  },
  adminCancelCanvassSession: {
    method: 'POST', path: '/v1/admin/canvass-sessions/{id}/cancel', tag: 'admin', auth: 'admin',
    summary: 'Cancel a session you organise (idempotent). Its sign-ups are kept so you can tell people.',
    params: IdParams, status: 200, response: CanvassSession, errors: ['validation_failed', 'unauthorized', 'forbidden', 'session_not_found', 'origin_not_allowed', 'payload_too_large', 'csrf_failed'],
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
    query: ModerationQueueQuery, status: 200, response: ModerationQueue, errors: ['unauthorized', 'forbidden', 'validation_failed'],
  },
  adminModerateMessage: {
    method: 'POST', path: '/v1/admin/solidarity-messages/{id}/decision', tag: 'admin', auth: 'admin',
    summary: 'Approve or reject a message. The text itself can never be edited.',
    params: IdParams, body: ModerationDecision, status: 200, response: ModerationQueueItem,
    errors: ['validation_failed', 'unauthorized', 'forbidden', 'message_not_found', 'invalid_json', 'payload_too_large', 'origin_not_allowed', 'csrf_failed'],
  },
  adminEraseMessage: {
    method: 'DELETE', path: '/v1/admin/solidarity-messages/{id}', tag: 'admin', auth: 'admin',
    summary: 'Erase one message by id, whatever its status: the way to erase a message sent without an email.',
    params: IdParams, status: 200, response: MessageErasure, errors: ['validation_failed', 'unauthorized', 'forbidden', 'origin_not_allowed', 'message_not_found', 'payload_too_large', 'csrf_failed'],
  },
  adminPurgeRejectedMessages: {
    method: 'POST', path: '/v1/admin/solidarity-messages/purge', tag: 'admin', auth: 'admin',
    summary: 'Delete now the rejected messages you moderate that were rejected more than the retention period (30 days) ago. The server also does this on its own.',
    status: 200, response: RejectedPurge, errors: ['unauthorized', 'forbidden', 'origin_not_allowed', 'payload_too_large', 'csrf_failed'],
  },
  adminExportSignups: {
    method: 'GET', path: '/v1/admin/canvass-signups.csv', tag: 'admin', auth: 'admin',
    summary: 'Your sign-ups as a spreadsheet-safe UTF-8 CSV.',
    status: 200, response: null, contentType: 'text/csv', errors: ['unauthorized', 'forbidden'],
  },
  adminErasePerson: {
    method: 'DELETE', path: '/v1/admin/people', tag: 'admin', auth: 'admin',
    summary: "Erase a person's sign-ups, messages and introductions by email.",
    query: EraseQuery, status: 200, response: ErasureReport, errors: ['validation_failed', 'unauthorized', 'forbidden', 'origin_not_allowed', 'payload_too_large', 'csrf_failed'],
  },
  adminSetLocalContact: {
    method: 'PUT', path: '/v1/admin/constituencies/{code}/local-contact', tag: 'admin', auth: 'admin',
    summary: 'Set (or replace) the public local contact of a constituency you organise.',
    params: ConstituencyParams, body: LocalContactRequest, status: 200, response: LocalContact,
    errors: ['validation_failed', 'invalid_json', 'unauthorized', 'forbidden', 'constituency_not_found', 'payload_too_large', 'origin_not_allowed', 'csrf_failed'],
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
    summary: 'Mark an introduction contacted or closed (or new again), and keep the organisers\' notes on it.',
    params: IdParams, body: IntroductionUpdate, status: 200, response: Introduction,
    errors: ['validation_failed', 'invalid_json', 'unauthorized', 'forbidden', 'introduction_not_found', 'payload_too_large', 'origin_not_allowed', 'csrf_failed'],
  },
  adminDecideListing: {
    method: 'POST', path: '/v1/admin/introductions/{id}/decision', tag: 'admin', auth: 'admin',
    summary: 'Approve or reject a directory listing the organisation asked for.',
    params: IdParams, body: ListingDecision, status: 200, response: Introduction,
    errors: ['validation_failed', 'invalid_json', 'unauthorized', 'forbidden', 'introduction_not_found', 'listing_not_requested', 'payload_too_large', 'origin_not_allowed', 'csrf_failed'],
  },
  adminAddPartyChange: {
    method: 'POST', path: '/v1/admin/party-changes', tag: 'admin', auth: 'admin',
    summary: "Record an MP's party change (with its source) between data releases: every constituency answer shows it at once. Admin tokens only.",
    body: PartyChangeRequest, status: 201, response: PartyChange,
    errors: ['validation_failed', 'invalid_json', 'unauthorized', 'forbidden', 'constituency_not_found', 'payload_too_large', 'origin_not_allowed', 'csrf_failed'],
  },
  adminListPartyChanges: {
    method: 'GET', path: '/v1/admin/party-changes', tag: 'admin', auth: 'admin',
    summary: 'The party changes operators recorded, newest first, with who added them and when. Admin tokens only.',
    status: 200, response: PartyChangeList, errors: ['unauthorized', 'forbidden'],
  },
  adminRemovePartyChange: {
    method: 'DELETE', path: '/v1/admin/party-changes/{id}', tag: 'admin', auth: 'admin',
    summary: 'Remove a recorded party change (a mistake); answers fall back to the data or an earlier change. Admin tokens only.',
    params: IdParams, status: 200, response: PartyChangeRemoval,
    errors: ['validation_failed', 'unauthorized', 'forbidden', 'party_change_not_found', 'payload_too_large', 'origin_not_allowed', 'csrf_failed'],
  },
  adminAnswerReports: {
    method: 'GET', path: '/v1/admin/answer-reports', tag: 'admin', auth: 'admin',
    summary: "Supporters' reports of problems with finder answers, newest first: an organiser's seats, a partner's pages, or all for admins.",
    status: 200, response: AnswerReportList, errors: ['unauthorized', 'forbidden'],
  },
  adminReferrals: {
    method: 'GET', path: '/v1/admin/referrals', tag: 'sharing', auth: 'admin',
    summary: 'What shared links brought, per partner: shares opened, visits and actions (counts only), and the busiest shares. A partner token sees its partner; admins all.',
    status: 200, response: ReferralStats, errors: ['unauthorized', 'forbidden'],
  },
  adminListOrganisers: {
    method: 'GET', path: '/v1/admin/organisers', tag: 'admin', auth: 'admin',
    summary: 'Everyone who can sign in to the console, disabled ones included, with their scopes. Admins only.',
    status: 200, response: OrganiserList, errors: ['unauthorized', 'forbidden'],
  },
  adminCreateOrganiser: {
    method: 'POST', path: '/v1/admin/organisers', tag: 'admin', auth: 'admin',
    summary: 'Add an organiser (email, name, language, scopes, notify choice): they can then sign in with an emailed link. Admins only.',
    body: CreateOrganiser, status: 201, response: Organiser,
    errors: ['validation_failed', 'invalid_json', 'payload_too_large', 'unauthorized', 'forbidden', 'organiser_exists', 'origin_not_allowed', 'csrf_failed'],
  },
  adminUpdateOrganiser: {
    method: 'PATCH', path: '/v1/admin/organisers/{id}', tag: 'admin', auth: 'admin',
    summary: "Change an organiser's email, name, language, scopes or notify choice, or enable them again. Admins only.",
    params: IdParams, body: UpdateOrganiser, status: 200, response: Organiser,
    errors: ['validation_failed', 'invalid_json', 'payload_too_large', 'unauthorized', 'forbidden', 'organiser_not_found', 'organiser_exists', 'origin_not_allowed', 'csrf_failed'],
  },
  adminDisableOrganiser: {
    method: 'POST', path: '/v1/admin/organisers/{id}/disable', tag: 'admin', auth: 'admin',
    summary: 'Disable an organiser (idempotent): their sessions end at once and they can no longer sign in. Admins only.',
    params: IdParams, status: 200, response: Organiser,
    errors: ['validation_failed', 'payload_too_large', 'unauthorized', 'forbidden', 'organiser_not_found', 'origin_not_allowed', 'csrf_failed'],
  },
  adminAuditLog: {
    method: 'GET', path: '/v1/admin/audit-log', tag: 'admin', auth: 'admin',
    summary: 'Who exported, erased, moderated or changed what, and when, newest first (admins: everything; others: their scopes).',
    query: AuditLogQuery, status: 200, response: AuditLogPage, errors: ['validation_failed', 'unauthorized', 'forbidden'],
  },
  adminSetAttendance: {
    method: 'PUT', path: '/v1/admin/canvass-signups/{id}/attendance', tag: 'admin', auth: 'admin',
    summary: 'Mark whether a person came to a session you organise (`null`: not marked).',
    params: IdParams, body: AttendanceUpdate, status: 200, response: AdminCanvassSignup,
    errors: ['validation_failed', 'invalid_json', 'payload_too_large', 'unauthorized', 'forbidden', 'signup_not_found', 'origin_not_allowed', 'csrf_failed'],
  },
  adminDashboard: {
    method: 'GET', path: '/v1/admin/dashboard', tag: 'admin', auth: 'admin',
    summary: 'Your next sessions with places taken and waitlist, messages waiting, new introductions and answer reports.',
    status: 200, response: Dashboard, errors: ['unauthorized', 'forbidden'],
  },
  adminPledgeSummary: {
    method: 'GET', path: '/v1/admin/pledges/summary', tag: 'pledges', auth: 'admin',
    summary: 'Pledges to vote per constituency and partner, with how many asked for reminders: an organiser\'s seats, a partner\'s pages, or all for admins. Counts, never people.',
    status: 200, response: PledgeSummary, errors: ['unauthorized', 'forbidden'],
  },
  adminExportPledgeSummary: {
    method: 'GET', path: '/v1/admin/pledges/summary.csv', tag: 'pledges', auth: 'admin',
    summary: 'The pledge summary as a spreadsheet-safe UTF-8 CSV (counts only). Recorded in the audit log.',
    status: 200, response: null, contentType: 'text/csv', errors: ['unauthorized', 'forbidden'],
  },
} as const satisfies Record<string, RouteDef>;

export type AdminRoutes = typeof adminRoutes;
export type AdminRouteName = keyof AdminRoutes;
