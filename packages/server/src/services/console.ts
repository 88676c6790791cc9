import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { ConsoleLanguage, type ConsoleMe, type ConsoleRole, type Organiser as OrganiserView } from '@solidarity-widgets/contract';
import type { Queryable, Store } from '../store/types.js';
import { recordAudit } from './audit.js';
import { signInLinkEmail } from './email/sign-in-link.js';
import { iso, sha256 } from './ids.js';
import { findOrganiserByEmail, organiserScopes, type Organiser } from './organisers.js';
import { enqueueEmail } from './outbox.js';
import type { Scopes } from './tokens.js';

/** How long an emailed sign-in link works. */
export const SIGN_IN_LINK_MINUTES = 15;
/** A session ends after this long without a request… */
export const SESSION_IDLE_SECONDS = 2 * 3600;
/** …and this long after sign-in, whatever. */
export const SESSION_ABSOLUTE_SECONDS = 12 * 3600;

/** 32 random bytes, base64url (43 characters): link tokens, session ids and CSRF tokens. */
const secret = (): string => randomBytes(32).toString('base64url');

export function roleOf(scopes: Scopes): ConsoleRole {
  if (scopes.admin) return 'admin';
  return scopes.constituencies.size > 0 ? 'organiser' : 'moderator';
}

const LANGUAGES: ReadonlySet<string> = new Set(ConsoleLanguage.options);

/** An organiser as the API shows them. */
export function organiserView(o: Organiser): OrganiserView {
  return {
    id: o.id,
    email: o.email,
    name: o.name,
    language: (LANGUAGES.has(o.language) ? o.language : 'en') as OrganiserView['language'],
    scopes: [...o.scopes],
    role: roleOf(organiserScopes(o)),
    notify: o.notify,
    createdAt: o.createdAt,
    lastSignInAt: o.lastSignInAt,
    disabledAt: o.disabledAt,
  };
}

/**
 * Emails a sign-in link if `email` is an enabled organiser's; does nothing visible otherwise. Both branches make the
 * token, hash it and render the email, so the answer takes about as long either way and says nothing about who
 * organises. The link row and the email are written in one transaction: no email without a working link.
 */
export async function requestSignIn(store: Store, input: { email: string; language?: string | undefined }, baseUrl: string): Promise<void> {
  const token = secret();
  const tokenHash = sha256(token);
  const url = `${baseUrl}/console/sign-in?token=${token}`;
  await store.transaction(async (tx) => {
    const organiser = await findOrganiserByEmail(tx, input.email);
    const email = signInLinkEmail({ language: organiser?.language ?? input.language ?? 'en', name: organiser?.name ?? '', url, minutes: SIGN_IN_LINK_MINUTES });
    if (!organiser) return;
    await tx.query(
      `INSERT INTO sign_in_links (id, token_hash, organiser_id, expires_at) VALUES ($1, $2, $3, now() + $4 * interval '1 minute')`,
      [randomUUID(), tokenHash, organiser.id, SIGN_IN_LINK_MINUTES],
    );
    await enqueueEmail(tx, { kind: 'sign-in-link', to: organiser.email, language: email.language, subject: email.subject, text: email.text, html: email.html });
  });
}

export interface ConsoleSession {
  /** The row's id (not the cookie's value, which is only stored hashed). */
  readonly id: string;
  readonly organiser: Organiser;
  readonly scopes: Scopes;
  readonly csrfToken: string;
  readonly idleExpiresAt: string;
  readonly expiresAt: string;
  /** The organiser's sign-in before this session's, if any ("new since your last visit"). */
  readonly previousSignInAt: string | null;
}

export function meView(session: ConsoleSession): ConsoleMe {
  const organiser = organiserView(session.organiser);
  return { organiser, role: organiser.role, csrfToken: session.csrfToken, idleExpiresAt: session.idleExpiresAt, expiresAt: session.expiresAt };
}

interface SessionRow {
  session_id: string;
  csrf_token: string;
  idle_expires_at: Date | string;
  expires_at: Date | string;
  previous_sign_in_at: Date | string | null;
  last_seen_at: Date | string;
}

/**
 * Uses a link's token (once: the UPDATE that marks it used is the check, so two clicks race to one session) and
 * opens a session for its organiser. `undefined` when the token is unknown, used, expired, or its organiser disabled.
 * Returns the cookie's value, which is stored only hashed.
 */
