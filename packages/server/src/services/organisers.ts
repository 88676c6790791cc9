import { randomUUID } from 'node:crypto';
import type { Queryable } from '../store/types.js';
import { parseScope, toScopes, type Scopes } from './tokens.js';

export type NotifyChoice = 'immediate' | 'digest' | 'off';

export interface Organiser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly language: string;
  readonly scopes: readonly string[];
  readonly notify: NotifyChoice;
  readonly createdAt: string;
  readonly disabledAt: string | null;
  /** When they last opened a console session. */
  readonly lastSignInAt: string | null;
}

interface Row {
  id: string;
  email: string;
  name: string;
  language: string;
  scopes: string[];
  notify: NotifyChoice;
  created_at: Date | string;
  disabled_at: Date | string | null;
  last_sign_in_at: Date | string | null;
}

const iso = (v: Date | string): string => (v instanceof Date ? v : new Date(v)).toISOString();
const toOrganiser = (r: Row): Organiser => ({
  id: r.id,
  email: r.email,
  name: r.name,
  language: r.language,
  scopes: r.scopes,
  notify: r.notify,
  createdAt: iso(r.created_at),
  disabledAt: r.disabled_at === null ? null : iso(r.disabled_at),
  lastSignInAt: r.last_sign_in_at === null ? null : iso(r.last_sign_in_at),
});

const COLUMNS = 'id, email, name, language, scopes, notify, created_at, disabled_at, last_sign_in_at';

export interface NewOrganiser {
  readonly email: string;
  readonly name: string;
  readonly scopes: readonly string[];
  readonly language?: string | undefined;
  readonly notify?: NotifyChoice | undefined;
}

/** Adds an organiser, or updates the one with that email address (scopes, name, language, notify) and enables it. */
export async function upsertOrganiser(db: Queryable, input: NewOrganiser): Promise<Organiser> {
  const bad = input.scopes.filter((s) => parseScope(s) === undefined);
  if (bad.length > 0 || input.scopes.length === 0) throw new Error(`Invalid scope(s): ${bad.join(', ') || '(none given)'}`);
  const { rows } = await db.query<Row>(
    `INSERT INTO organisers (id, email, name, language, scopes, notify) VALUES ($1, lower($2), $3, $4, $5, $6)
     ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name, language = EXCLUDED.language, scopes = EXCLUDED.scopes,
       notify = EXCLUDED.notify, disabled_at = NULL
     RETURNING ${COLUMNS}`,
    [randomUUID(), input.email, input.name, input.language ?? 'en', [...input.scopes], input.notify ?? 'immediate'],
  );
  return toOrganiser(rows[0]!);
}

export async function findOrganiserByEmail(db: Queryable, email: string): Promise<Organiser | undefined> {
  const { rows } = await db.query<Row>(`SELECT ${COLUMNS} FROM organisers WHERE email = lower($1) AND disabled_at IS NULL`, [email]);
  return rows[0] ? toOrganiser(rows[0]) : undefined;
}

export async function findOrganiserById(db: Queryable, id: string): Promise<Organiser | undefined> {
  const { rows } = await db.query<Row>(`SELECT ${COLUMNS} FROM organisers WHERE id = $1 AND disabled_at IS NULL`, [id]);
  return rows[0] ? toOrganiser(rows[0]) : undefined;
}

export async function listOrganisers(db: Queryable): Promise<Organiser[]> {
  const { rows } = await db.query<Row>(`SELECT ${COLUMNS} FROM organisers ORDER BY lower(name), email`);
  return rows.map(toOrganiser);
}

export const organiserScopes = (o: Organiser): Scopes => toScopes(o.scopes);

/**
 * The enabled organisers who should hear about something in a constituency or for a partner: admins, the seat's
 * organisers (`constituency:<code>`) and, for a partner's messages, its moderators (`partner:<slug>`).
 * `notify` filters by their choice (`immediate` for one email per event, `digest` for the daily summary).
 */
export async function organisersToNotify(
  db: Queryable,
  about: { readonly constituency?: string; readonly partner?: string; readonly notify: NotifyChoice | readonly NotifyChoice[] },
): Promise<Organiser[]> {
  const wanted = ['admin'];
  if (about.constituency) wanted.push(`constituency:${about.constituency}`);
  if (about.partner) wanted.push(`partner:${about.partner}`);
  // Several choices in one query (in the order given, then by email), not one query each.
  const choices = typeof about.notify === 'string' ? [about.notify] : [...about.notify];
  const { rows } = await db.query<Row>(
    `SELECT ${COLUMNS} FROM organisers WHERE disabled_at IS NULL AND notify = ANY($1::text[]) AND scopes && $2::text[]
     ORDER BY array_position($1::text[], notify), email`,
    [choices, wanted],
  );
  return rows.map(toOrganiser);
}

/** Any organiser by id, disabled ones included (the admin's organisers page). */
export async function getOrganiser(db: Queryable, id: string): Promise<Organiser | undefined> {
  const { rows } = await db.query<Row>(`SELECT ${COLUMNS} FROM organisers WHERE id = $1`, [id]);
  return rows[0] ? toOrganiser(rows[0]) : undefined;
}

/** Adds an organiser; `undefined` when the address is already an organiser's. */
export async function createOrganiser(db: Queryable, input: NewOrganiser): Promise<Organiser | undefined> {
  const { rows } = await db.query<Row>(
    `INSERT INTO organisers (id, email, name, language, scopes, notify) VALUES ($1, lower($2), $3, $4, $5, $6)
     ON CONFLICT (email) DO NOTHING RETURNING ${COLUMNS}`,
    [randomUUID(), input.email, input.name, input.language ?? 'en', [...input.scopes], input.notify ?? 'immediate'],
  );
  return rows[0] ? toOrganiser(rows[0]) : undefined;
}

export interface OrganiserChanges {
  readonly email?: string | undefined;
  readonly name?: string | undefined;
  readonly language?: string | undefined;
  readonly scopes?: readonly string[] | undefined;
  readonly notify?: NotifyChoice | undefined;
  readonly disabled?: boolean | undefined;
}

/**
 * Changes the fields given. `undefined` when there is no such organiser; throws `'email_taken'` when the new address
 * is another organiser's. Disabling ends their console sessions in the same statement's transaction (caller's tx).
 */
export async function updateOrganiser(db: Queryable, id: string, changes: OrganiserChanges): Promise<Organiser | undefined | 'email_taken'> {
  if (changes.email !== undefined) {
    const { rows } = await db.query('SELECT 1 FROM organisers WHERE email = lower($1) AND id <> $2', [changes.email, id]);
    if (rows.length > 0) return 'email_taken';
  }
  const { rows } = await db.query<Row>(
    `UPDATE organisers SET
       email = COALESCE(lower($2), email), name = COALESCE($3, name), language = COALESCE($4, language),
       scopes = COALESCE($5::text[], scopes), notify = COALESCE($6, notify),
       disabled_at = CASE WHEN $7::boolean IS NULL THEN disabled_at WHEN $7 THEN COALESCE(disabled_at, now()) ELSE NULL END
     WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, changes.email ?? null, changes.name ?? null, changes.language ?? null, changes.scopes ? [...changes.scopes] : null, changes.notify ?? null, changes.disabled ?? null],
  );
  const row = rows[0];
  if (!row) return undefined;
  if (row.disabled_at !== null) await db.query('DELETE FROM console_sessions WHERE organiser_id = $1', [id]);
  return toOrganiser(row);
}
