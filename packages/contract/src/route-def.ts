import type * as z from 'zod/mini';
import type { ErrorCode } from './errors.js';

type Schema = z.ZodMiniType;

export interface RouteDef {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI-style path; `{name}` segments come from `params`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  /**
   * `admin`: needs an organiser or moderator bearer token, or a console session cookie (`sw_console`).
   * `console`: needs the console session cookie. Cookie-authenticated writes also need `X-CSRF-Token`.
   */
  readonly auth?: 'admin' | 'console';
  /** The route honours an `Idempotency-Key` header. */
  readonly idempotencyKey?: boolean;
  readonly params?: Schema;
  readonly query?: Schema;
  readonly body?: Schema;
  /** The usual success status. */
  readonly status: number;
  /**
   * Other success statuses the route can answer with, and when (optional: most routes have one). They share
   * `response`'s schema. Example: a repeated sign-up answers 200 with the existing sign-up instead of 201.
   */
  readonly otherStatuses?: readonly { readonly status: number; readonly when: string }[];
  /** `null` for non-JSON bodies (CSV). */
  readonly response: Schema | null;
  readonly contentType?: string;
  /**
   * Every error code the route can answer with because of the request (documented per status in the OpenAPI
   * document). Server faults (codes sent with a 5xx) apply to every route and are added by the generator, so they
   * are not listed here. routes.test.ts checks the codes the server's own machinery implies (see impliedErrors).
   */
  readonly errors: readonly ErrorCode[];
}

/**
 * The codes a route can answer with because of how the server mounts it, whatever its handler does: input it
 * validates (`validation_failed`), a JSON body (`invalid_json`, `payload_too_large`), an `Idempotency-Key`
 * (`validation_failed` for a malformed key, `idempotency_conflict`), a token (`unauthorized`), a write from a browser
 * (`origin_not_allowed`), a cookie-authenticated write (`csrf_failed`) and the rate limit on public writes (`rate_limited`). A route must list at least these.
 */
export function impliedErrors(route: RouteDef): ErrorCode[] {
  const codes: ErrorCode[] = [];
  if (route.params || route.query || route.body || route.idempotencyKey) codes.push('validation_failed');
  if (route.body) codes.push('invalid_json');
  // Every write has a body limit, whether or not it expects a body (the server refuses a large one unread).
  if (route.body || route.method !== 'GET') codes.push('payload_too_large');
  if (route.idempotencyKey) codes.push('idempotency_conflict');
  if (route.auth) codes.push('unauthorized');
  if (route.method !== 'GET') {
    codes.push('origin_not_allowed');
    // A write with the console's session cookie must prove it comes from the console (CSRF token, same origin).
    if (route.auth) codes.push('csrf_failed');
    else codes.push('rate_limited');
  }
  return codes;
}
