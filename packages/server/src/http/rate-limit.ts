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
 * Buckets: `net` = writes kept from one client network (see clientNetwork; `count`), and every write attempt from it,
 * bots included (`attempts`, a flood valve that only ever stops its sender; migration 0018); `partner` =
 * writes kept for one partner site from all networks together; `partner-net` = one network's writes to one
 * partner once that partner's valve has tripped; `sign-in-net` and `sign-in-address` = console sign-in link requests. Network values are named by a keyed hash (`CLIENT_HASH_SECRET`),
 * so raw IP addresses never reach the database (nor, for `sign-in-address`, the addresses people asked links for) and cannot be recovered from it by enumeration.
 */
export function bucketName(kind: 'net' | 'partner' | 'partner-net' | 'sign-in-net' | 'sign-in-address', value: string, clientHashSecret: string | undefined): string {
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
  /** What this process knows of partners' totals (one per app); without it every write reads the partner's rows. */
  readonly totals?: PartnerTotals;
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
 * Every limit on one public write, in ONE call: the network's attempts (always counted, the flood valve), the
 * network's kept writes (both in the network's one row), the partner's shared count and, once that has passed its
 * allowance, the network's one more write to that partner. Each is counted only if the ones before it held; throws
 * 429 rate_limited for the first that does not. Returns the states the response headers are made from (the
 * network's, and the partner's when the write names one). The work is the PL/pgSQL function `count_write_limits`
 * (migration 0018), whose plans are made once per connection; here it also counts the network's share of the partner.
 *
 * The partner's count is spread over {@link PARTNER_SHARDS} rows: each write adds to its network's shard, and the
 * total is their sum as last committed (or as {@link PartnerTotals} knows it), so writes being made at the same instant
 * may be missing from it; the valve trips a few writes later under a burst, and never refuses anyone outright anyway.
 */
export async function limitWrite(db: Queryable, input: WriteLimitInput): Promise<RateLimitState[]> {
  const { rows } = await db.query<{ limits: LimitCounts }>(
    'SELECT count_write_limits($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, true) AS limits',
    limitArgs(input),
  );
  return limitStates(input, rows[0]?.limits);
}

/**
 * One more attempt by a network whose write failed or could not be read (its transaction, if any, took its counts
 * with it): the flood valve still counts it, and once that is spent the answer is 429 rather than the write's error.
 */
export async function countAttempt(db: Queryable, input: Pick<WriteLimitInput, 'network' | 'perIp' | 'windowSeconds' | 'clientHashSecret' | 'now'>): Promise<void> {
  const now = input.now ?? Date.now();
  const { start, resetSeconds } = windowOf(now, input.windowSeconds);
  const { rows } = await db.query<{ attempts: number }>('SELECT count_write_attempt($1, $2) AS attempts', [
    new Date(start).toISOString(),
    bucketName('net', input.network, input.clientHashSecret),
  ]);
  const state = limitState(input.perIp * ATTEMPTS_PER_WRITE, Number(rows[0]?.attempts ?? 1), resetSeconds, input.windowSeconds);
  if (state.used > state.limit) throw rateLimited(state);
}

/** What `count_write_limits` (and the write functions of migration 0018 that call it) counted; NULL for a limit not reached. */
export interface LimitCounts {
  readonly attempts: number | null;
  readonly net: number | null;
  readonly partner: number | null;
  readonly partner_net: number | null;
  /** The partner's shards' sum before this write, when the call read it (see PartnerTotals). */
  readonly partner_total?: number | null;
}

/**
 * What this process knows of each partner's total in the current window, so that a write need not read the partner's
 * sixteen rows (on these machines that read was a sixth of a message's time in the database): the total last read,
 * for up to a second, plus the writes this process has counted since. Other instances' writes of that second are
 * missing from it, which only matters near the allowance, so it is used only while the total is under half of it;
 * past that every write reads the rows, as before. The valve therefore still trips where it did, give or take the
 * writes being made at the same instant.
 */
export class PartnerTotals {
  static readonly MAX_AGE_MS = 1000;
  readonly #known = new Map<string, { window: number; total: number; readAt: number }>();

  /** The total to count a write against, or null for the call to read it; counts the write when known. */
  take(partner: string, window: number, limit: number, count: boolean, now: number): number | null {
    const known = this.#known.get(partner);
    if (!known || known.window !== window || now - known.readAt > PartnerTotals.MAX_AGE_MS || known.total * 2 >= limit) return null;
    const total = known.total;
    if (count) known.total++;
    return total;
  }

  /** The total a write's call read (before that write), and the write. */
  read(partner: string, window: number, total: number, count: boolean, now: number): void {
    if (this.#known.size >= 1000 && !this.#known.has(partner)) this.#known.clear();
    this.#known.set(partner, { window, total: total + (count ? 1 : 0), readAt: now });
  }
}

/** The ten arguments of `count_write_limits`, which the write functions of migration 0018 take first too. */
export function limitArgs(input: WriteLimitInput): unknown[] {
  const now = input.now ?? Date.now();
  const { start } = windowOf(now, input.windowSeconds);
  // The network's keyed hash names its row and its share of the partner's count: made once.
  const network = bucketName('net', input.network, input.clientHashSecret).slice('net:'.length);
  let shard: string | null = null;
  let shards: readonly string[] = [];
  let total: number | null = null;
  let partnerNet: string | null = null;
  if (input.partner !== undefined) {
    shards = partnerShards(input.partner);
    shard = shards[shardIndex(network)]!;
    total = input.totals?.take(input.partner, start, input.perPartner, input.count, now) ?? null;
    partnerNet = bucketName('partner-net', `${input.partner}\n${input.network}`, input.clientHashSecret);
  }
  return [
    new Date(start).toISOString(), input.count, `net:${network}`, input.perIp * ATTEMPTS_PER_WRITE, input.perIp,
    // The shards are read only when the total is not known: otherwise not even sent.
    shard, total === null ? shards : null, total, input.perPartner, partnerNet,
  ];
}

/**
 * The limit states of a write from what was counted: throws 429 rate_limited for the first limit passed, else returns
 * the states the response headers are made from (the network's, and the partner's when the write names one).
 */
export function limitStates(input: WriteLimitInput, row: LimitCounts | undefined): RateLimitState[] {
  const now = input.now ?? Date.now();
  const { start, resetSeconds } = windowOf(now, input.windowSeconds);
  if (input.partner !== undefined && typeof row?.partner_total === 'number') input.totals?.read(input.partner, start, row.partner_total, input.count, now);
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

/** The rows a partner's shared count is kept in (made once per partner: the same few partners write all day). */
export function partnerShards(partner: string): readonly string[] {
  let shards = shardsByPartner.get(partner);
  if (!shards) {
    shards = Array.from({ length: PARTNER_SHARDS }, (_, i) => `${bucketName('partner', partner, undefined)}#${i}`);
    if (shardsByPartner.size >= 1000) shardsByPartner.clear();
    shardsByPartner.set(partner, shards);
  }
  return shards;
}

const shardsByPartner = new Map<string, readonly string[]>();

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
