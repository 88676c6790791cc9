import * as z from 'zod/mini';
import { graphemeCount } from './graphemes.js';

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

/**
 * What free text a person types may contain: anything but control characters (C0, DEL, C1), except tab and line
 * breaks (LF, or CR only as part of CRLF). A lone carriage return or an ESC sequence can make a moderator's terminal
 * show something other than what is stored and later published (issue 11). Bidi marks and isolates are Unicode
 * format characters, not controls, and people writing Arabic or Hebrew need them: they are accepted here and made
 * visible by the admin CLI and CSV exports instead. A `pattern` (not a refine) so the JSON Schema generated for the
 * browser (ADR 0004) enforces the same rule; a refused value is `validation_failed` with the field's `invalid_format`.
 */
export const FREE_TEXT_PATTERN = /^(?:[^\u0000-\u0008\u000b-\u001f\u007f-\u009f]|\r\n)*$/;

/** Trimmed free text (see {@link FREE_TEXT_PATTERN}) up to `max` characters; `required` (default) refuses empty. */
export const freeText = (max: number, { required = true }: { required?: boolean } = {}) =>
  required
    ? z.string().check(z.trim(), z.minLength(1), z.maxLength(max), z.regex(FREE_TEXT_PATTERN))
    : z.string().check(z.trim(), z.maxLength(max), z.regex(FREE_TEXT_PATTERN));

/** Trimmed, non-empty free text up to `max` characters. */
export const text = (max: number) => freeText(max);

/**
 * Trimmed, non-empty free text (see {@link FREE_TEXT_PATTERN}) up to `max` characters as a person counts them
 * (graphemes), and at most `maxCodePoints` UTF-16 units. The grapheme limit travels to browser code as `"x-max-graphemes"` in the generated JSON Schema
 * (src/json-validate.ts checks it), so the widget, the SDK and the server refuse exactly the same texts.
 */
export const graphemeText = (max: number, maxCodePoints: number) =>
  z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(maxCodePoints),
    z.regex(FREE_TEXT_PATTERN),
    z.check((ctx) => {
      if (graphemeCount(ctx.value) > max) {
        ctx.issues.push({ code: 'too_big', origin: 'string', maximum: max, inclusive: true, input: ctx.value });
      }
    }),
    z.meta({ 'x-max-graphemes': max }),
  );

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
export const optionalText = (max: number) => z.optional(freeText(max, { required: false }));
