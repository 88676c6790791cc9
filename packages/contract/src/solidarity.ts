import * as z from 'zod/mini';
import { CountryCode, Email, IsoDateTime, LanguageTag, PartnerSlug, Uuid, graphemeText, optionalText, queryInt, text } from './common.js';
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

// Browsers and Node 16+ both have these; the contract is built without DOM or Node types, so name them here.
const { atob, btoa } = globalThis as unknown as { atob(data: string): string; btoa(data: string): string };

/**
 * What a wall cursor says once decoded: `<published time in µs since 1970>.<message id>`. The time is a whole number
 * without sign or leading zero below 10^17 µs (about the year 5138), so any cursor that passes is a time PostgreSQL and
 * JavaScript can both hold; a crafted `9223372036854775807.…` is refused as `validation_failed`, never a 500.
 */
export const WALL_CURSOR_TEXT = /^(?:0|[1-9][0-9]{0,16})\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The cursor itself: base64url without padding of {@link WALL_CURSOR_TEXT} (38 to 54 characters → 51 to 72). */
export const WALL_CURSOR = /^[A-Za-z0-9_-]{51,72}$/;

/**
 * Decodes a wall cursor, or `null` unless it is exactly what the server hands out: the canonical base64url (no
 * padding, unused bits zero, so one cursor has one spelling) of a {@link WALL_CURSOR_TEXT}. Uses `atob`/`btoa`, which
 * browsers and Node both have.
 */
export function decodeWallCursor(cursor: string): { publishedUs: string; id: string } | null {
  if (!WALL_CURSOR.test(cursor) || cursor.length % 4 === 1) return null;
  let text: string;
  try {
    text = atob(cursor.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (cursor.length % 4)) % 4));
  } catch {
    return null;
  }
  if (btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') !== cursor) return null;
  const match = WALL_CURSOR_TEXT.exec(text);
  if (!match) return null;
  const dot = text.indexOf('.');
  return { publishedUs: text.slice(0, dot), id: text.slice(dot + 1) };
}

/** The cursor for the page after the message published at `publishedUs` (µs since 1970, as digits) with id `id`. */
export function encodeWallCursor(publishedUs: string, id: string): string {
  return btoa(`${publishedUs}.${id}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Any refused cursor is one `invalid_value` (as before cursors were decoded here): one check, so no `pattern` in the
 * generated JSON Schema; the OpenAPI generator documents {@link WALL_CURSOR} and the decoded form instead.
 */
export const WallCursor = z.string().check(z.refine((v) => decodeWallCursor(v) !== null));

export const SolidarityWallQuery = z.object({
  partner: z.optional(PartnerSlug),
  cursor: z.optional(WallCursor),
  limit: z.optional(queryInt(1, 50, /^(?:[1-9]|[1-4][0-9]|50)$/)),
});

export const SolidarityWallPage = z.object({
  messages: z.array(PublicSolidarityMessage),
  /** Opaque; pass back as `cursor` for the next page. Null on the last page. */
  nextCursor: z.nullable(z.string()),
  totals: z.object({ messages: z.number(), countries: z.number() }),
});
export type SolidarityWallPage = z.infer<typeof SolidarityWallPage>;
