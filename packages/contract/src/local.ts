import * as z from 'zod/mini';
import { ConstituencyCode, Email, IsoDateTime, LanguageTag, PartnerSlug, Uuid, optionalText, text } from './common.js';
import { INTRODUCTION_MESSAGE_MAX, INTRODUCTION_OFFERS, ORGANISATION_TYPES } from './constants.js';

/**
 * Working locally: a constituency's public contact, organisations asking to be introduced to their local
 * campaign, and the moderated directory of groups that chose to be listed.
 */

export const SeatRef = z.object({ code: ConstituencyCode, name: z.string() });
export type SeatRef = z.infer<typeof SeatRef>;

// ---- local contact ---------------------------------------------------------------------------------------

export const LocalContact = z.object({
  constituency: SeatRef,
  name: z.string(),
  email: z.string(),
  website: z.nullable(z.string()),
  meetingPlace: z.nullable(z.string()),
  languages: z.array(z.string()),
  updatedAt: IsoDateTime,
});
export type LocalContact = z.infer<typeof LocalContact>;

// ---- introductions ---------------------------------------------------------------------------------------

export const OrganisationType = z.enum(ORGANISATION_TYPES);
export type OrganisationType = z.infer<typeof OrganisationType>;

/** What an organisation can bring to a local campaign. */
export const IntroductionOffer = z.enum(INTRODUCTION_OFFERS);
export type IntroductionOffer = z.infer<typeof IntroductionOffer>;

export const IntroductionRequest = z.object({
  organisation: text(120),
  organisationType: OrganisationType,
  /** Communities the organisation serves, in its own words (e.g. "Polish and Lithuanian families in Ealing"). */
  communities: optionalText(300),
  languages: z.array(LanguageTag).check(z.maxLength(20)),
  /** The seats the organisation works in (from the postcode lookup, or chosen): 1 to 10. */
  constituencies: z.array(ConstituencyCode).check(z.minLength(1), z.maxLength(10)),
  contactName: text(100),
  email: Email,
  offers: z.array(IntroductionOffer).check(z.maxLength(4)),
  message: optionalText(INTRODUCTION_MESSAGE_MAX),
  consentToContact: z.literal(true, { error: 'must_accept' }),
  consentVersion: z.string().check(z.minLength(1), z.maxLength(40)),
  /** Ask to appear in the public groups directory (after a moderator approves). */
  listInDirectory: z.optional(z.boolean()),
  /** Show `email` in the public listing too. Ignored unless `listInDirectory`. */
  showContactInDirectory: z.optional(z.boolean()),
  partner: z.optional(PartnerSlug),
  /** The language the widget was shown in: the confirmation email is written in it. */
  language: z.optional(LanguageTag),
});
export type IntroductionRequest = z.input<typeof IntroductionRequest>;

/** `new` until an organiser has been in touch; `contacted`, then `closed`. */
export const IntroductionStatus = z.enum(['new', 'contacted', 'closed']);
export type IntroductionStatus = z.infer<typeof IntroductionStatus>;

/** Whether the organisation is in the public directory: only when it asked, and a moderator approved. */
export const ListingStatus = z.enum(['not_requested', 'pending', 'approved', 'rejected']);
export type ListingStatus = z.infer<typeof ListingStatus>;

export const IntroductionReceipt = z.object({
  introduction: z.object({
    id: Uuid,
    status: IntroductionStatus,
    listing: ListingStatus,
    constituencies: z.array(SeatRef),
    createdAt: IsoDateTime,
  }),
});
export type IntroductionReceipt = z.infer<typeof IntroductionReceipt>;

// ---- groups directory ------------------------------------------------------------------------------------

export const LocalGroupsQuery = z.object({
  constituency: z.optional(ConstituencyCode),
  postcode: z.optional(z.string().check(z.minLength(1), z.maxLength(16))),
});

/** An approved listing. Carries a contact only when the organisation agreed to show one. */
export const LocalGroup = z.object({
  id: Uuid,
  organisation: z.string(),
  organisationType: OrganisationType,
  communities: z.nullable(z.string()),
  languages: z.array(z.string()),
  offers: z.array(IntroductionOffer),
  /** The group's seat nearest the one asked about. */
  constituency: SeatRef,
  /** 0 in the seat asked about; otherwise centroid distance to the group's nearest seat. */
  distanceKm: z.number(),
  contact: z.nullable(z.object({ email: z.string() })),
  listedAt: IsoDateTime,
});
export type LocalGroup = z.infer<typeof LocalGroup>;

export const LocalGroupList = z.object({
  /** The seat asked about (the largest share for a postcode); null for a postcode with no seat (Northern Ireland). */
  constituency: z.nullable(SeatRef),
  /** Neighbouring seats searched too, nearest first. */
  nearby: z.array(z.extend(SeatRef, { distanceKm: z.number() })),
  /** Groups in the seat first, then by distance. */
  groups: z.array(LocalGroup),
  /**
   * The seat's public local contact, or `null` when it has none yet (also for a postcode with no seat). Lets a page
   * show both without asking `/local-contact`, whose 404 for "none yet" browsers log as an error
   * (docs/decisions/0006-absent-local-contact-is-not-an-error.md). Optional: servers before it omit the field.
   */
  localContact: z.optional(z.nullable(LocalContact)),
});
export type LocalGroupList = z.infer<typeof LocalGroupList>;
