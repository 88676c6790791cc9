import { randomUUID } from 'node:crypto';
import type {
  AdminCanvassSignup,
  CanvassSession,
  ListedCanvassSession,
  CanvassSignupCancellation,
  CanvassSignupReceipt,
  CanvassSignupRequest,
  CreateCanvassSession,
  UpdateCanvassSession,
} from '@solidarity-widgets/contract';
import type * as z from 'zod/mini';
import type { DataSource } from '../data.js';
import { distanceKm } from '@solidarity-widgets/data';
import { ApiError } from '../http/errors.js';
import { validationError } from '../http/validation.js';
import type { Queryable } from '../store/types.js';
import { buildIcs } from './ics.js';
import { iso } from './ids.js';
import type { LimitCounts } from '../http/rate-limit.js';
import type { Scopes } from './tokens.js';

export interface SessionRow {
  id: string;
  constituency_code: string;
  title: string;
  starts_at: Date | string;
  ends_at: Date | string;
  meeting_point: string;
  organiser_name: string;
  organiser_contact: string;
  accessibility: string | null;
  capacity: number;
  status: 'open' | 'cancelled';
  confirmed: number;
}

const roundKm = (km: number): number => Math.round(km * 10) / 10;

const SESSION_COLUMNS = `s.id, s.constituency_code, s.title, s.starts_at, s.ends_at, s.meeting_point, s.organiser_name,
  s.organiser_contact, s.accessibility, s.capacity, s.status,
  coalesce((SELECT n.confirmed FROM canvass_session_counts n WHERE n.session_id = s.id), 0) AS confirmed`;

export function toSession(row: SessionRow, data: DataSource): CanvassSession {
  const placesLeft = Math.max(0, row.capacity - Number(row.confirmed));
  return {
    id: row.id,
    constituency: { code: row.constituency_code, name: data.getConstituency(row.constituency_code)?.name ?? row.constituency_code },
    title: row.title,
    startsAt: iso(row.starts_at),
    endsAt: iso(row.ends_at),
    timeZone: 'Europe/London',
    meetingPoint: row.meeting_point,
    organiser: { name: row.organiser_name, contact: row.organiser_contact },
    accessibility: row.accessibility,
    capacity: row.capacity,
    placesLeft,
    status: row.status === 'cancelled' ? 'cancelled' : placesLeft === 0 ? 'full' : 'open',
  };
}

/** Sessions that have not started yet and are not cancelled, soonest first. */
/**
 * Upcoming sessions, soonest first; with `near`, nearest first (then soonest), each with its distance in km from the
 * `near` seat's centroid to the session's seat's. An unknown `near` seat is `constituency_not_found`.
 */
export async function listSessions(
  db: Queryable,
  data: DataSource,
  query: { constituency?: string | undefined; near?: string | undefined },
): Promise<ListedCanvassSession[]> {
  const from = query.near === undefined ? undefined : data.getConstituency(query.near);
  if (query.near !== undefined && !from) throw new ApiError('constituency_not_found', `There is no constituency with the code ${query.near}.`);
  const sessions = await upcomingSessions(db, data, query);
  if (!from) return sessions;
  const withDistance = sessions.map((s) => {
    const seat = data.getConstituency(s.constituency.code);
    return { ...s, distanceKm: seat ? roundKm(distanceKm(from.centroid, seat.centroid)) : Number.POSITIVE_INFINITY };
  });
  // Stable sort: equal distances keep the soonest first.
  return withDistance.filter((s) => Number.isFinite(s.distanceKm)).sort((a, b) => a.distanceKm - b.distanceKm);
}

async function upcomingSessions(db: Queryable, data: DataSource, query: { constituency?: string | undefined }): Promise<CanvassSession[]> {
  const params: unknown[] = [];
  let where = `s.starts_at > now() AND s.status <> 'cancelled'`;
  if (query.constituency) {
    params.push(query.constituency);
    where += ` AND s.constituency_code = $${params.length}`;
  }
  const { rows } = await db.query<SessionRow>(
    `SELECT ${SESSION_COLUMNS} FROM canvass_sessions s WHERE ${where} ORDER BY s.starts_at, s.id LIMIT 200`,
    params,
  );
  return rows.map((r) => toSession(r, data));
}

