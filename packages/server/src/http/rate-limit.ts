import { clientAddressHash } from '../services/client-hash.js';
import type { Queryable } from '../store/types.js';
import { ApiError } from './errors.js';

export interface RateLimitState {
  readonly limit: number;
  /** Requests counted in this window, this one included. */
  readonly used: number;
  readonly remaining: number;
  /** Seconds until the window resets. */
  readonly resetSeconds: number;
  /** Length of the window, for `RateLimit-Policy`. */
  readonly windowSeconds: number;
}

/**
 * Buckets: `net` = writes kept from one client network (see clientNetwork); `attempts` = every write
 * attempt from one network, bots included (a flood valve that only ever stops its sender); `partner` =
 * writes kept for one partner site from all networks together; `partner-net` = one network's writes to one
 * partner once that partner's valve has tripped; `sign-in-net` and `sign-in-address` = console sign-in link requests. Network values are named by a keyed hash (`CLIENT_HASH_SECRET`),
 * so raw IP addresses never reach the database (nor, for `sign-in-address`, the addresses people asked links for) and cannot be recovered from it by enumeration.
 */
export function bucketName(kind: 'net' | 'attempts' | 'partner' | 'partner-net' | 'sign-in-net' | 'sign-in-address', value: string, clientHashSecret: string | undefined): string {
  if (kind === 'partner') return `partner:${value}`;
  // createApp always sets one (from CLIENT_HASH_SECRET, the data folder, or a random one for in-memory stores).
  if (!clientHashSecret) throw new Error('A network bucket needs the client hash secret.');
  return `${kind}:${clientAddressHash(clientHashSecret, value)}`;
}

/** How many write attempts one network may make per window, per write it may keep: bots are dropped, not counted, but not without end. */
export const ATTEMPTS_PER_WRITE = 10;

/**
 * Fixed-window counter in the database, so every server instance shares it. Counts this request (unless
 * `count` is false: then it only checks) and throws 429 rate_limited (with Retry-After) once the
 * window's allowance is spent.
 */
export async function hit(
  db: Queryable,
  bucket: string,
  limit: number,
  windowSeconds: number,
  options: { now?: number; count?: boolean; enforce?: boolean } = {},
): Promise<RateLimitState> {
  const now = options.now ?? Date.now();
  const windowMs = windowSeconds * 1000;
  const windowStart = Math.floor(now / windowMs) * windowMs;
  let count: number;
  if (options.count === false) {
    const { rows } = await db.query<{ count: number }>('SELECT count FROM rate_limits WHERE bucket = $1 AND window_start = $2', [
      bucket,
      new Date(windowStart).toISOString(),
    ]);
    // As if this request were counted, so a checked request sees the same numbers as a counted one.
    count = Number(rows[0]?.count ?? 0) + 1;
  } else {
    const { rows } = await db.query<{ count: number }>(
      `INSERT INTO rate_limits (bucket, window_start, count) VALUES ($1, $2, 1)
       ON CONFLICT (bucket, window_start) DO UPDATE SET count = rate_limits.count + 1
       RETURNING count`,
      [bucket, new Date(windowStart).toISOString()],
    );
    count = Number(rows[0]?.count ?? 1);
  }
  const resetSeconds = Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000));
  const state = { limit, used: count, remaining: Math.max(0, limit - count), resetSeconds, windowSeconds };
  if (count > limit && options.enforce !== false) {
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
