/**
 * Organiser and moderator calls for the Solidarity Widgets API, with a bearer token.
 *
 * A separate entry from `@solidarity-widgets/sdk` so that the admin routes' schemas stay out of every
 * public page's bundle: import it only in organiser tools, scripts and servers.
 *
 * @packageDocumentation
 * @example
 * import { createAdminClient } from '@solidarity-widgets/sdk/admin';
 * const admin = createAdminClient({ baseUrl: 'https://widgets.example.org', token: process.env.ADMIN_TOKEN! });
 * const { messages } = await admin.moderationQueue();
 */
import { adminRoutes, consoleRoutes } from '@solidarity-widgets/contract';
import { createRequester, type ClientOptions, type ResponseCheck } from './client.js';
import type { CallOptions, RouteBody as Body, RouteOutput, RouteParams as Params, RouteQuery as Query } from './types.js';

/**
 * Options for {@link createAdminClient}: the public client's options, with `token` instead of `partner` (scripts),
 * or `session` (the console in a browser, on the server's own origin).
 */
export type AdminClientOptions = Omit<ClientOptions, 'partner'> &
  (
    | {
        /** An organiser or moderator token (`npm run admin -- token …` on the server); sent as `Authorization: Bearer <token>`. */
        readonly token: string;
        readonly session?: undefined;
      }
    | {
        readonly token?: undefined;
        /**
         * The console's cookie session: the browser sends the `sw_console` cookie itself (same origin, `credentials:
         * 'same-origin'`); `csrfToken()` gives the token from `consoleMe()`/`openSession()`, sent as `X-CSRF-Token`
         * (null before sign-in).
         */
        readonly session: { readonly csrfToken: () => string | null };
      }
  );

/**
 * Organiser and moderator calls, made with a bearer token. Get one from
 * {@link createAdminClient}. The token is only held by this object.
 */