/** How many upcoming, not cancelled sessions each of `codes` has (seats without any are absent). */
export async function countUpcomingSessions(db: Queryable, codes: readonly string[]): Promise<Map<string, number>> {
  if (codes.length === 0) return new Map();
  const { rows } = await db.query<{ code: string; n: number }>(
    `SELECT s.constituency_code AS code, count(*)::int AS n FROM canvass_sessions s
      WHERE s.starts_at > now() AND s.status <> 'cancelled' AND s.constituency_code = ANY($1::text[]) GROUP BY 1`,
    [[...codes]],
  );
  return new Map(rows.map((r) => [r.code, Number(r.n)]));
}

export async function getSession(db: Queryable, data: DataSource, id: string): Promise<CanvassSession | undefined> {
  const { rows } = await db.query<SessionRow>(`SELECT ${SESSION_COLUMNS} FROM canvass_sessions s WHERE s.id = $1`, [id]);
  return rows[0] ? toSession(rows[0], data) : undefined;
}

export type NewSession = z.output<typeof CreateCanvassSession>;

export async function createSession(db: Queryable, data: DataSource, input: NewSession, id: string = randomUUID()): Promise<CanvassSession> {
  if (!data.getConstituency(input.constituencyCode)) {
    throw new ApiError('constituency_not_found', `There is no constituency with the code ${input.constituencyCode}.`);
  }
  if (Date.parse(input.endsAt) <= Date.parse(input.startsAt)) {
    throw validationError([{ field: 'endsAt', code: 'invalid_value', message: 'The session must end after it starts.' }]);
  }
  await db.query(
    `INSERT INTO canvass_sessions (id, constituency_code, title, starts_at, ends_at, meeting_point, organiser_name,
       organiser_contact, accessibility, capacity)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      id, input.constituencyCode, input.title, iso(input.startsAt), iso(input.endsAt), input.meetingPoint,
      input.organiserName, input.organiserContact, input.accessibility ?? null, input.capacity,
    ],
  );
  const session = await getSession(db, data, id);
  if (!session) throw new Error('session vanished after insert');
  return session;
}

export type SignupInput = z.output<typeof CanvassSignupRequest>;

interface SignupRow {
  id: string;
  session_id: string;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  created_at: Date | string;
}

/**
 * A session's .ics for a supporter with this status. `stamp` is its DTSTAMP: a sign-up's receipt and confirmation carry
 * the sign-up's own time, so the answer made again from the same facts (a replay) is the same, byte for byte.
 */
export function sessionIcs(session: CanvassSession, status: 'confirmed' | 'waitlisted' | 'cancelled', stamp?: Date): string {
  // A session object is one request's or one email's: the same .ics asked twice of it is built once.
  let built = icsOf.get(session);
  if (!built) icsOf.set(session, (built = {}));
  return (built[`${status}:${stamp?.getTime() ?? ''}`] ??= buildSessionIcs(session, status, stamp));
}

const icsOf = new WeakMap<CanvassSession, Record<string, string>>();

function buildSessionIcs(session: CanvassSession, status: 'confirmed' | 'waitlisted' | 'cancelled', stamp: Date | undefined): string {
  const description = [
    status === 'waitlisted'
      ? 'You are on the waiting list: the organiser will tell you if a place comes free.'
      : 'You are signed up to canvass.',
    `Organiser: ${session.organiser.name} (${session.organiser.contact})`,
    session.accessibility ? `Accessibility: ${session.accessibility}` : '',
    `Constituency: ${session.constituency.name}`,
  ]
    .filter((l) => l !== '')
    .join('\n');
  return buildIcs({
    uid: `canvass-session-${session.id}@solidarity-widgets`,
    start: new Date(session.startsAt),
    end: new Date(session.endsAt),
    summary: session.title,
    location: session.meetingPoint,
    description,
    ...(stamp ? { stamp } : {}),
  });
}

/**
 * What a sign-up's answer and emails are made from (migration 0018 `write_canvass_signup`'s `o_facts`): the sign-up, the
 * session as the sign-up left it (with its confirmed count), and where links point. No name, email or phone: this is
 * also what an Idempotency-Key keeps.
 */
export interface SignupFacts {
  readonly id: string;
  readonly sessionId: string;
  readonly status: 'confirmed' | 'waitlisted' | 'cancelled';
  readonly createdAt: string;
  /** False when the same email was already signed up to the session (a repeat without the key): no emails, no token. */
  readonly created: boolean;
  readonly waitlistPosition: number | null;
  readonly partner: string | null;
  /** The absolute base of the answer's and the emails' links (PUBLIC_URL, else the request's origin). */
  readonly base: string;
  readonly session: SessionRow;
}

/** The session of a sign-up's facts, as the API shows it. */
export const factsSession = (facts: SignupFacts, data: DataSource): CanvassSession => toSession(facts.session, data);

/** A sign-up's receipt, made from its facts: the same facts always make the same receipt. */
export function signupReceipt(facts: SignupFacts, data: DataSource, session: CanvassSession = factsSession(facts, data)): CanvassSignupReceipt {
  return {
    signup: { id: facts.id, sessionId: facts.sessionId, status: facts.status, createdAt: iso(facts.createdAt) },
    session,
    ics: sessionIcs(session, facts.status, new Date(facts.createdAt)),
  };
}

/** What a sign-up call is told besides the request: who sent it, its limits' arguments and its Idempotency-Key. */
export interface SignupCall {
  readonly origin: string | null;
  /** http/rate-limit.ts limitArgs: the limits are counted by the same call. */
  readonly limitArgs: readonly unknown[];
  readonly route: string;
  readonly key: string | undefined;
  /** The request's hash (idempotency.ts requestHash), when there is a key. */
  readonly hash: string | null;
  /** SignupFacts.base. */
  readonly base: string;
  /** The supporter's emails' language (services/email/i18n.ts emailLanguage of the request's `language`). */
  readonly emailLanguage: string;
}

export type SignupWrite =
  | { readonly limits: LimitCounts; readonly replay: object; readonly facts: null }
  | { readonly limits: LimitCounts; readonly replay: null; readonly facts: SignupFacts };

interface SignupWriteRow {
  o_limits: LimitCounts;
  o_replay: object | null;
  o_facts: SignupFacts | string | null;
}

const SIGNUP_WRITE = `SELECT o_limits, o_replay, o_facts
  FROM write_canvass_signup($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26)`;

/**
 * Signs someone up in ONE autocommitted call of write_canvass_signup (migrations 0017 and 0018, docs/decisions/0010-write-path.md):
 * the rate limits, the Idempotency-Key (a live key returns its stored answer as `replay`), the session row locked
 * `FOR UPDATE` and checked, then the confirmed count, which (a statement after the lock) sees every sign-up committed
 * while this one waited for it, so the confirmed count can never pass the capacity; the same email's earlier sign-up;
 * the insert or the rejoin; the waitlist position; the confirmation and the organisers' notices written to the outbox
 * as facts (the outbox worker renders them); the answer's facts stored with the key; the partner's count. A refusal (a
 * limit, the key, the session) raises: services/write-calls.ts refusedError.
 * The same email on the same session returns the existing sign-up (`created: false`).
 */
export async function writeSignup(db: Queryable, input: SignupInput, call: SignupCall): Promise<SignupWrite> {
  const { rows } = await db.query<SignupWriteRow>(
    SIGNUP_WRITE,
    [
      ...call.limitArgs, call.route, call.key ?? null, call.hash,
      input.sessionId, randomUUID(), input.email, input.name, input.phone ?? null, input.languages, input.firstTime,
      input.consentVersion, input.partner ?? null, call.origin, input.language ?? null, call.base, call.emailLanguage,
    ],
    { name: 'write_canvass_signup' },
  );
  const row = rows[0];
  if (!row) throw new Error('write_canvass_signup returned no row');
  if (row.o_replay !== null && row.o_replay !== undefined) return { limits: row.o_limits, replay: row.o_replay, facts: null };
  if (!row.o_facts) throw new Error('write_canvass_signup returned no facts');
  const facts = typeof row.o_facts === 'string' ? (JSON.parse(row.o_facts) as SignupFacts) : row.o_facts;
  return { limits: row.o_limits, replay: null, facts };
}

// ---- cancellation, waitlist promotion and organisers' session tools -----------------------------------------

/**
 * Fills free places from the waitlist, earliest sign-up first. The caller holds the session row's lock
 * (`FOR UPDATE`), the same lock every sign-up takes, so confirmed never passes capacity. Nothing moves for a
 * cancelled session or one that has started. Returns the promoted sign-ups' ids.
 */
export async function promoteWaitlisted(tx: Queryable, sessionId: string): Promise<string[]> {
  const { rows } = await tx.query<{ capacity: number; status: string; starts_at: Date | string; confirmed: number }>(
    `SELECT s.capacity, s.status, s.starts_at,
       coalesce((SELECT n.confirmed FROM canvass_session_counts n WHERE n.session_id = s.id), 0) AS confirmed
     FROM canvass_sessions s WHERE s.id = $1`,
    [sessionId],
  );
  const s = rows[0];
  if (!s || s.status === 'cancelled' || new Date(s.starts_at).getTime() <= Date.now()) return [];
  const free = s.capacity - Number(s.confirmed);
  if (free <= 0) return [];
  const promoted = await tx.query<{ id: string }>(
    `UPDATE canvass_signups SET status = 'confirmed', promoted_at = now()
     WHERE id IN (SELECT id FROM canvass_signups WHERE session_id = $1 AND status = 'waitlisted' ORDER BY created_at, id LIMIT $2)
     RETURNING id`,
    [sessionId, free],
  );
  return promoted.rows.map((r) => r.id);
}

/**
 * Told about waitlist promotions inside the transaction that made them, so the promoted people's emails are written
 * with the change (routes pass services/email's emailPromoted; services/canvass.ts stays free of email).
 */
export interface PromotionHooks {
  readonly promoted?: (tx: Queryable, signupIds: readonly string[]) => Promise<void>;
}

const signupNotFound = () => new ApiError('signup_not_found', 'There is no sign-up with this id and cancellation token.');

/**
 * Cancels a sign-up (the token was checked by the caller) and gives its place to the earliest waitlisted
 * person, in the caller's transaction. Cancelling twice changes nothing and answers the same.
 */
export async function cancelSignup(tx: Queryable, data: DataSource, id: string, hooks: PromotionHooks = {}): Promise<CanvassSignupCancellation> {
  const first = await tx.query<{ session_id: string }>('SELECT session_id FROM canvass_signups WHERE id = $1', [id]);
  const sessionId = first.rows[0]?.session_id;
  if (!sessionId) throw signupNotFound();
  // Session first, like sign-ups: one lock order everywhere, so no deadlocks and no overbooking.
  await tx.query('SELECT 1 FROM canvass_sessions WHERE id = $1 FOR UPDATE', [sessionId]);
  const found = await tx.query<SignupRow>('SELECT id, session_id, status, created_at FROM canvass_signups WHERE id = $1 FOR UPDATE', [id]);
  let row = found.rows[0];
  if (!row) throw signupNotFound(); // erased meanwhile
  if (row.status !== 'cancelled') {
    const updated = await tx.query<SignupRow>(
      `UPDATE canvass_signups SET status = 'cancelled', cancelled_at = now() WHERE id = $1 RETURNING id, session_id, status, created_at`,
      [id],
    );
    row = updated.rows[0] ?? row;
    const promoted = await promoteWaitlisted(tx, sessionId);
    await hooks.promoted?.(tx, promoted);
  }
  const session = await getSession(tx, data, sessionId);
  if (!session) throw new Error('session vanished inside its own lock');
  return { signup: { id: row.id, sessionId: row.session_id, status: row.status, createdAt: iso(row.created_at) }, session };
}

const organises = (scopes: Scopes, constituencyCode: string): boolean => scopes.admin || scopes.constituencies.has(constituencyCode);

/** Another organiser's session is answered exactly like a missing one: its existence is not revealed. */
const sessionNotFound = () => new ApiError('session_not_found', 'There is no canvassing session with this id among the ones you organise.');

async function lockOwnSession(tx: Queryable, scopes: Scopes, id: string) {
  const { rows } = await tx.query<{ constituency_code: string; status: string; starts_at: Date | string; ends_at: Date | string }>(
    'SELECT constituency_code, status, starts_at, ends_at FROM canvass_sessions WHERE id = $1 FOR UPDATE',
    [id],
  );
  const row = rows[0];
  if (!row || !organises(scopes, row.constituency_code)) throw sessionNotFound();
  return row;
}

export type SessionPatch = z.output<typeof UpdateCanvassSession>;

/** An organiser's edit. A larger capacity promotes from the waitlist; one below the confirmed count is refused. */
export async function updateSession(
  tx: Queryable,
  data: DataSource,
  scopes: Scopes,
  id: string,
  patch: SessionPatch,
  hooks: PromotionHooks = {},
): Promise<CanvassSession> {
  const row = await lockOwnSession(tx, scopes, id);
  if (row.status === 'cancelled') throw new ApiError('session_not_open', 'This session has been cancelled and can no longer be edited.', { reason: 'cancelled' });
  const startsAt = patch.startsAt ?? iso(row.starts_at);
  const endsAt = patch.endsAt ?? iso(row.ends_at);
  if (Date.parse(endsAt) <= Date.parse(startsAt)) {
    throw validationError([{ field: 'endsAt', code: 'invalid_value', message: 'The session must end after it starts.' }]);
  }
  if (patch.capacity !== undefined) {
    const counted = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM canvass_signups WHERE session_id = $1 AND status = 'confirmed'`, [id]);
    const confirmed = Number(counted.rows[0]?.n ?? 0);
    if (patch.capacity < confirmed) {
      throw new ApiError(
        'capacity_below_confirmed',
        `${confirmed} people are already confirmed for this session, more than ${patch.capacity} places. Ask some to cancel first.`,
        { confirmed, capacity: patch.capacity },
      );
    }
  }
  const columns: Record<string, unknown> = {
    title: patch.title,
    starts_at: patch.startsAt === undefined ? undefined : iso(patch.startsAt),
    ends_at: patch.endsAt === undefined ? undefined : iso(patch.endsAt),
    meeting_point: patch.meetingPoint,
    organiser_name: patch.organiserName,
    organiser_contact: patch.organiserContact,
    accessibility: patch.accessibility,
    capacity: patch.capacity,
  };
  const params: unknown[] = [id];
  const sets: string[] = ['updated_at = now()'];
  for (const [column, value] of Object.entries(columns)) {
    if (value === undefined) continue;
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  }
  await tx.query(`UPDATE canvass_sessions SET ${sets.join(', ')} WHERE id = $1`, params);
  await hooks.promoted?.(tx, await promoteWaitlisted(tx, id));
  const session = await getSession(tx, data, id);
  if (!session) throw new Error('session vanished inside its own lock');
  return session;
}

