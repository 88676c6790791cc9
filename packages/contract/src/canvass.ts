import * as z from 'zod/mini';
import { ConstituencyCode, Email, IsoDateTime, LanguageTag, PartnerSlug, Uuid, text } from './common.js';

export const CanvassSessionStatus = z.enum(['open', 'full', 'cancelled']);

export const CanvassSession = z.object({
  id: Uuid,
  constituency: z.object({ code: ConstituencyCode, name: z.string() }),
  title: z.string(),
  startsAt: IsoDateTime,
  endsAt: IsoDateTime,
  /** Always Europe/London: sessions happen in the UK whatever the supporter's clock says. */
  timeZone: z.literal('Europe/London'),
  meetingPoint: z.string(),
  organiser: z.object({ name: z.string(), contact: z.string() }),
  accessibility: z.nullable(z.string()),
  capacity: z.number(),
  placesLeft: z.number(),
  status: CanvassSessionStatus,
});
export type CanvassSession = z.infer<typeof CanvassSession>;

export const CanvassSessionListQuery = z.object({
  constituency: z.optional(ConstituencyCode),
  /**
   * Order by distance from this constituency (its centroid to each session's seat's), nearest first, and give each
   * session its `distanceKm`: the next step when a supporter's own seat has no sessions yet.
   */
  near: z.optional(ConstituencyCode),
});

/** A listed session; `distanceKm` (straight line, from the `near` seat) only when the list was asked with `near`. */
export const ListedCanvassSession = z.extend(CanvassSession, { distanceKm: z.optional(z.number()) });
export type ListedCanvassSession = z.infer<typeof ListedCanvassSession>;

export const CanvassSessionList = z.object({ sessions: z.array(ListedCanvassSession) });
export type CanvassSessionList = z.infer<typeof CanvassSessionList>;

export const CanvassSignupRequest = z.object({
  sessionId: Uuid,
  name: text(100),
  email: Email,
  phone: z.optional(z.string().check(z.trim(), z.regex(/^\+?[0-9 ()-]{6,20}$/))),
  languages: z.array(LanguageTag).check(z.maxLength(20)),
  firstTime: z.boolean(),
  consentToContact: z.literal(true, { error: 'must_accept' }),
  consentVersion: z.string().check(z.minLength(1), z.maxLength(40)),
  partner: z.optional(PartnerSlug),
  /** The language the widget was shown in: the supporter's emails (confirmation, reminder, changes) are written in it. */
  language: z.optional(LanguageTag),
});
export type CanvassSignupRequest = z.input<typeof CanvassSignupRequest>;

export const CanvassSignupStatus = z.enum(['confirmed', 'waitlisted', 'cancelled']);

export const CanvassSignupReceipt = z.object({
  signup: z.object({
    id: Uuid,
    sessionId: Uuid,
    status: CanvassSignupStatus,
    createdAt: IsoDateTime,
  }),
  session: CanvassSession,
  /** An iCalendar (RFC 5545) file for the session, ready to offer as a download. */
  ics: z.string(),
  /**
   * Secret that lets the supporter cancel this sign-up: send it as `{ token }` to
   * `POST /v1/canvass-signups/{id}/cancel`. Keep it like a password. Absent from servers older than cancellation.
   */
  cancelToken: z.optional(z.string()),
  /** A page the supporter can open to cancel their place (it asks before cancelling); put it in confirmations. */
  cancelUrl: z.optional(z.string()),
});
export type CanvassSignupReceipt = z.infer<typeof CanvassSignupReceipt>;

export const IdParams = z.object({ id: Uuid });

/** Body of `POST /v1/canvass-signups/{id}/cancel`: the receipt's `cancelToken`. */
export const CancelCanvassSignup = z.object({ token: z.string().check(z.minLength(1), z.maxLength(200)) });
export type CancelCanvassSignup = z.input<typeof CancelCanvassSignup>;

/** The sign-up after cancelling (status `cancelled`) and the session with its places recounted. */
export const CanvassSignupCancellation = z.object({
  signup: z.object({ id: Uuid, sessionId: Uuid, status: CanvassSignupStatus, createdAt: IsoDateTime }),
  session: CanvassSession,
});
export type CanvassSignupCancellation = z.infer<typeof CanvassSignupCancellation>;
