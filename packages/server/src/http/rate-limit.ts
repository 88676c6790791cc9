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

/**
 * A partner's shared count is kept in this many rows (`partner:<slug>#<shard>`), each network writing to one of them
 * (by its hash): writes from different supporters no longer queue on one row's lock, and the count is their sum.
 */
export const PARTNER_SHARDS = 16;

export interface WriteLimitInput {
  /** The client's network (clientNetwork), already known to the caller. */
  readonly network: string;
  readonly partner: string | undefined;
  /** False for a submission the route answers but does not store (the honeypot): it is checked, not counted. */
  readonly count: boolean;
  readonly perIp: number;
  readonly perPartner: number;
  readonly windowSeconds: number;
  readonly clientHashSecret: string | undefined;
  readonly now?: number;
}

function windowOf(now: number, windowSeconds: number) {
  const windowMs = windowSeconds * 1000;
  const start = Math.floor(now / windowMs) * windowMs;
  return { start, resetSeconds: Math.max(1, Math.ceil((start + windowMs - now) / 1000)) };
}

function limitState(limit: number, used: number, resetSeconds: number, windowSeconds: number): RateLimitState {
  return { limit, used, remaining: Math.max(0, limit - used), resetSeconds, windowSeconds };
}

function rateLimited(state: RateLimitState): ApiError {
  return new ApiError('rate_limited',
    `Too many requests. Try again in ${state.resetSeconds} seconds.`,
    { retryAfter: state.resetSeconds },
    { 'Retry-After': String(state.resetSeconds), ...rateLimitHeaders(state) },
  );
}

/**
 * Every limit on one public write, in ONE call (it used to be three or four statements, each its own commit): the
 * network's attempts (always counted, the flood valve), the network's kept writes, the partner's shared count and,
 * once that has passed its allowance, the network's one more write to that partner. Each is counted only if the ones
 * before it held, exactly as when they ran one after another; throws 429 rate_limited for the first that does not.
 * Returns the states the response headers are made from (the network's, and the partner's when the write names one).
 * The work is the PL/pgSQL function `rate_limit_write` (migration 0015), whose plans are made once per connection.
 *
 * The partner's count is spread over {@link PARTNER_SHARDS} rows: this write adds to its network's shard (its own
 * write, so exact) and reads the others as last committed, so writes being made at the same instant may be missing
 * from the sum; the valve trips a few writes later under a burst, and never refuses anyone outright anyway.
 */
export async function limitWrite(db: Queryable, input: WriteLimitInput): Promise<RateLimitState[]> {
  const { rows } = await db.query<LimitCounts>(
    'SELECT attempts, net, partner, partner_net FROM rate_limit_write($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
    limitArgs(input),
  );
  return limitStates(input, rows[0]);
}

/** What `rate_limit_write` (and the write functions of migration 0016 that call it) counted; NULL for a limit not reached. */
export interface LimitCounts {
  readonly attempts: number | null;
  readonly net: number | null;
  readonly partner: number | null;
  readonly partner_net: number | null;
}

/** The ten arguments of `rate_limit_write`, which the write functions of migration 0016 take first too. */
export function limitArgs(input: WriteLimitInput): unknown[] {
  const now = input.now ?? Date.now();
  const { start } = windowOf(now, input.windowSeconds);
  // The network's keyed hash names its attempts, its allowance and its share of the partner's count: made once.
  const network = bucketName('net', input.network, input.clientHashSecret).slice('net:'.length);
  let shard: string | null = null;
  let others: readonly string[] = [];
  let partnerNet: string | null = null;
  if (input.partner !== undefined) {
    const own = shardIndex(network);
    ({ own: shard, others } = shardsOf(input.partner, own));
    partnerNet = bucketName('partner-net', `${input.partner}\n${input.network}`, input.clientHashSecret);
  }
  return [
    new Date(start).toISOString(), input.count, `attempts:${network}`, input.perIp * ATTEMPTS_PER_WRITE,
    `net:${network}`, input.perIp, shard, others, input.perPartner, partnerNet,
  ];
}

/** A partner's row for one shard and the other rows, kept per partner (the same few partners write all day). */
function shardsOf(partner: string, own: number): { own: string; others: readonly string[] } {
  let split = shardSplits.get(partner);
  if (!split) {
    const shards = partnerShards(partner);
    split = shards.map((shard, i) => ({ own: shard, others: shards.filter((_, j) => j !== i) }));
    if (shardSplits.size >= 1000) shardSplits.clear();
    shardSplits.set(partner, split);
  }
  return split[own]!;
}

const shardSplits = new Map<string, { own: string; others: readonly string[] }[]>();

/**
 * The limit states of a write from what was counted: throws 429 rate_limited for the first limit passed, else returns
 * the states the response headers are made from (the network's, and the partner's when the write names one).
 */
export function limitStates(input: WriteLimitInput, row: LimitCounts | undefined): RateLimitState[] {
  const now = input.now ?? Date.now();
  const { resetSeconds } = windowOf(now, input.windowSeconds);
  const perAttempts = input.perIp * ATTEMPTS_PER_WRITE;
  const attempts = limitState(perAttempts, Number(row?.attempts ?? 1), resetSeconds, input.windowSeconds);
  if (attempts.used > attempts.limit) throw rateLimited(attempts);
  const net = limitState(input.perIp, Number(row?.net ?? 1), resetSeconds, input.windowSeconds);
  if (net.used > net.limit) throw rateLimited(net);
  if (input.partner === undefined) return [net];
  const partner = limitState(input.perPartner, Number(row?.partner ?? 1), resetSeconds, input.windowSeconds);
  if (row?.partner_net !== null && row?.partner_net !== undefined) {
    // The partner's valve has tripped: this network keeps one write to it for the rest of the window.
    const partnerNetState = limitState(1, Number(row.partner_net), resetSeconds, input.windowSeconds);
    if (partnerNetState.used > partnerNetState.limit) throw rateLimited(partnerNetState);
  }
  return [net, partner];
}

/** The rows a partner's shared count is kept in. */
export function partnerShards(partner: string): string[] {
  return Array.from({ length: PARTNER_SHARDS }, (_, i) => `${bucketName('partner', partner, undefined)}#${i}`);
}

/** Which of a partner's rows a network adds to: spread by the network's keyed hash, the same on every instance. */
function shardIndex(networkHash: string): number {
  const hash = `net:${networkHash}`;
  let h = 0;
  for (let i = 0; i < hash.length; i++) h = (h * 31 + hash.charCodeAt(i)) >>> 0;
  return h % PARTNER_SHARDS;
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