export interface AdminClient {
  /** `POST /v1/admin/canvass-sessions`: create a canvassing session in a constituency you organise. Not retried (no idempotency key). */
  createCanvassSession(body: Body<'adminCreateCanvassSession'>, opts?: CallOptions): Promise<RouteOutput<'adminCreateCanvassSession'>>;
  /** `GET /v1/admin/solidarity-messages`: messages awaiting moderation (`status` defaults to pending on the server). */
  moderationQueue(query?: Query<'adminModerationQueue'>, opts?: CallOptions): Promise<RouteOutput<'adminModerationQueue'>>;
  /** `POST /v1/admin/solidarity-messages/{id}/decision`: approve or reject a message (its text can never be edited). */
  moderateMessage(
    id: Params<'adminModerateMessage'>['id'],
    decision: Body<'adminModerateMessage'>,
    opts?: CallOptions,
  ): Promise<RouteOutput<'adminModerateMessage'>>;
  /**
   * `DELETE /v1/admin/solidarity-messages/{id}`: erase one message, whatever its status (the way to erase a message
   * sent without an email). A message you do not moderate throws {@link HttpError} `message_not_found` (404).
   */
  eraseMessage(id: Params<'adminEraseMessage'>['id'], opts?: CallOptions): Promise<RouteOutput<'adminEraseMessage'>>;
  /** `POST /v1/admin/solidarity-messages/purge`: delete now the rejected messages past the retention period (30 days). */
  purgeRejectedMessages(opts?: CallOptions): Promise<RouteOutput<'adminPurgeRejectedMessages'>>;
  /** `GET /v1/admin/canvass-signups.csv`: your sign-ups as UTF-8 CSV text, ready to save as a file. */
  exportSignupsCsv(opts?: CallOptions): Promise<string>;
  /** `GET /v1/admin/canvass-sessions`: the sessions you organise, cancelled ones too (from 30 days ago on). */
  listCanvassSessions(opts?: CallOptions): Promise<RouteOutput<'adminListCanvassSessions'>>;
  /**
   * `PATCH /v1/admin/canvass-sessions/{id}`: change only the fields given. A larger `capacity` promotes people
   * from the waitlist; one below the confirmed count throws {@link HttpError} `capacity_below_confirmed` (409).
   * Another organiser's session is `session_not_found`. Not retried.
   */
  updateCanvassSession(
    id: Params<'adminUpdateCanvassSession'>['id'],
    changes: Body<'adminUpdateCanvassSession'>,
    opts?: CallOptions,
  ): Promise<RouteOutput<'adminUpdateCanvassSession'>>;
  /** `POST /v1/admin/canvass-sessions/{id}/cancel`: cancel a session you organise (idempotent; sign-ups are kept). */
  cancelCanvassSession(id: Params<'adminCancelCanvassSession'>['id'], opts?: CallOptions): Promise<RouteOutput<'adminCancelCanvassSession'>>;
  /** `GET /v1/admin/canvass-signups`: your sign-ups as JSON, all or one `session`'s, with promotions and cancellations. */
  listCanvassSignups(query?: Query<'adminListCanvassSignups'>, opts?: CallOptions): Promise<RouteOutput<'adminListCanvassSignups'>>;
  /** `DELETE /v1/admin/people?email=`: erase one person's sign-ups, messages and introductions. Returns how many of each were erased. */
  erasePerson(email: string, opts?: CallOptions): Promise<RouteOutput<'adminErasePerson'>>;
  /** `PUT /v1/admin/constituencies/{code}/local-contact`: set (replace) the public local contact of a seat you organise. */
  setLocalContact(code: string, body: Body<'adminSetLocalContact'>, opts?: CallOptions): Promise<RouteOutput<'adminSetLocalContact'>>;
  /** `GET /v1/admin/introductions`: introductions for the seats you organise, newest first (filter by `status`, `listing`, `constituency`). */
  introductions(query?: Query<'adminIntroductions'>, opts?: CallOptions): Promise<RouteOutput<'adminIntroductions'>>;
  /** `GET /v1/admin/introductions.csv`: your introductions as UTF-8 CSV text. */
  exportIntroductionsCsv(opts?: CallOptions): Promise<string>;
  /** `PATCH /v1/admin/introductions/{id}`: mark an introduction `contacted` or `closed` (or `new` again). */
  updateIntroduction(
    id: Params<'adminUpdateIntroduction'>['id'],
    body: Body<'adminUpdateIntroduction'>,
    opts?: CallOptions,
  ): Promise<RouteOutput<'adminUpdateIntroduction'>>;
  /** `POST /v1/admin/introductions/{id}/decision`: approve or reject the directory listing an organisation asked for. */
  decideListing(
    id: Params<'adminDecideListing'>['id'],
    decision: Body<'adminDecideListing'>,
    opts?: CallOptions,
  ): Promise<RouteOutput<'adminDecideListing'>>;
  /**
   * `POST /v1/admin/party-changes` (admin tokens): record an MP's party change between data releases, with the page
   * that reports it (https). Every constituency answer shows it at once. A party code the data does not know needs
   * `partyName`; a future date is refused (`validation_failed`). Not retried.
   */
  addPartyChange(body: Body<'adminAddPartyChange'>, opts?: CallOptions): Promise<RouteOutput<'adminAddPartyChange'>>;
  /** `GET /v1/admin/party-changes` (admin tokens): the recorded changes, newest first, with who added them and when. */
  listPartyChanges(opts?: CallOptions): Promise<RouteOutput<'adminListPartyChanges'>>;
  /** `DELETE /v1/admin/party-changes/{id}` (admin tokens): remove a change recorded by mistake; answers fall back to the data. */
  removePartyChange(id: Params<'adminRemovePartyChange'>['id'], opts?: CallOptions): Promise<RouteOutput<'adminRemovePartyChange'>>;
  /** `GET /v1/admin/answer-reports`: supporters' reports of problems with finder answers (your seats, your partners, or all for admins). */
  answerReports(opts?: CallOptions): Promise<RouteOutput<'adminAnswerReports'>>;
  /** `GET /v1/admin/referrals`: what shared links brought per partner (counts). */
  referrals(opts?: CallOptions): Promise<RouteOutput<'adminReferrals'>>;
  /** `GET /v1/admin/pledges/summary`: pledges to vote per constituency and partner, with how many want reminders (counts only). */
  pledgeSummary(opts?: CallOptions): Promise<RouteOutput<'adminPledgeSummary'>>;
  /** `GET /v1/admin/pledges/summary.csv`: the same summary as UTF-8 CSV text (the export is audit-logged). */
  exportPledgeSummaryCsv(opts?: CallOptions): Promise<string>;
  /** `GET /v1/admin/organisers` (admins): everyone who can sign in to the console, with their scopes. */
  listOrganisers(opts?: CallOptions): Promise<RouteOutput<'adminListOrganisers'>>;
  /** `POST /v1/admin/organisers` (admins): add an organiser; an address already used throws `organiser_exists` (409). */
  createOrganiser(body: Body<'adminCreateOrganiser'>, opts?: CallOptions): Promise<RouteOutput<'adminCreateOrganiser'>>;
  /** `PATCH /v1/admin/organisers/{id}` (admins): change the fields given; `disabled: false` enables them again. */
  updateOrganiser(id: Params<'adminUpdateOrganiser'>['id'], body: Body<'adminUpdateOrganiser'>, opts?: CallOptions): Promise<RouteOutput<'adminUpdateOrganiser'>>;
  /** `POST /v1/admin/organisers/{id}/disable` (admins): their sessions end at once; they can no longer sign in. */
  disableOrganiser(id: Params<'adminDisableOrganiser'>['id'], opts?: CallOptions): Promise<RouteOutput<'adminDisableOrganiser'>>;
  /** `GET /v1/admin/audit-log`: who did what and when, newest first, within your scopes; page with `nextCursor`. */
  auditLog(query?: Query<'adminAuditLog'>, opts?: CallOptions): Promise<RouteOutput<'adminAuditLog'>>;
  /** `PUT /v1/admin/canvass-signups/{id}/attendance`: mark whether a person came (`null` clears the mark). */
  setAttendance(id: Params<'adminSetAttendance'>['id'], body: Body<'adminSetAttendance'>, opts?: CallOptions): Promise<RouteOutput<'adminSetAttendance'>>;
  /** `GET /v1/admin/dashboard`: next sessions with places and waitlist, messages waiting, new introductions, answer reports. */
  dashboard(opts?: CallOptions): Promise<RouteOutput<'adminDashboard'>>;
  /** `POST /v1/console/sign-in`: email a one-time sign-in link. Always `202 { accepted: true }`, known address or not. */
  signIn(body: Body<'consoleSignIn'>, opts?: CallOptions): Promise<RouteOutput<'consoleSignIn'>>;
  /** `POST /v1/console/session`: exchange the link's token for the session cookie; a used or expired one throws `sign_in_link_invalid`. */
  openSession(token: string, opts?: CallOptions): Promise<RouteOutput<'consoleOpenSession'>>;
  /** `GET /v1/console/me`: the signed-in organiser, role, CSRF token and expiry; `unauthorized` (401) when signed out. */
  consoleMe(opts?: CallOptions): Promise<RouteOutput<'consoleMe'>>;
  /** `PATCH /v1/console/me`: your own language and notify choice. */
  updateMe(body: Body<'consoleUpdateMe'>, opts?: CallOptions): Promise<RouteOutput<'consoleUpdateMe'>>;
  /** `POST /v1/console/sign-out`: end this session. */
  signOut(opts?: CallOptions): Promise<RouteOutput<'consoleSignOut'>>;
  /** `POST /v1/console/sign-out-everywhere`: end all your sessions, on every device. */
  signOutEverywhere(opts?: CallOptions): Promise<RouteOutput<'consoleSignOutEverywhere'>>;
}

