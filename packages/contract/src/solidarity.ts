import * as z from 'zod/mini';
import { CountryCode, Email, IsoDateTime, LanguageTag, PartnerSlug, Uuid, graphemeText, optionalText, text } from './common.js';
import { SOLIDARITY_MESSAGE_MAX, SOLIDARITY_MESSAGE_MAX_CODE_POINTS } from './constants.js';

export const SolidarityMessageRequest = z.object({
  name: text(80),
  organisation: optionalText(120),
  country: CountryCode,
  language: LanguageTag,
  /** Up to 500 characters as people count them (graphemes: ✊🏽 is one). */
  message: graphemeText(SOLIDARITY_MESSAGE_MAX, SOLIDARITY_MESSAGE_MAX_CODE_POINTS),
  email: z.optional(Email),
  consentToPublish: z.literal(true, { error: 'must_accept' }),
  partner: z.optional(PartnerSlug),
  /** Honeypot: people never see or fill this field. */
  website: z.optional(z.string().check(z.maxLength(200))),
  /** Milliseconds the form was open before sending; very fast sends are kept but marked for moderators. */
  elapsedMs: z.optional(z.number().check(z.gte(0))),
});
export type SolidarityMessageRequest = z.input<typeof SolidarityMessageRequest>;

export const ModerationStatus = z.enum(['pending', 'approved', 'rejected']);

export const SolidarityMessageReceipt = z.object({
  message: z.object({ id: Uuid, status: ModerationStatus, createdAt: IsoDateTime }),
});
export type SolidarityMessageReceipt = z.infer<typeof SolidarityMessageReceipt>;

export const PublicSolidarityMessage = z.object({
  id: Uuid,
  name: z.string(),
  organisation: z.nullable(z.string()),
  country: CountryCode,
  language: LanguageTag,
  message: z.string(),
  publishedAt: IsoDateTime,
});
export type PublicSolidarityMessage = z.infer<typeof PublicSolidarityMessage>;

export const SolidarityWallQuery = z.object({
  partner: z.optional(PartnerSlug),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(
    z.pipe(
      z.union([z.number(), z.string().check(z.regex(/^\d+$/))]),
      z.transform((v: number | string) => Number(v)),
    ).check(z.gte(1), z.lte(50)),
  ),
});

export const SolidarityWallPage = z.object({
  messages: z.array(PublicSolidarityMessage),
  /** Opaque; pass back as `cursor` for the next page. Null on the last page. */
  nextCursor: z.nullable(z.string()),
  totals: z.object({ messages: z.number(), countries: z.number() }),
});
export type SolidarityWallPage = z.infer<typeof SolidarityWallPage>;
