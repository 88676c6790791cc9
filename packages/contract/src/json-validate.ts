import type { FieldError, FieldErrorCode } from './errors.js';
import { fieldErrorMessages } from './field-errors.js';
import { graphemeCount } from './graphemes.js';

export { graphemeCount };

/**
 * A tiny JSON Schema interpreter for browser code (`@solidarity-widgets/contract/json-validate`), used with the
 * schemas generated from the zod contract at build time (`@solidarity-widgets/contract/json-schemas`). No zod here:
 * this module and the generated schemas are what the SDK and the widgets download instead of zod/mini.
 *
 * It implements the keywords `z.toJSONSchema` emits for the public schemas, the way zod behaves:
 * - `type` (incl. type arrays and `integer`), `enum`, `const`, `anyOf`/`oneOf` (as "any branch"), `properties`,
 *   `required`, `additionalProperties` (a schema is checked; `false` is ignored: a v1 response may gain fields and zod
 *   strips unknown keys, it does not refuse them), `items`, `minItems`/`maxItems` (an array over
 *   `maxItems` is refused before its items are looked at, as zod does), `minLength`/`maxLength` (in code
 *   points, as zod counts), `pattern` (no flags, as zod's regexes), `minimum`/`maximum`/exclusive*.
 * - `format` is not interpreted: the generator refuses a format without the `pattern` zod actually checks with.
 * - `"x-trim": true` (added by the generator where zod trims): the string is trimmed before its checks, as z.trim() does.
 * - `"x-max-graphemes": n` (from `graphemeText` in common.ts): at most n graphemes, counted by `graphemeCount`, as the
 *   zod check does; reported after `maxLength` in the order zod checks them.
 * - A required property that is missing (or `undefined`) is checked as `undefined` against its schema, so a missing
 *   enum is an `enum` issue and a missing consent box a `const` one, exactly as zod reports them.
 * src/json-schemas.test.ts keeps zod and this validator in agreement.
 */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** One way a value broke a schema: where, which keyword, and that keyword's value in the schema. */
export interface JsonIssue {
  readonly path: readonly (string | number)[];
  readonly keyword: string;
  readonly params: unknown;
}

type Path = (string | number)[];

const regexes = new Map<string, RegExp>();
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function typeOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

function hasType(v: unknown, type: unknown): boolean {
  if (Array.isArray(type)) return type.some((t) => hasType(v, t));
  if (type === 'integer') return Number.isInteger(v);
  // JSON has no NaN or Infinity; zod's z.number() refuses them too.
  if (type === 'number') return typeof v === 'number' && Number.isFinite(v);
  return typeOf(v) === type;
}

function check(schema: JsonSchema, value: unknown, path: Path, out: JsonIssue[]): void {
  const issue = (keyword: string, at: Path = path) => void out.push({ path: at, keyword, params: schema[keyword] });
  if ('const' in schema) {
    if (value !== schema['const']) return issue('const');
  }
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value)) return issue('enum');
  if ('type' in schema && !hasType(value, schema['type'])) return issue('type');
  const branches = schema['anyOf'] ?? schema['oneOf'];
  if (Array.isArray(branches)) {
    const tries = (branches as JsonSchema[]).map((b) => {
      const issues: JsonIssue[] = [];
      check(b, value, path, issues);
      return issues;
    });
    if (tries.some((t) => t.length === 0)) return;
    // Report the branch whose type matched (nullable(X) given a non-null: X's issues), else the union's own issue.
    const typed = tries.find((t) => !(t[0]?.path === path && (t[0].keyword === 'type' || t[0].keyword === 'const' || t[0].keyword === 'enum')));
    if (typed) out.push(...typed);
    else issue(schema['anyOf'] ? 'anyOf' : 'oneOf');
    return;
  }

  if (typeof value === 'string') {
    const s = schema['x-trim'] === true ? value.trim() : value;
    // Lengths in code points, as zod counts them.
    const length = [...s].length;
    for (const [keyword, limit] of Object.entries(schema)) {
      if (keyword === 'minLength' && length < (limit as number)) issue(keyword);
      else if (keyword === 'maxLength' && length > (limit as number)) issue(keyword);
      else if (keyword === 'pattern') {
        let re = regexes.get(limit as string);
        if (!re) regexes.set(limit as string, (re = new RegExp(limit as string)));
        if (!re.test(s)) issue(keyword);
      } else if (keyword === 'x-max-graphemes' && graphemeCount(s) > (limit as number)) issue(keyword);
    }
  } else if (typeof value === 'number') {
    for (const [keyword, limit] of Object.entries(schema)) {
      const n = limit as number;
      if (
        (keyword === 'minimum' && value < n) ||
        (keyword === 'maximum' && value > n) ||
        (keyword === 'exclusiveMinimum' && value <= n) ||
        (keyword === 'exclusiveMaximum' && value >= n)
      ) issue(keyword);
    }
  } else if (Array.isArray(value)) {
    // zod refuses an oversized array before looking at its items; otherwise it parses the items, then the size.
    const max = schema['maxItems'];
    if (typeof max === 'number' && value.length > max) return issue('maxItems');
    const items = schema['items'];
    if (isObject(items)) value.forEach((item, i) => check(items, item, [...path, i], out));
    if (value.length < ((schema['minItems'] as number | undefined) ?? 0)) issue('minItems');
  } else if (isObject(value)) {
    const props = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
    const required = (schema['required'] ?? []) as string[];
    for (const [key, sub] of Object.entries(props)) {
      const v = value[key];
      if (v !== undefined || required.includes(key)) check(sub, v, [...path, key], out);
    }
    const extra = schema['additionalProperties'];
    if (isObject(extra)) {
      for (const [key, v] of Object.entries(value)) if (!(key in props)) check(extra, v, [...path, key], out);
    }
  }
}

/** Every issue of `value` against `schema`, in the order zod would report them; empty when it is valid. */
export function validateJson(schema: JsonSchema, value: unknown): JsonIssue[] {
  const out: JsonIssue[] = [];
  check(schema, value, [], out);
  return out;
}

function codeFor(issue: JsonIssue): FieldErrorCode {
  switch (issue.keyword) {
    case 'maxLength':
    case 'x-max-graphemes':
    case 'maxItems':
    case 'maximum':
    case 'exclusiveMaximum':
      return 'too_long';
    case 'minLength':
    case 'minItems':
      // An empty string or empty list is a missing answer, not a short one.
      return issue.params === 1 ? 'required' : 'too_short';
    case 'minimum':
    case 'exclusiveMinimum':
      return 'too_short';
    case 'pattern':
      return 'invalid_format';
    case 'type':
      // zod's invalid_type (wrong type or missing): toFieldErrors reads it as a missing answer.
      return 'required';
    case 'const':
      // z.literal(true, { error: 'must_accept' }) on a consent box: the supporter has to tick it.
      return issue.params === true ? 'must_accept' : 'invalid_value';
    default:
      return 'invalid_value';
  }
}

/** The same field errors `toFieldErrors(zodIssues)` gives, from {@link validateJson}'s issues: one per field, first wins. */
export function toFieldErrorsFromJson(issues: readonly JsonIssue[]): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of issues) {
    const field = issue.path.join('.') || '(body)';
    if (seen.has(field)) continue;
    seen.add(field);
    const code = codeFor(issue);
    out.push({ field, code, message: fieldErrorMessages[code] });
  }
  return out;
}

/** Checks a request body against its generated schema: `[]` when valid, else one error per field. */
export function fieldErrorsOf(schema: JsonSchema, body: unknown): FieldError[] {
  return toFieldErrorsFromJson(validateJson(schema, body));
}
