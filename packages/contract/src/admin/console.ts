import * as z from 'zod/mini';
import { ConstituencyCode, Email, IsoDateTime, PartnerSlug, Uuid, queryInt, text } from '../common.js';
import { WallCursor } from '../solidarity.js';

/**
 * The organisers' console (issue 12): passwordless sign-in, cookie sessions, organisers and their scopes, the audit
 * log and the dashboard. Organiser-only shapes, kept apart so the public SDK client never bundles them.
 */

/** The languages the console and its emails are written in: the widgets' 21 (issue 16). */
export const ConsoleLanguage = z.enum(['en', 'cy', 'pl', 'ro', 'pt', 'es', 'it', 'fr', 'de', 'bg', 'lt', 'el', 'tr', 'so', 'ar', 'ur', 'bn', 'pa', 'gu', 'ta', 'zh-Hans']);
export type ConsoleLanguage = z.infer<typeof ConsoleLanguage>;

/** `admin`, `partner:<slug>` or `constituency:<GSS code>`, as a token's scopes. */
export const OrganiserScope = z.string().check(z.regex(/^(?:admin|partner:[a-z0-9][a-z0-9-]{0,62}|constituency:(?:E14|S14|W07|N05)\d{6})$/));

/** How an organiser hears of new sign-ups and introductions: one email each, a daily digest, or none. */
export const NotifyChoice = z.enum(['immediate', 'digest', 'off']);
export type NotifyChoice = z.infer<typeof NotifyChoice>;

/**
 * What the console shows and allows: `admin` (everything, manages organisers), `organiser` (their constituencies'
 * sessions, sign-ups, introductions and contact; a partner scope too if they have one), `moderator` (their partners'
 * messages only). Derived from the scopes, never stored.
 */
export const ConsoleRole = z.enum(['admin', 'organiser', 'moderator']);
export type ConsoleRole = z.infer<typeof ConsoleRole>;

export const Organiser = z.object({
  id: Uuid,
  email: z.string(),
  name: z.string(),
  language: ConsoleLanguage,
  scopes: z.array(z.string()),
  role: ConsoleRole,
  notify: NotifyChoice,
  createdAt: IsoDateTime,
  /** When they last opened a console session (null: never). */
  lastSignInAt: z.nullable(IsoDateTime),
  /** Disabled organisers cannot sign in, and their sessions ended when they were disabled. */
  disabledAt: z.nullable(IsoDateTime),
});
export type Organiser = z.infer<typeof Organiser>;

export const OrganiserList = z.object({ organisers: z.array(Organiser) });
export type OrganiserList = z.infer<typeof OrganiserList>;

const Scopes = z.array(OrganiserScope).check(z.minLength(1), z.maxLength(200));

export const CreateOrganiser = z.object({
  email: Email,
  name: text(100),
  language: z.optional(ConsoleLanguage),
  scopes: Scopes,
  notify: z.optional(NotifyChoice),
});
export type CreateOrganiser = z.input<typeof CreateOrganiser>;

/** Only the fields given change. `disabled: false` enables a disabled organiser again. */
export const UpdateOrganiser = z.object({
  email: z.optional(Email),
  name: z.optional(text(100)),
  language: z.optional(ConsoleLanguage),
  scopes: z.optional(Scopes),
  notify: z.optional(NotifyChoice),
  disabled: z.optional(z.boolean()),
});
export type UpdateOrganiser = z.input<typeof UpdateOrganiser>;

// ---- sign-in and sessions ---------------------------------------------------------------------------------

export const SignInRequest = z.object({
  email: Email,
  /** The language of the email, when the address belongs to no organiser yet known (else theirs). */
  language: z.optional(ConsoleLanguage),
});
export type SignInRequest = z.input<typeof SignInRequest>;

/** The same answer whether or not the address belongs to an organiser: it tells nobody who organises. */
export const SignInAccepted = z.object({
  accepted: z.literal(true),
  /** How long the emailed link works. */
  expiresInMinutes: z.number(),
});
export type SignInAccepted = z.infer<typeof SignInAccepted>;

/** The token from the link's `?token=` (43 base64url characters). A GET never consumes it: only this POST does. */
export const OpenSessionRequest = z.object({ token: z.string().check(z.regex(/^[A-Za-z0-9_-]{20,100}$/)) });
export type OpenSessionRequest = z.input<typeof OpenSessionRequest>;

