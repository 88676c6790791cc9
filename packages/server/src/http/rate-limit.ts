import { createHash } from 'node:crypto';
import type { Queryable } from '../store/types.js';
import { ApiError } from './errors.js';

export interface RateLimitState {
  readonly limit: number;
  readonly remaining: number;
  /** Seconds until the window resets. */
  readonly resetSeconds: number;
  /** Length of the window, for `RateLimit-Policy`. */
  readonly windowSeconds: number;
}

/** Keeps raw IP addresses out of the database: buckets are named by a hash. */
export function bucketName(kind: 'ip' | 'partner', value: string): string {
  if (kind === 'partner') return `partner:${value}`;
  return `ip:${createHash('sha256').update(`sw-rate:${value}`).digest('base64url').slice(0, 22)}`;
}

/**
 * Fixed-window counter in the database, so every server instance shares it. Counts this request and
 * throws 429 rate_limited (with Retry-After) once the window's allowance is spent.
 */
export async function hit(db: Queryable, bucket: string, limit: number, windowSeconds: number, now = Date.now()): Promise<RateLimitState> {
  const windowMs = windowSeconds * 1000;
  const windowStart = Math.floor(now / windowMs) * windowMs;
  const { rows } = await db.query<{ count: number }>(
    `INSERT INTO rate_limits (bucket, window_start, count) VALUES ($1, $2, 1)
     ON CONFLICT (bucket, window_start) DO UPDATE SET count = rate_limits.count + 1
     RETURNING count`,
    [bucket, new Date(windowStart).toISOString()],
  );
  const count = Number(rows[0]?.count ?? 1);
  const resetSeconds = Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000));
  const state = { limit, remaining: Math.max(0, limit - count), resetSeconds, windowSeconds };
  if (count > limit) {
    throw new ApiError('rate_limited',
      `Too many requests. Try again in ${resetSeconds} seconds.`,
      { retryAfter: resetSeconds },
      { 'Retry-After': String(resetSeconds), ...rateLimitHeaders(state) },
    );
  }
  return state;
}

export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    'RateLimit-Limit': String(state.limit),
    'RateLimit-Remaining': String(state.remaining),
    'RateLimit-Reset': String(state.resetSeconds),
    // The quota behind the numbers above (draft-ietf-httpapi-ratelimit-headers): `limit` writes per `w` seconds.
    'RateLimit-Policy': `${state.limit};w=${state.windowSeconds}`,
  };
}

/** The tightest of several limits, for the response headers. */
export function tightest(states: readonly RateLimitState[]): RateLimitState | undefined {
  return [...states].sort((a, b) => a.remaining - b.remaining)[0];
}
