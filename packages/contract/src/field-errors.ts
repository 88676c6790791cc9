import type { FieldError, FieldErrorCode } from './errors.js';

/** The part of a zod issue we read; kept structural so zod's internals never leak into our types. */
export interface IssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message?: string;
  readonly origin?: string;
  readonly format?: string;
  readonly input?: unknown;
  readonly minimum?: unknown;
}

function codeFor(issue: IssueLike): FieldErrorCode {
  switch (issue.code) {
    case 'too_big':
      return 'too_long';
    case 'too_small':
      // An empty string or empty list is a missing answer, not a short one.
      return issue.minimum === 1 && (issue.origin === 'string' || issue.origin === 'array') ? 'required' : 'too_short';
    case 'invalid_format':
      return 'invalid_format';
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'required' : 'invalid_value';
    case 'invalid_value':
      // z.literal(true) on a consent box: the supporter has to tick it.
      return issue.message === 'must_accept' ? 'must_accept' : 'invalid_value';
    default:
      return 'invalid_value';
  }
}

/** The English message of each field error code (widgets show their own translations). */
export const fieldErrorMessages: Readonly<Record<FieldErrorCode, string>> = {
  required: 'This field is required.',
  too_short: 'This is too short.',
  too_long: 'This is too long.',
  invalid_format: 'This is not in the expected format.',
  invalid_value: 'This value is not allowed.',
  must_accept: 'Please tick this box to continue.',
};

/** Turns zod issues into one error per field (the first wins), in a shape that needs no zod to read. */
export function toFieldErrors(issues: readonly IssueLike[]): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of issues) {
    const field = issue.path.map(String).join('.') || '(body)';
    if (seen.has(field)) continue;
    seen.add(field);
    const code = codeFor(issue);
    out.push({ field, code, message: fieldErrorMessages[code] });
  }
  return out;
}
