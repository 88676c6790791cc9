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
