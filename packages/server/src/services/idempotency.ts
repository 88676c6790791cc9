import { ApiError } from '../http/errors.js';
import type { Queryable } from '../store/types.js';
import { canonicalJson, sha256 } from './ids.js';

export interface StoredResponse {
  readonly status: number;
  /** The JSON body exactly as first sent, so a replay is byte-for-byte the same. */
  readonly bodyText: string;
}

const KEY = /^[\x21-\x7e]{1,200}$/;

/** Validates an `Idempotency-Key` header value (visible ASCII, up to 200 characters). */
export function checkKey(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (!KEY.test(raw)) {
    throw new ApiError('validation_failed', 'The Idempotency-Key header must be 1–200 visible ASCII characters.', {
      fields: [{ field: 'Idempotency-Key', code: 'invalid_format', message: 'This is not in the expected format.' }],
    });
  }
  return raw;
}

export const idempotencyConflict = (): ApiError =>
  new ApiError('idempotency_conflict', 'This Idempotency-Key was already used with a different request. Use a new key for a new request.');

/** A stored response (`idempotency_keys.response`) as sent again: byte-for-byte the first answer. */
export function replayOf(stored: unknown): StoredResponse & { replayed: true } {
  const { status, bodyText } = (typeof stored === 'string' ? JSON.parse(stored) : stored) as Partial<StoredResponse>;
  if (typeof status !== 'number' || typeof bodyText !== 'string') throw new Error('stored idempotent response is malformed');
  return { status, bodyText, replayed: true };
}

export const requestHash = (body: unknown): string => sha256(canonicalJson(body));

/**
 * Runs `work` at most once per (route, key), inside the caller's transaction: the key row is written in
 * the same transaction as the effect, so either both exist or neither does. On PostgreSQL a concurrent
 * retry with the same key waits on the primary key until the first commits, then replays its response.
 * Same key with a different body → 409 idempotency_conflict. Keys expire after 24 hours.
 */
export async function once(
  tx: Queryable,
  route: string,
  key: string | undefined,
  hash: string,
  work: () => Promise<StoredResponse>,
): Promise<StoredResponse & { replayed: boolean }> {
  if (key === undefined) return { ...(await work()), replayed: false };
  // One statement claims the key: a new key is inserted, an expired one (over 24 hours) is taken over as if new, and a
  // live one is left as it is (no row returned: a replay, or a conflict).
  const claimed = await tx.query(
    `INSERT INTO idempotency_keys (key, route, request_hash, status, response) VALUES ($1, $2, $3, 'completed', '{}'::jsonb)
     ON CONFLICT (route, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, response = EXCLUDED.response, created_at = now()
       WHERE idempotency_keys.created_at < now() - interval '24 hours'
     RETURNING key`,
    [key, route, hash],
  );
  if (claimed.rows.length === 0) {
    const { rows } = await tx.query<{ request_hash: string; response: Partial<StoredResponse> }>(
      'SELECT request_hash, response FROM idempotency_keys WHERE route = $1 AND key = $2',
      [route, key],
    );
    const existing = rows[0];
    if (!existing || existing.request_hash !== hash) throw idempotencyConflict();
    return replayOf(existing.response);
  }
  const response = await work();
  await tx.query('UPDATE idempotency_keys SET response = $3::jsonb WHERE route = $1 AND key = $2', [route, key, JSON.stringify(response)]);
  return { ...response, replayed: false };
}
