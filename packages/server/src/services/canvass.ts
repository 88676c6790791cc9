import { randomUUID } from 'node:crypto';
import type { CanvassSession, CanvassSignupReceipt, CanvassSignupRequest, CreateCanvassSession } from '@solidarity-widgets/contract';
import type * as z from 'zod/mini';
import type { DataSource } from '../data.js';
import { ApiError } from '../http/errors.js';
import { validationError } from '../http/validation.js';
import type { Queryable } from '../store/types.js';
import { buildIcs } from './ics.js';
import { iso } from './ids.js';

interface SessionRow {
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

const SESSION_COLUMNS = `s.id, s.constituency_code, s.title, s.starts_at, s.ends_at, s.meeting_point, s.organiser_name,
  s.organiser_contact, s.accessibility, s.capacity, s.status,
  (SELECT count(*)::int FROM canvass_signups x WHERE x.session_id = s.id AND x.status = 'confirmed') AS confirmed`;

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
export async function listSessions(db: Queryable, data: DataSource, query: { constituency?: string | undefined }): Promise<CanvassSession[]> {
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

export function sessionIcs(session: CanvassSession, status: 'confirmed' | 'waitlisted' | 'cancelled'): string {
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
  });
}

function receipt(row: SignupRow, session: CanvassSession): CanvassSignupReceipt {
  return {
    signup: { id: row.id, sessionId: row.session_id, status: row.status, createdAt: iso(row.created_at) },
    session,
    ics: sessionIcs(session, row.status),
  };
}

/**
 * Signs someone up inside the caller's transaction. The session row is locked (`FOR UPDATE`), so
 * concurrent sign-ups to one session queue up and the confirmed count can never pass the capacity.
 * The same email on the same session returns the existing sign-up (`created: false`).
 */
export async function signUp(
  tx: Queryable,
  data: DataSource,
  input: SignupInput,
  meta: { origin: string | null },
): Promise<{ created: boolean; receipt: CanvassSignupReceipt }> {
  const locked = await tx.query<{ status: string; starts_at: Date | string; capacity: number }>(
    'SELECT status, starts_at, capacity FROM canvass_sessions WHERE id = $1 FOR UPDATE',
    [input.sessionId],
  );
  const sessionRow = locked.rows[0];
  if (!sessionRow) throw new ApiError('session_not_found', 'There is no canvassing session with this id.');
  if (sessionRow.status === 'cancelled') throw new ApiError('session_not_open', 'This session has been cancelled.', { reason: 'cancelled' });
  if (new Date(sessionRow.starts_at).getTime() <= Date.now()) {
    throw new ApiError('session_not_open', 'This session has already started.', { reason: 'past' });
  }

  const existing = await tx.query<SignupRow>(
    'SELECT id, session_id, status, created_at FROM canvass_signups WHERE session_id = $1 AND lower(email) = lower($2)',
    [input.sessionId, input.email],
  );
  const counted = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM canvass_signups WHERE session_id = $1 AND status = 'confirmed'`,
    [input.sessionId],
  );
  const status = Number(counted.rows[0]?.n ?? 0) < sessionRow.capacity ? 'confirmed' : 'waitlisted';
  let row: SignupRow | undefined = existing.rows[0];
  let created = false;
  if (row && row.status === 'cancelled') {
    // Someone who cancelled and signs up again rejoins at the back of the queue.
    const updated = await tx.query<SignupRow>(
      `UPDATE canvass_signups SET status = $2, name = $3, phone = $4, languages = $5, first_time = $6, consent_version = $7,
         consent_at = now(), partner = $8, origin = $9, created_at = now()
       WHERE id = $1 RETURNING id, session_id, status, created_at`,
      [row.id, status, input.name, input.phone ?? null, input.languages, input.firstTime, input.consentVersion, input.partner ?? null, meta.origin],
    );
    row = updated.rows[0];
    created = true;
  } else if (!row) {
    const inserted = await tx.query<SignupRow>(
      `INSERT INTO canvass_signups (id, session_id, name, email, phone, languages, first_time, consent_version, consent_at,
         partner, origin, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now(), $9, $10, $11)
       RETURNING id, session_id, status, created_at`,
      [
        randomUUID(), input.sessionId, input.name, input.email, input.phone ?? null, input.languages, input.firstTime,
        input.consentVersion, input.partner ?? null, meta.origin, status,
      ],
    );
    row = inserted.rows[0];
    created = true;
  }
  if (!row) throw new Error('sign-up row missing after write');
  const session = await getSession(tx, data, input.sessionId);
  if (!session) throw new Error('session vanished inside its own lock');
  return { created, receipt: receipt(row, session) };
}
