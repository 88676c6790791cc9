import { toFieldErrors } from '@solidarity-widgets/contract';
import type * as z from 'zod/mini';
import { ApiError } from './errors.js';

export function validationError(fields: ReturnType<typeof toFieldErrors>, message = 'Some fields need attention.'): ApiError {
  return new ApiError('validation_failed', message, { fields });
}

/** Parses `input` with a contract schema or throws 400 validation_failed with one entry per refused field. */
export function validate<S extends z.ZodMiniType>(schema: S, input: unknown, where: 'params' | 'query' | 'body'): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data as z.output<S>;
  const fields = toFieldErrors(result.error.issues);
  const message = where === 'body' ? 'Some fields need attention.' : `The ${where === 'params' ? 'address' : 'query string'} is not valid.`;
  throw validationError(fields, message);
}

/** Query string as an object: one value per name, or an array when a name is repeated (which schemas refuse). */
export function queryObject(url: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const params = new URL(url).searchParams;
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length === 1 ? (all[0] ?? '') : all;
  }
  return out;
}

/**
 * PostgreSQL text cannot hold U+0000, so a NUL anywhere in the input would fail deep in the database.
 * Refuse it up front as a field error instead.
 */
export function rejectNul(value: unknown, where: 'params' | 'query' | 'body'): void {
  // Iterative: hostile bodies can nest thousands of levels deep.
  const stack: { v: unknown; path: string }[] = [{ v: value, path: '' }];
  let field: string | undefined;
  while (stack.length > 0 && field === undefined) {
    const { v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) field = path || '(body)';
    } else if (v !== null && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) stack.push({ v: item, path: path ? `${path}.${k}` : k });
    }
  }
  if (field !== undefined) {
    throw validationError([{ field, code: 'invalid_value', message: 'This value is not allowed.' }], where === 'body' ? 'Some fields need attention.' : 'The request contains a character that is not allowed.');
  }
}
