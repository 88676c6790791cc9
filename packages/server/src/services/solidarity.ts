import { randomUUID } from 'node:crypto';
import { decodeWallCursor, encodeWallCursor } from '@solidarity-widgets/contract';
import type {
  ModerationQueueItem,
  SolidarityMessageReceipt,
  SolidarityMessageRequest,
  SolidarityWallPage,
} from '@solidarity-widgets/contract';
import type * as z from 'zod/mini';
import { ApiError } from '../http/errors.js';
import { validationError } from '../http/validation.js';
import type { Queryable } from '../store/types.js';
import { iso, sha256 } from './ids.js';
import type { Scopes } from './tokens.js';
import type { LimitCounts } from '../http/rate-limit.js';

/** The same text from the same partner is already waiting or on the wall (one-call write or the long way alike). */
export const duplicateMessage = () =>
  new ApiError('duplicate_message', 'This message has already been sent. It will appear once a moderator approves it.');

export type NewMessage = z.output<typeof SolidarityMessageRequest>;

/** Case, accents' composed forms, spacing and punctuation do not make a message new. */
export function normaliseMessage(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

export const messageHash = (text: string): string => sha256(normaliseMessage(text));

/** A bot filled the hidden field: people never see it, so this is the one sure sign. */
export function filledHoneypot(input: NewMessage): boolean {
  return input.website !== undefined && input.website.trim() !== '';
}

/**
 * Sent faster than the form's minimum time. Not proof of a bot (a supporter who pastes a prepared message,
 * or sends a second one, is quick), so such a message is kept and marked for moderators, never dropped.
 */
export function sentQuickly(input: NewMessage, minFormMs: number): boolean {
  return input.elapsedMs !== undefined && input.elapsedMs < minFormMs;
}

/**
 * Stores a message as `pending`. Honeypot hits get the same 202 receipt as people but nothing is stored
 * (a random id that leads nowhere), so bots learn nothing and no bot text reaches moderators.
 * The same normalised text from the same partner within 24 hours → 409 duplicate_message.
 */
export async function submitMessage(
  tx: Queryable,
  input: NewMessage,
  meta: { origin: string | null; minFormMs: number },
): Promise<SolidarityMessageReceipt> {
  if (filledHoneypot(input)) {
    return { message: { id: randomUUID(), status: 'pending', createdAt: new Date().toISOString() } };
  }
  const hash = messageHash(input.message);
  const partner = input.partner ?? null;
  // Two identical sends racing each other: only one passes the duplicate check. The lock is its own statement so the
  // check and write after it (a new statement, a new snapshot) see a message its holder committed meanwhile.
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`solidarity:${partner ?? ''}:${hash}`]);
  const id = randomUUID();
  // The duplicate check and the write in one statement: the message is written only when no duplicate exists.
  const { rows } = await tx.query<{ duplicate: boolean; created_at: Date | string | null }>(
    `WITH dup AS (
       SELECT 1 FROM solidarity_messages
       WHERE message_hash = $10::text AND partner IS NOT DISTINCT FROM $8::text AND created_at > now() - interval '24 hours' LIMIT 1
     ),
     ins AS (
       INSERT INTO solidarity_messages (id, name, organisation, country, language, message, email, partner, origin, status, message_hash, sent_quickly)
       SELECT $1::uuid, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::text, $9::text, 'pending', $10::text, $11::boolean
       WHERE NOT EXISTS (SELECT 1 FROM dup)
       RETURNING created_at
     )
     SELECT EXISTS (SELECT 1 FROM dup) AS duplicate, (SELECT created_at FROM ins) AS created_at`,
    [
      id, input.name, input.organisation?.trim() ? input.organisation : null, input.country, input.language, input.message,
      input.email ?? null, partner, meta.origin, hash, sentQuickly(input, meta.minFormMs),
    ],
  );
  if (rows[0]?.duplicate) throw duplicateMessage();
  return { message: { id, status: 'pending', createdAt: iso(rows[0]?.created_at ?? new Date()) } };
}

/** What a message call is told besides the request (see services/canvass.ts SignupCall). */
export interface MessageCall {
  readonly origin: string | null;
  readonly minFormMs: number;
  /** MODERATION_NOTICE_MINUTES: a moderator due a notice makes the write go the long way (routes/solidarity.ts). */
  readonly noticeMinutes: number;
  readonly limitArgs: readonly unknown[];
  readonly route: string;
  readonly key: string | undefined;
  readonly hash: string | null;
}

const MESSAGE_WRITE = `SELECT o_limits, o_replay FROM write_solidarity_message($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14,
  $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28)`;

/**
 * A message in ONE autocommitted call of write_solidarity_message (migrations 0016 and 0018, docs/decisions/0010-write-path.md): the
 * rate limits, the Idempotency-Key (a live key returns its stored response as `replay`), the duplicate check under its
 * advisory lock and the message, stored as `pending`; the receipt is made here (its id and time are this process's)
 * and stored with the key. A honeypot hit is answered the same and stored nowhere. A refusal raises
 * (services/write-calls.ts), `needs_transaction` included: a moderator is due a notice, which only the long way sends.
 */
