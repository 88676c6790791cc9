import type * as z from 'zod/mini';
import type { ErrorCode } from './errors.js';

type Schema = z.ZodMiniType;

export interface RouteDef {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI-style path; `{name}` segments come from `params`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  /** `admin`: needs an organiser or moderator bearer token. */
  readonly auth?: 'admin';
  /** The route honours an `Idempotency-Key` header. */
  readonly idempotencyKey?: boolean;
  readonly params?: Schema;
  readonly query?: Schema;
  readonly body?: Schema;
  readonly status: number;
  /** `null` for non-JSON bodies (CSV). */
  readonly response: Schema | null;
  readonly contentType?: string;
  readonly errors: readonly ErrorCode[];
}