/** Cancels a session (idempotent). Sign-ups are kept, so the organiser can still tell people. */
export async function cancelSession(tx: Queryable, data: DataSource, scopes: Scopes, id: string): Promise<CanvassSession> {
  const row = await lockOwnSession(tx, scopes, id);
  if (row.status !== 'cancelled') {
    await tx.query(`UPDATE canvass_sessions SET status = 'cancelled', cancelled_at = now(), updated_at = now() WHERE id = $1`, [id]);
  }
  const session = await getSession(tx, data, id);
  if (!session) throw new Error('session vanished inside its own lock');
  return session;
}

/** The token's sessions (every one for `admin`), cancelled ones too, that ended at most 30 days ago; soonest first. */
export async function listOwnSessions(db: Queryable, data: DataSource, scopes: Scopes): Promise<CanvassSession[]> {
  const params: unknown[] = [];
  let where = `s.ends_at > now() - interval '30 days'`;
  if (!scopes.admin) {
    params.push([...scopes.constituencies]);
    where += ' AND s.constituency_code = ANY($1::text[])';
  }
  const { rows } = await db.query<SessionRow>(`SELECT ${SESSION_COLUMNS} FROM canvass_sessions s WHERE ${where} ORDER BY s.starts_at, s.id LIMIT 500`, params);
  return rows.map((r) => toSession(r, data));
}