export async function writeMessage(
  db: Queryable,
  input: NewMessage,
  call: MessageCall,
): Promise<{ limits: LimitCounts; replay: object | null; bodyText: string }> {
  const id = randomUUID();
  const createdAt = new Date().toISOString();
  const receipt: SolidarityMessageReceipt = { message: { id, status: 'pending', createdAt } };
  const bodyText = JSON.stringify(receipt);
  const store = !filledHoneypot(input);
  const hash = store ? messageHash(input.message) : null;
  const { rows } = await db.query<{ o_limits: LimitCounts; o_replay: object | null }>(
    MESSAGE_WRITE,
    [
      ...call.limitArgs, call.route, call.key ?? null, call.hash, call.key === undefined ? null : JSON.stringify({ status: 202, bodyText }),
      store, id, createdAt, input.name, input.organisation?.trim() ? input.organisation : null, input.country, input.language,
      input.message, input.email ?? null, input.partner ?? null, call.origin, hash, sentQuickly(input, call.minFormMs), call.noticeMinutes,
    ],
    { name: 'write_solidarity_message' },
  );
  const row = rows[0];
  if (!row) throw new Error('write_solidarity_message returned no row');
  return { limits: row.o_limits, replay: row.o_replay ?? null, bodyText };
}

interface MessageRow {
  id: string;
  name: string;
  organisation: string | null;
  country: string;
  language: string;
  message: string;
  partner: string | null;
  status: 'pending' | 'approved' | 'rejected';
  rejection_reason: string | null;
  created_at: Date | string;
  published_at: Date | string | null;
  published_us: string | null;
  sent_quickly: boolean;
}

const MESSAGE_COLUMNS = `id, name, organisation, country, language, message, partner, status, rejection_reason, created_at, published_at, sent_quickly,
  (extract(epoch FROM published_at) * 1000000)::bigint::text AS published_us`;

// Cursor: base64url("<published_at in µs since epoch>.<id>"); opaque to clients. The contract owns the format (its
// schema refuses any other cursor, so a crafted one never reaches SQL); these wrappers keep the server's names.
export function encodeCursor(publishedUs: string, id: string): string {
  return encodeWallCursor(publishedUs, id);
}

export function decodeCursor(cursor: string): { publishedUs: string; id: string } {
  const decoded = decodeWallCursor(cursor);
  if (!decoded) throw validationError([{ field: 'cursor', code: 'invalid_value', message: 'This value is not allowed.' }], 'The cursor is not valid.');
  return decoded;
}

/** The `wall_totals` scope of the all-partners wall; no partner slug can be '*'. */
export const WALL_ALL_PARTNERS = '*';

/** The page query of {@link wall}, apart so tests can EXPLAIN exactly what a request runs. */
export function wallPageQuery(query: { partner?: string | undefined; cursor?: string | undefined; limit?: number | undefined }): { sql: string; params: unknown[] } {
  const limit = query.limit ?? 20;
  const params: unknown[] = [];
  let filter = `status = 'approved'`;
  if (query.partner !== undefined) {
    params.push(query.partner);
    filter += ` AND partner = $${params.length}`;
  }
  if (query.cursor !== undefined) {
    const { publishedUs, id } = decodeCursor(query.cursor);
    params.push(publishedUs, id);
    filter += ` AND (published_at, id) < (timestamptz 'epoch' + ($${params.length - 1}::bigint * interval '1 microsecond'), $${params.length}::uuid)`;
  }
  params.push(limit + 1);
  return {
    sql: `SELECT ${MESSAGE_COLUMNS} FROM solidarity_messages WHERE ${filter} ORDER BY published_at DESC, id DESC LIMIT $${params.length}`,
    params,
  };
}

/**
 * Approved messages, newest first, keyset-paginated; totals count the whole wall for this filter. The page is one
 * index range scan (partial indexes of migration 0008) and the totals one row, whatever the size of the wall.
 */
export async function wall(db: Queryable, query: { partner?: string | undefined; cursor?: string | undefined; limit?: number | undefined }): Promise<SolidarityWallPage> {
  const limit = query.limit ?? 20;
  const pageQuery = wallPageQuery(query);
  const { rows } = await db.query<MessageRow>(pageQuery.sql, pageQuery.params);
  // Kept by a trigger in the transaction that changes a message (migration 0008), so a page reads one row
  // instead of counting the whole wall. No row yet: nothing was ever approved for this partner.
  const totals = await db.query<{ messages: number; countries: number }>(
    'SELECT messages, countries FROM wall_totals WHERE scope = $1',
    [query.partner ?? WALL_ALL_PARTNERS],
  );
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    messages: page.map((r) => ({
      id: r.id,
      name: r.name,
      organisation: r.organisation,
      country: r.country,
      language: r.language,
      message: r.message,
      publishedAt: iso(r.published_at ?? r.created_at),
    })),
    nextCursor: rows.length > limit && last?.published_us ? encodeCursor(last.published_us, last.id) : null,
    totals: { messages: Number(totals.rows[0]?.messages ?? 0), countries: Number(totals.rows[0]?.countries ?? 0) },
  };
}

