import * as z from 'zod/mini';
import { ConstituencyCode, Email, IsoDateTime, LanguageTag, Uuid, freeText, optionalText, text } from '../common.js';
import { IntroductionOffer, IntroductionStatus, ListingStatus, OrganisationType, SeatRef } from '../local.js';

/** Organiser-only shapes for working locally (admin routes). Kept apart so the public SDK client never bundles them. */

/**
 * A public web address: only http(s), so a listing can never carry a `javascript:` link. Case-insensitive by its
 * character classes, not an `i` flag: a JSON Schema `pattern` has no flags, and the published one must be this one. No control
 * characters (issue 11: what a person typed is shown inert).
 */
export const WebAddress = z.string().check(z.trim(), z.maxLength(300), z.regex(/^[Hh][Tt][Tt][Pp][Ss]?:\/\/([A-Za-z0-9-]+\.)+[A-Za-z]{2,}(:\d{1,5})?([/?#][^\s\u0000-\u001f\u007f-\u009f]*)?$/));

// ---- local contact ---------------------------------------------------------------------------------------

/** What an organiser publishes for a constituency they run. Everything here is public. */
export const LocalContactRequest = z.object({
  /** Party or campaign name, e.g. "Hendon Labour Party". */
  name: text(120),
  /** A public address for the team (not a person's own address). */
  email: Email,
  website: z.optional(WebAddress),
  /** Where the team usually meets, e.g. "Thursdays 7pm, Burnt Oak Library". */
  meetingPlace: optionalText(300),
  /** Languages the local team speaks. */
  languages: z.array(LanguageTag).check(z.maxLength(20)),
});
export type LocalContactRequest = z.input<typeof LocalContactRequest>;

// ---- introductions ---------------------------------------------------------------------------------------

/** An introduction as organisers see it in their inbox. */
export const Introduction = z.object({
  id: Uuid,
  organisation: z.string(),
  organisationType: OrganisationType,
  communities: z.nullable(z.string()),
  languages: z.array(z.string()),
  constituencies: z.array(SeatRef),
  contactName: z.string(),
  email: z.string(),
  offers: z.array(IntroductionOffer),
  message: z.nullable(z.string()),
  status: IntroductionStatus,
  listing: ListingStatus,
  showContactInDirectory: z.boolean(),
  rejectionReason: z.nullable(z.string()),
  /** The organisers' own notes (who called whom, what was agreed); never shown to the organisation. */
  notes: z.nullable(z.string()),
  partner: z.nullable(z.string()),
  consentVersion: z.string(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Introduction = z.infer<typeof Introduction>;

export const IntroductionInboxQuery = z.object({
  status: z.optional(IntroductionStatus),
  listing: z.optional(ListingStatus),
  constituency: z.optional(ConstituencyCode),
});

export const IntroductionInbox = z.object({ introductions: z.array(Introduction) });
export type IntroductionInbox = z.infer<typeof IntroductionInbox>;

/** Most an organiser's notes on one introduction may hold, in characters. */
export const INTRODUCTION_NOTES_MAX = 2000;

/**
 * A change to an introduction: its status, the organisers' notes (empty text clears them), or both; at least one.
 * Notes are free text (no control characters but line breaks and tabs), shown inertly like everything people type.
 */
export const IntroductionUpdate = z
  .object({
    status: z.optional(IntroductionStatus),
    notes: z.optional(freeText(INTRODUCTION_NOTES_MAX, { required: false })),
  })
  .check(z.refine((u) => u.status !== undefined || u.notes !== undefined, { message: 'Give a status, notes or both.' }));
export type IntroductionUpdate = z.input<typeof IntroductionUpdate>;


export const ListingDecision = z.object({
  decision: z.enum(['approve', 'reject']),
  reason: z.optional(text(300)),
});
export type ListingDecision = z.input<typeof ListingDecision>;