/** The admin routes and the console's own (sign-in, session), called through one client. */
const table = { ...adminRoutes, ...consoleRoutes };
type AdminRouteName = keyof typeof table;

/**
 * The admin routes' responses are checked with the contract's zod schemas: organiser tools are not a page budget,
 * and zod's parsed value (unknown keys stripped) is what they get.
 */
const checkFor = (name: AdminRouteName): ResponseCheck | null => {
  const schema = table[name].response;
  if (schema === null) return null;
  return (value) => {
    const parsed = schema.safeParse(value);
    return parsed.success
      ? { ok: true, value: parsed.data }
      : { ok: false, issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message })) };
  };
};

/**
 * Creates a client for the organiser and moderator routes. Same engine as `createClient` (timeouts, retries for
 * GETs and idempotent writes, response validation, the same error classes), with `Authorization: Bearer <token>`
 * on every call. Cheap: nothing is fetched until you call a method.
 *
 * @example
 * import { createAdminClient } from '@solidarity-widgets/sdk/admin';
 * const admin = createAdminClient({ baseUrl: 'https://widgets.example.org', token });
 * const queue = await admin.moderationQueue();
 * for (const m of queue.messages) await admin.moderateMessage(m.id, { decision: 'approve' });
 */
export function createAdminClient(options: AdminClientOptions): AdminClient {
  const { session, token } = options;
  if (session === undefined && typeof token !== 'string') throw new TypeError('createAdminClient: token must be a string');
  const send = createRequester(options, table, checkFor, 'createAdminClient');
  // A token goes on every call; a session's CSRF token is read per call (it changes when the organiser signs in again).
  const headers = (): Record<string, string> => {
    if (token !== undefined) return { authorization: `Bearer ${token}` };
    const csrf = session?.csrfToken() ?? null;
    return csrf === null ? {} : { 'x-csrf-token': csrf };
  };
  const o = (opts: CallOptions | undefined) => ({ ...opts, headers: headers() });
  return {
    createCanvassSession: (body, opts) => send('adminCreateCanvassSession', { body }, o(opts)),
    moderationQueue: (query = {}, opts) => send('adminModerationQueue', { query }, o(opts)),
    moderateMessage: (id, body, opts) => send('adminModerateMessage', { params: { id }, body }, o(opts)),
    eraseMessage: (id, opts) => send('adminEraseMessage', { params: { id } }, o(opts)),
    purgeRejectedMessages: (opts) => send('adminPurgeRejectedMessages', {}, o(opts)),
    exportSignupsCsv: (opts) => send('adminExportSignups', {}, o(opts)),
    listCanvassSessions: (opts) => send('adminListCanvassSessions', {}, o(opts)),
    updateCanvassSession: (id, body, opts) => send('adminUpdateCanvassSession', { params: { id }, body }, o(opts)),
    cancelCanvassSession: (id, opts) => send('adminCancelCanvassSession', { params: { id } }, o(opts)),
    listCanvassSignups: (query = {}, opts) => send('adminListCanvassSignups', { query }, o(opts)),
    erasePerson: (email, opts) => send('adminErasePerson', { query: { email } }, o(opts)),
    setLocalContact: (code, body, opts) => send('adminSetLocalContact', { params: { code }, body }, o(opts)),
    introductions: (query = {}, opts) => send('adminIntroductions', { query }, o(opts)),
    exportIntroductionsCsv: (opts) => send('adminExportIntroductions', {}, o(opts)),
    updateIntroduction: (id, body, opts) => send('adminUpdateIntroduction', { params: { id }, body }, o(opts)),
    decideListing: (id, body, opts) => send('adminDecideListing', { params: { id }, body }, o(opts)),
    addPartyChange: (body, opts) => send('adminAddPartyChange', { body }, o(opts)),
    listPartyChanges: (opts) => send('adminListPartyChanges', {}, o(opts)),
    removePartyChange: (id, opts) => send('adminRemovePartyChange', { params: { id } }, o(opts)),
    answerReports: (opts) => send('adminAnswerReports', {}, o(opts)),
    referrals: (opts) => send('adminReferrals', {}, o(opts)),
    pledgeSummary: (opts) => send('adminPledgeSummary', {}, o(opts)),
    exportPledgeSummaryCsv: (opts) => send('adminExportPledgeSummary', {}, o(opts)),
    listOrganisers: (opts) => send('adminListOrganisers', {}, o(opts)),
    createOrganiser: (body, opts) => send('adminCreateOrganiser', { body }, o(opts)),
    updateOrganiser: (id, body, opts) => send('adminUpdateOrganiser', { params: { id }, body }, o(opts)),
    disableOrganiser: (id, opts) => send('adminDisableOrganiser', { params: { id } }, o(opts)),
    auditLog: (query = {}, opts) => send('adminAuditLog', { query }, o(opts)),
    setAttendance: (id, body, opts) => send('adminSetAttendance', { params: { id }, body }, o(opts)),
    dashboard: (opts) => send('adminDashboard', {}, o(opts)),
    signIn: (body, opts) => send('consoleSignIn', { body }, o(opts)),
    openSession: (t, opts) => send('consoleOpenSession', { body: { token: t } }, o(opts)),
    consoleMe: (opts) => send('consoleMe', {}, o(opts)),
    updateMe: (body, opts) => send('consoleUpdateMe', { body }, o(opts)),
    signOut: (opts) => send('consoleSignOut', {}, o(opts)),
    signOutEverywhere: (opts) => send('consoleSignOutEverywhere', {}, o(opts)),
  };
}