function toQueueItem(r: MessageRow): ModerationQueueItem {
  return {
    id: r.id,
    name: r.name,
    organisation: r.organisation,
    country: r.country,
    language: r.language,
    message: r.message,
    status: r.status,
    partner: r.partner,
    createdAt: iso(r.created_at),
    publishedAt: r.published_at === null ? null : iso(r.published_at),
    rejectionReason: r.rejection_reason,
    sentQuickly: r.sent_quickly,
  };
}

/** Messages a token may moderate: every partner's for `admin`, otherwise only its partners'. */
export async function moderationQueue(db: Queryable, scopes: Scopes, status: 'pending' | 'approved' | 'rejected' = 'pending'): Promise<ModerationQueueItem[]> {
  const params: unknown[] = [status];
  let filter = 'status = $1';
  if (!scopes.admin) {
    params.push([...scopes.partners]);
    filter += ' AND partner = ANY($2::text[])';
  }
  const order = status === 'pending' ? 'created_at ASC, id ASC' : 'created_at DESC, id DESC';
  const { rows } = await db.query<MessageRow>(`SELECT ${MESSAGE_COLUMNS} FROM solidarity_messages WHERE ${filter} ORDER BY ${order} LIMIT 500`, params);
  return rows.map(toQueueItem);
}

/** Partner moderators (and admins) may touch messages; a token that moderates nothing is refused before any lookup. */
function assertModerator(scopes: Scopes): void {
  if (!scopes.admin && scopes.partners.size === 0) throw new ApiError('forbidden', 'Only partner moderators can moderate messages.');
}

/**
 * Erases one message by id, whatever its status: messages may be sent without an email, so `erasePerson` cannot
 * find them. Same reach as moderation: an admin any message, a partner moderator its partner's; anything else is
 * answered as missing.
 */
export async function eraseMessage(tx: Queryable, scopes: Scopes, id: string): Promise<{ solidarityMessages: number }> {
  assertModerator(scopes);
  const { rowCount } = scopes.admin
    ? await tx.query('DELETE FROM solidarity_messages WHERE id = $1', [id])
    : await tx.query('DELETE FROM solidarity_messages WHERE id = $1 AND partner = ANY($2::text[])', [id, [...scopes.partners]]);
  if (rowCount === 0) throw new ApiError('message_not_found', 'There is no message with this id among the ones you moderate.');
  return { solidarityMessages: rowCount };
}

/** Rejected messages (a person's name and words, never published) are deleted this many days after rejection. */
export const REJECTED_RETENTION_DAYS = 30;

/**
 * Deletes rejected messages older than {@link REJECTED_RETENTION_DAYS}: all of them (the server's periodic
 * housekeeping, or an admin), or a partner moderator's own partners'.
 */
export async function purgeRejected(db: Queryable, scopes: Scopes | 'all' = 'all'): Promise<number> {
  const old = `status = 'rejected' AND rejected_at < now() - make_interval(days => ${REJECTED_RETENTION_DAYS})`;
  if (scopes === 'all' || scopes.admin) return (await db.query(`DELETE FROM solidarity_messages WHERE ${old}`)).rowCount;
  assertModerator(scopes);
  return (await db.query(`DELETE FROM solidarity_messages WHERE ${old} AND partner = ANY($1::text[])`, [[...scopes.partners]])).rowCount;
}

/** Approve (publish now, or keep the first publication time) or reject. The text is never editable. */
export async function moderate(
  tx: Queryable,
  scopes: Scopes,
  id: string,
  decision: { decision: 'approve' | 'reject'; reason?: string | undefined },
): Promise<ModerationQueueItem> {
  // A token that moderates nothing is refused before the lookup, so the answer never depends on the id.
  assertModerator(scopes);
  const found = await tx.query<{ partner: string | null }>('SELECT partner FROM solidarity_messages WHERE id = $1 FOR UPDATE', [id]);
  const row = found.rows[0];
  // Another partner's message is answered exactly like a missing one: its existence is not revealed.
  if (!row || (!scopes.admin && (row.partner === null || !scopes.partners.has(row.partner)))) {
    throw new ApiError('message_not_found', 'There is no message with this id among the ones you moderate.');
  }
  const { rows } =
    decision.decision === 'approve'
      ? await tx.query<MessageRow>(
          `UPDATE solidarity_messages SET status = 'approved', rejection_reason = NULL, rejected_at = NULL, published_at = coalesce(published_at, now())
           WHERE id = $1 RETURNING ${MESSAGE_COLUMNS}`,
          [id],
        )
      : await tx.query<MessageRow>(
          `UPDATE solidarity_messages SET status = 'rejected', rejection_reason = $2, published_at = NULL,
             rejected_at = CASE WHEN status = 'rejected' THEN coalesce(rejected_at, now()) ELSE now() END
           WHERE id = $1 RETURNING ${MESSAGE_COLUMNS}`,
          [id, decision.reason ?? null],
        );
  if (!rows[0]) throw new Error('message vanished inside its own lock');
  return toQueueItem(rows[0]);
}