interface AdminSignupRow {
  id: string;
  session_id: string;
  title: string;
  starts_at: Date | string;
  constituency_code: string;
  name: string;
  email: string;
  phone: string | null;
  languages: string[];
  first_time: boolean;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  consent_version: string;
  consent_at: Date | string;
  partner: string | null;
  created_at: Date | string;
  promoted_at: Date | string | null;
  cancelled_at: Date | string | null;
  attended: boolean | null;
}

/** Sign-ups in the token's sessions (all for `admin`), optionally one session's; another organiser's session is 404. */
export async function listSignups(db: Queryable, data: DataSource, scopes: Scopes, sessionId?: string, signupId?: string): Promise<AdminCanvassSignup[]> {
  const params: unknown[] = [];
  const where: string[] = [];
  if (signupId !== undefined) {
    params.push(signupId);
    where.push(`u.id = $${params.length}`);
  }
  if (sessionId !== undefined) {
    const found = await db.query<{ constituency_code: string }>('SELECT constituency_code FROM canvass_sessions WHERE id = $1', [sessionId]);
    const code = found.rows[0]?.constituency_code;
    if (code === undefined || !organises(scopes, code)) throw sessionNotFound();
    params.push(sessionId);
    where.push(`u.session_id = $${params.length}`);
  }
  if (!scopes.admin) {
    params.push([...scopes.constituencies]);
    where.push(`s.constituency_code = ANY($${params.length}::text[])`);
  }
  const { rows } = await db.query<AdminSignupRow>(
    `SELECT u.id, u.session_id, s.title, s.starts_at, s.constituency_code, u.name, u.email, u.phone, u.languages, u.first_time,
       u.status, u.consent_version, u.consent_at, u.partner, u.created_at, u.promoted_at, u.cancelled_at, u.attended
     FROM canvass_signups u JOIN canvass_sessions s ON s.id = u.session_id
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY s.starts_at, s.id, u.created_at, u.id`,
    params,
  );
  return rows.map((r) => ({
    id: r.id,
    sessionId: r.session_id,
    sessionTitle: r.title,
    sessionStartsAt: iso(r.starts_at),
    constituency: { code: r.constituency_code, name: data.getConstituency(r.constituency_code)?.name ?? r.constituency_code },
    name: r.name,
    email: r.email,
    phone: r.phone,
    languages: r.languages,
    firstTime: r.first_time,
    status: r.status,
    consentVersion: r.consent_version,
    consentAt: iso(r.consent_at),
    partner: r.partner,
    createdAt: iso(r.created_at),
    promotedAt: r.promoted_at === null ? null : iso(r.promoted_at),
    cancelledAt: r.cancelled_at === null ? null : iso(r.cancelled_at),
    attended: r.attended,
  }));
}

/**
 * Marks whether a person came (`null` clears the mark). A sign-up outside the caller's constituencies is
 * `signup_not_found`, exactly like one that does not exist. Returns the sign-up and its seat (for the audit log).
 */
export async function setAttendance(tx: Queryable, data: DataSource, scopes: Scopes, id: string, attended: boolean | null): Promise<AdminCanvassSignup> {
  const found = await listSignups(tx, data, scopes, undefined, id);
  if (!found[0]) throw new ApiError('signup_not_found', 'No sign-up has this id.');
  await tx.query('UPDATE canvass_signups SET attended = $2 WHERE id = $1', [id, attended]);
  return { ...found[0], attended };
}
