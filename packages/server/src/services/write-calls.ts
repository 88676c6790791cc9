import { ApiError } from '../http/errors.js';
import type { LimitCounts } from '../http/rate-limit.js';
import { idempotencyConflict } from './idempotency.js';
import { duplicateMessage } from './solidarity.js';

/**
 * The write functions of migration 0016 refuse a write by raising SQLSTATE SW400, with the API's error code as the
 * message and a JSON DETAIL (the limits counted so far, and what the error needs); everything the call did is rolled
 * back. This turns such a refusal back into what the API answers (docs/decisions/0010-write-path.md).
 */
export interface Refusal {
  readonly code: string;
  readonly limits: LimitCounts | undefined;
  readonly reason: string | undefined;
}

export const REFUSED_SQLSTATE = 'SW400';

export function refusalOf(error: unknown): Refusal | undefined {
  if (!(error instanceof Error) || (error as { code?: unknown }).code !== REFUSED_SQLSTATE) return undefined;
  let detail: { limits?: LimitCounts; reason?: string } = {};
  try {
    detail = JSON.parse(String((error as { detail?: unknown }).detail ?? '{}')) as typeof detail;
  } catch {
    // No detail: the limits are unknown, the code still says what happened.
  }
  return { code: error.message, limits: detail.limits ?? undefined, reason: detail.reason };
}

/**
 * The error to throw for a failed write call: a refusal becomes its ApiError after the limits it counted are settled
 * (`settle` throws 429 rate_limited itself when a limit was passed; otherwise it records them for the response
 * headers); anything else is returned unchanged.
 */
export function refusedError(error: unknown, settle: (counts: LimitCounts | undefined) => void): unknown {
  const refusal = refusalOf(error);
  if (!refusal) return error;
  settle(refusal.limits);
  switch (refusal.code) {
    case 'idempotency_conflict':
      return idempotencyConflict();
    case 'duplicate_message':
      return duplicateMessage();
    case 'session_not_found':
      return new ApiError('session_not_found', 'There is no canvassing session with this id.');
    case 'session_not_open':
      return refusal.reason === 'cancelled'
        ? new ApiError('session_not_open', 'This session has been cancelled.', { reason: 'cancelled' })
        : new ApiError('session_not_open', 'This session has already started.', { reason: 'past' });
    default:
      // rate_limited with counts that do not pass a limit, or a code this server does not know: a fault, not the caller's.
      return new Error(`write refused with ${refusal.code}`, { cause: error });
  }
}