export async function openSession(store: Store, token: string): Promise<{ cookie: string; session: ConsoleSession } | undefined> {
  return store.transaction(async (tx) => {
    const { rows } = await tx.query<{ organiser_id: string }>(
      `UPDATE sign_in_links SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING organiser_id`,
      [sha256(token)],
    );
    const organiserId = rows[0]?.organiser_id;
    if (organiserId === undefined) return undefined;
    const { rows: found } = await tx.query<{ last_sign_in_at: Date | string | null }>(
      `SELECT last_sign_in_at FROM organisers WHERE id = $1 AND disabled_at IS NULL FOR UPDATE`,
      [organiserId],
    );
    const before = found[0];
    if (!before) return undefined;
    const cookie = secret();
    await tx.query(
      `INSERT INTO console_sessions (id, id_hash, organiser_id, csrf_token, idle_expires_at, expires_at, previous_sign_in_at)
       VALUES ($1, $2, $3, $4, now() + $5 * interval '1 second', now() + $6 * interval '1 second', $7)`,
      [randomUUID(), sha256(cookie), organiserId, secret(), SESSION_IDLE_SECONDS, SESSION_ABSOLUTE_SECONDS, before.last_sign_in_at],
    );
    await tx.query('UPDATE organisers SET last_sign_in_at = now() WHERE id = $1', [organiserId]);
    const session = await findSession(tx, cookie, { touch: false });
    if (!session) throw new Error('a session vanished inside its own transaction');
    await recordAudit(tx, { type: 'organiser', id: session.organiser.id, label: session.organiser.name }, 'sign_in', {
      subject: { type: 'organiser', id: session.organiser.id },
    });
    return { cookie, session };
  });
}

/**
 * The live session a cookie names: not idle for 2 hours, under 12 hours old, its organiser enabled (a disabled
 * organiser's sessions end at once, even before the delete that disabling does). `touch` moves the idle expiry on
 * (at most once a minute, to spare the database a write per request), never past the absolute one.
 */
export async function findSession(db: Queryable, cookie: string, { touch = true }: { touch?: boolean } = {}): Promise<ConsoleSession | undefined> {
  const { rows } = await db.query<SessionRow & { id: string; email: string; name: string; language: string; scopes: string[]; notify: Organiser['notify']; created_at: Date | string; disabled_at: null; last_sign_in_at: Date | string | null; organiser_id: string }>(
    `SELECT s.id AS session_id, s.csrf_token, s.idle_expires_at, s.expires_at, s.previous_sign_in_at, s.last_seen_at,
       o.id, o.email, o.name, o.language, o.scopes, o.notify, o.created_at, o.disabled_at, o.last_sign_in_at
     FROM console_sessions s JOIN organisers o ON o.id = s.organiser_id
     WHERE s.id_hash = $1 AND s.idle_expires_at > now() AND s.expires_at > now() AND o.disabled_at IS NULL`,
    [sha256(cookie)],
  );
  const r = rows[0];
  if (!r) return undefined;
  let idleExpiresAt = r.idle_expires_at;
  if (touch && Date.now() - new Date(r.last_seen_at).getTime() > 60_000) {
    const { rows: touched } = await db.query<{ idle_expires_at: Date | string }>(
      `UPDATE console_sessions SET last_seen_at = now(), idle_expires_at = LEAST(now() + $2 * interval '1 second', expires_at)
       WHERE id = $1 RETURNING idle_expires_at`,
      [r.session_id, SESSION_IDLE_SECONDS],
    );
    idleExpiresAt = touched[0]?.idle_expires_at ?? idleExpiresAt;
  }
  const organiser: Organiser = {
    id: r.id, email: r.email, name: r.name, language: r.language, scopes: r.scopes, notify: r.notify,
    createdAt: iso(r.created_at), disabledAt: null, lastSignInAt: r.last_sign_in_at === null ? null : iso(r.last_sign_in_at),
  };
  return {
    id: r.session_id,
    organiser,
    scopes: organiserScopes(organiser),
    csrfToken: r.csrf_token,
    idleExpiresAt: iso(idleExpiresAt),
    expiresAt: iso(r.expires_at),
    previousSignInAt: r.previous_sign_in_at === null ? null : iso(r.previous_sign_in_at),
  };
}

/** Constant-time comparison of the `X-CSRF-Token` header with the session's. */
export function csrfMatches(session: ConsoleSession, header: string | undefined): boolean {
  if (header === undefined) return false;
  const a = Buffer.from(header);
  const b = Buffer.from(session.csrfToken);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function endSession(db: Queryable, sessionId: string): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM console_sessions WHERE id = $1', [sessionId]);
  return rowCount;
}

export async function endAllSessions(db: Queryable, organiserId: string): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM console_sessions WHERE organiser_id = $1', [organiserId]);
  return rowCount;
}