/** The signed-in organiser, what they may do, and what the console needs to write. */
export const ConsoleMe = z.object({
  organiser: Organiser,
  role: ConsoleRole,
  /** Send as `X-CSRF-Token` with every write made with the session cookie. */
  csrfToken: z.string(),
  /** The session ends at the earlier of these: 2 hours without a request, 12 hours after sign-in. */
  idleExpiresAt: IsoDateTime,
  expiresAt: IsoDateTime,
});
export type ConsoleMe = z.infer<typeof ConsoleMe>;

/** What an organiser may change about themselves. */
export const UpdateMe = z.object({
  language: z.optional(ConsoleLanguage),
  notify: z.optional(NotifyChoice),
});
export type UpdateMe = z.input<typeof UpdateMe>;

export const SignedOut = z.object({
  /** How many sessions ended (1 for sign-out; every one of the organiser's for sign-out everywhere). */
  sessionsEnded: z.number(),
});
export type SignedOut = z.infer<typeof SignedOut>;

// ---- audit log ---------------------------------------------------------------------------------------------

export const AuditAction = z.enum([
  'sign_in',
  'sign_out',
  'sign_out_everywhere',
  'export_signups',
  'export_introductions',
  'erase_person',
  'erase_message',
  'purge_rejected_messages',
  'moderate_message',
  'session_create',
  'session_update',
  'session_cancel',
  'attendance_set',
  'local_contact_set',
  'introduction_update',
  'listing_decision',
  'party_change_add',
  'party_change_remove',
  'organiser_create',
  'organiser_update',
  'organiser_disable',
  'export_pledges',
]);
export type AuditAction = z.infer<typeof AuditAction>;

/**
 * One thing an organiser or a token did. No personal data: subjects are ids, an erasure by email records only how
 * many records went, never the address; a moderation decision records the decision, never the text.
 */
export const AuditEntry = z.object({
  id: Uuid,
  at: IsoDateTime,
  actor: z.object({
    type: z.enum(['organiser', 'token']),
    id: z.string(),
    /** The organiser's name or the token's label, as it was then. */
    name: z.string(),
  }),
  action: AuditAction,
  subject: z.nullable(z.object({ type: z.string(), id: z.string() })),
  constituency: z.nullable(ConstituencyCode),
  partner: z.nullable(PartnerSlug),
  /** Figures and choices (`{ decision: 'approve' }`, `{ canvassSignups: 2 }`), never a person's data. */
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditLogQuery = z.object({
  cursor: z.optional(WallCursor),
  limit: z.optional(queryInt(1, 100, /^(?:[1-9]|[1-9][0-9]|100)$/)),
});

export const AuditLogPage = z.object({
  entries: z.array(AuditEntry),
  /** Opaque; pass back as `cursor` for older entries. Null on the last page. */
  nextCursor: z.nullable(z.string()),
});
export type AuditLogPage = z.infer<typeof AuditLogPage>;

// ---- attendance and dashboard -----------------------------------------------------------------------------

/** `true` came, `false` did not, `null` not marked (yet). */
export const AttendanceUpdate = z.object({ attended: z.nullable(z.boolean()) });
export type AttendanceUpdate = z.input<typeof AttendanceUpdate>;

export const DashboardSession = z.object({
  id: Uuid,
  title: z.string(),
  startsAt: IsoDateTime,
  constituency: z.object({ code: ConstituencyCode, name: z.string() }),
  status: z.enum(['open', 'full', 'cancelled', 'past']),
  capacity: z.number(),
  /** Confirmed places. */
  placesTaken: z.number(),
  waitlisted: z.number(),
});

export const Dashboard = z.object({
  /** The next sessions in your constituencies (up to 10, soonest first, cancelled ones left out). */
  sessions: z.array(DashboardSession),
  /** Messages waiting for moderation in your partners (all for admins); null when you moderate none. */
  messagesWaiting: z.nullable(z.number()),
  /** Introductions to your constituencies received since `since`. */
  newIntroductions: z.number(),
  /** Your previous sign-in, or 7 days ago (tokens, first visit). */
  since: IsoDateTime,
  /** Reports of problems with finder answers in your scope. */
  answerReports: z.number(),
});
export type Dashboard = z.infer<typeof Dashboard>;
