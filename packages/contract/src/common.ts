import * as z from 'zod/mini';

export const Nation = z.enum(['England', 'Wales', 'Scotland', 'Northern Ireland']);
export type Nation = z.infer<typeof Nation>;

/**
 * GSS code of a July 2024 Westminster constituency: E14… (England), S14… (Scotland), W07… (Wales),
 * N05… (Northern Ireland), e.g. E14001172.
 */
export const ConstituencyCode = z.string().check(z.regex(/^(?:E14|S14|W07|N05)\d{6}$/));

/** A partner site's short name, used for attribution and for scoping moderation. */
export const PartnerSlug = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/));

/** A BCP 47 language tag such as `pl`, `cy`, `ar`, `bn`, `pt-BR`. */
export const LanguageTag = z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/));

/** ISO 3166-1 alpha-2 country code, upper case. */
export const CountryCode = z.string().check(z.regex(/^[A-Z]{2}$/));

export const IsoDateTime = z.iso.datetime({ offset: true });

/**
 * A date-time a caller sends (a session's start or end): RFC 3339 with an offset, and a year from 2000 to 2999.
 * Year 0000 does not exist for PostgreSQL, and a far year can cross 9999 in UTC, which `toISOString()` no longer
 * writes in four digits; no campaign needs either, so both are refused as `invalid_format` before reaching the store.
 */
export const RequestDateTime = z.iso.datetime({ offset: true }).check(z.regex(/^2\d{3}-/));
export const Uuid = z.uuid();

/** Trimmed, non-empty text up to `max` characters. */
export const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

export const Email = z.string().check(z.trim(), z.maxLength(254), z.email());

/**
 * An email address exactly as written: not trimmed, for query strings, where the published pattern must be what the
 * server accepts (a leading space is refused, not silently dropped).
 */
export const ExactEmail = z.string().check(z.maxLength(254), z.email());

/**
 * A whole number in a query string, `min` to `max`: a JSON number (typed callers), or the decimal digits of one.
 * `pattern` must match exactly the canonical decimal forms of `min`..`max` (no sign, fraction or leading zero), so the
 * published document refuses what the server refuses (`limit=43.85`, `limit=021`); openapi.test.ts compares the two.
 */
export const queryInt = (min: number, max: number, pattern: RegExp) =>
  z.pipe(
    z.union([z.number().check(z.int(), z.gte(min), z.lte(max)), z.string().check(z.regex(pattern))]),
    z.transform((v: number | string) => Number(v)),
  );

/** A percentage 0–100 in a query string: a JSON number, or decimal digits with an optional fraction (`7.5`, `10`). */
export const queryPercent = () =>
  z.pipe(
    z.union([z.number().check(z.gte(0), z.lte(100)), z.string().check(z.regex(PERCENT_PATTERN))]),
    z.transform((v: number | string) => Number(v)),
  );

/** Canonical 0 to 100 with any fraction: `0`, `7.5`, `99.99`, `100`, `100.0`; not `007`, `100.5`, `.5` or `1e2`. */
export const PERCENT_PATTERN = /^(?:100(?:\.0+)?|[1-9]?[0-9](?:\.[0-9]+)?)$/;

/** Optional trimmed text up to `max` characters: empty after trimming counts as not given (the server stores null). */
export const optionalText = (max: number) => z.optional(z.string().check(z.trim(), z.maxLength(max)));
