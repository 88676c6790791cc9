import { randomUUID } from 'node:crypto';
import { decodeWallCursor, encodeWallCursor, type AuditAction, type AuditEntry } from '@solidarity-widgets/contract';
import type { Queryable } from '../store/types.js';
import type { Scopes } from './tokens.js';
import { iso } from './ids.js';

/** Who did something: a signed-in organiser or a bearer token (its label names a person or a tool). */
export interface Actor {
  readonly type: 'organiser' | 'token';
  readonly id: string;
  readonly label: string;
}

type Detail = string | number | boolean | null;

export interface AuditFacts {
  readonly subject?: { readonly type: string; readonly id: string } | null;
  /** The constituency or partner the action touched: organisers see the entries within their scopes. */
  readonly constituency?: string | null;
  readonly partner?: string | null;
  /** Figures and choices only, never what a person wrote or their address. */
  readonly details?: Readonly<Record<string, Detail>>;
}

/** Records one action. Call it with the transaction that made the change where there is one. */
export async function recordAudit(db: Queryable, actor: Actor, action: AuditAction, facts: AuditFacts = {}): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (id, actor_type, actor_id, actor_name, action, subject_type, subject_id, constituency_code, partner, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb)`,
    [
      randomUUID(), actor.type, actor.id, actor.label, action, facts.subject?.type ?? null, facts.subject?.id ?? null,
      facts.constituency ?? null, facts.partner ?? null, JSON.stringify(facts.details ?? {}),
    ],
  );
}

interface Row {
  id: string;
  at: Date | string;
  at_us: string;
  actor_type: 'organiser' | 'token';
  actor_id: string;
  actor_name: string;
  action: AuditAction;
  subject_type: string | null;
  subject_id: string | null;
  constituency_code: string | null;
  partner: string | null;
  details: Record<string, Detail> | string;
}

/**
 * A page of the log, newest first, keyset-paginated like the wall (the cursor is the last entry's time in µs and id).
 * Admins see everything; others the entries about their constituencies or partners, and their own actions.
 */
export async function auditLogPage(
  db: Queryable,
  scopes: Scopes,
  actor: Actor,
  options: { readonly cursor?: string | undefined; readonly limit?: number | undefined },
): Promise<{ entries: AuditEntry[]; nextCursor: string | null }> {
  const limit = options.limit ?? 50;
  const params: unknown[] = [];
  const where: string[] = [];
  if (!scopes.admin) {
    params.push([...scopes.constituencies], [...scopes.partners], actor.type, actor.id);
    where.push('(constituency_code = ANY($1::text[]) OR partner = ANY($2::text[]) OR (actor_type = $3 AND actor_id = $4))');
  }
  const cursor = options.cursor === undefined ? null : decodeWallCursor(options.cursor);
  if (cursor) {
    params.push(cursor.publishedUs, cursor.id);
    where.push(`(at, id) < (timestamptz 'epoch' + ($${params.length - 1}::bigint * interval '1 microsecond'), $${params.length}::uuid)`);
  }
  params.push(limit + 1);
  const { rows } = await db.query<Row>(
    `SELECT id, at, (extract(epoch from at) * 1000000)::bigint::text AS at_us, actor_type, actor_id, actor_name, action,
       subject_type, subject_id, constituency_code, partner, details
     FROM audit_log ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY at DESC, id DESC LIMIT $${params.length}`,
    params,
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    entries: page.map((r) => ({
      id: r.id,
      at: iso(r.at),
      actor: { type: r.actor_type, id: r.actor_id, name: r.actor_name },
      action: r.action,
      subject: r.subject_type !== null && r.subject_id !== null ? { type: r.subject_type, id: r.subject_id } : null,
      constituency: r.constituency_code,
      partner: r.partner,
      details: typeof r.details === 'string' ? (JSON.parse(r.details) as Record<string, Detail>) : r.details,
    })),
    nextCursor: rows.length > limit && last ? encodeWallCursor(last.at_us, last.id) : null,
  };
}

/** The actor of an authenticated route (mount always sets one there). */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new Error('an authenticated route ran without an actor');
  return actor;
}
