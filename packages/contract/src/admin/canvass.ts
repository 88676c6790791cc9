import * as z from 'zod/mini';
import { ConstituencyCode, IsoDateTime, RequestDateTime, Uuid, text } from '../common.js';
import { CanvassSignupStatus } from '../canvass.js';

/** Organiser-only canvassing shapes (admin routes). Kept apart so the public SDK client never bundles them. */

export const CreateCanvassSession = z.object({
  constituencyCode: ConstituencyCode,
  title: text(120),
  startsAt: RequestDateTime,
  endsAt: RequestDateTime,
  meetingPoint: text(200),
  organiserName: text(100),
  organiserContact: text(200),
  accessibility: z.optional(text(500)),
  capacity: z.number().check(z.int(), z.gte(1), z.lte(1000)),
});
export type CreateCanvassSession = z.input<typeof CreateCanvassSession>;

/**
 * An organiser's edit of a session: only the fields given change (`accessibility: null` clears it). The
 * constituency cannot change. A larger capacity promotes people from the waitlist; a capacity below the number
 * already confirmed is refused with `409 capacity_below_confirmed`.
 */
export const UpdateCanvassSession = z.object({
  title: z.optional(text(120)),
  startsAt: z.optional(RequestDateTime),
  endsAt: z.optional(RequestDateTime),
  meetingPoint: z.optional(text(200)),
  organiserName: z.optional(text(100)),
  organiserContact: z.optional(text(200)),
  accessibility: z.optional(z.nullable(text(500))),
  capacity: z.optional(z.number().check(z.int(), z.gte(1), z.lte(1000))),
});
export type UpdateCanvassSession = z.input<typeof UpdateCanvassSession>;

export const AdminCanvassSignupListQuery = z.object({
  /** Only this session's sign-ups. */
  session: z.optional(Uuid),
});

/** One sign-up as its organiser sees it (personal data: never shown publicly). */
export const AdminCanvassSignup = z.object({
  id: Uuid,
  sessionId: Uuid,
  sessionTitle: z.string(),
  sessionStartsAt: IsoDateTime,
  constituency: z.object({ code: ConstituencyCode, name: z.string() }),
  name: z.string(),
  email: z.string(),
  phone: z.nullable(z.string()),
  languages: z.array(z.string()),
  firstTime: z.boolean(),
  status: CanvassSignupStatus,
  consentVersion: z.string(),
  consentAt: IsoDateTime,
  partner: z.nullable(z.string()),
  createdAt: IsoDateTime,
  /** When the supporter moved from the waitlist to confirmed, if they did. */
  promotedAt: z.nullable(IsoDateTime),
  cancelledAt: z.nullable(IsoDateTime),
  /** Marked by the organiser after the session: `true` came, `false` did not, `null` not marked. */
  attended: z.nullable(z.boolean()),
});
export type AdminCanvassSignup = z.infer<typeof AdminCanvassSignup>;

export const AdminCanvassSignupList = z.object({ signups: z.array(AdminCanvassSignup) });
export type AdminCanvassSignupList = z.infer<typeof AdminCanvassSignupList>;