export type { CallOptions, RouteOutput } from './types.js';
export {
  SolidarityApiError,
  HttpError,
  RateLimitError,
  NetworkError,
  TimeoutError,
  ResponseValidationError,
} from './errors.js';
// Limits an organiser's form shows before sending (the server enforces the same ones).
export { INTRODUCTION_NOTES_MAX } from '@solidarity-widgets/contract';
// The admin shapes, as types only (the values stay in the contract package).
export type {
  AdminRouteName,
  CanvassSession,
  CanvassSessionList,
  CreateCanvassSession,
  UpdateCanvassSession,
  AdminCanvassSignup,
  AdminCanvassSignupList,
  ModerationQueue,
  ModerationQueueItem,
  ModerationDecision,
  LocalContact,
  LocalContactRequest,
  Introduction,
  IntroductionInbox,
  IntroductionStatus,
  IntroductionUpdate,
  ListingStatus,
  ListingDecision,
  PartyChange,
  PartyChangeList,
  PartyChangeRemoval,
  PartyChangeRequest,
  AnswerReport,
  AnswerReportList,
  ReferralStats,
  ReferralPartnerStats,
  PledgeSummary,
  PledgeSummaryRow,
  Organiser,
  OrganiserList,
  CreateOrganiser,
  UpdateOrganiser,
  ConsoleMe,
  ConsoleRole,
  ConsoleLanguage,
  NotifyChoice,
  UpdateMe,
  SignInRequest,
  SignInAccepted,
  SignedOut,
  AuditEntry,
  AuditAction,
  AuditLogPage,
  AttendanceUpdate,
  Dashboard,
} from '@solidarity-widgets/contract';
