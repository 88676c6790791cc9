import type { Dashboard } from '@solidarity-widgets/contract';
import type { DataSource } from '../data.js';
import type { Queryable } from '../store/types.js';
import { iso } from './ids.js';
import type { Scopes } from './tokens.js';

const WEEK_MS = 7 * 86_400_000;

/**
 * What an organiser sees first: the next sessions in their constituencies with places taken and waitlist, messages
 * waiting in their partners, introductions since `since` (their previous sign-in, else 7 days), answer reports.
 */
export async function dashboard(db: Queryable, data: DataSource, scopes: Scopes, previousSignInAt: string | null): Promise<Dashboard> {
  const since = previousSignInAt ?? new Date(Date.now() - WEEK_MS).toISOString();
  const seats = [...scopes.constituencies];
  const partners = [...scopes.partners];
  const sessions = await db.query<{ id: string; title: string; starts_at: Date | string; constituency_code: string; capacity: number; taken: string; waiting: string }>(
    `SELECT s.id, s.title, s.starts_at, s.constituency_code, s.capacity,
       count(u.id) FILTER (WHERE u.status = 'confirmed')::text AS taken,
       count(u.id) FILTER (WHERE u.status = 'waitlisted')::text AS waiting
     FROM canvass_sessions s LEFT JOIN canvass_signups u ON u.session_id = s.id
     WHERE s.status <> 'cancelled' AND s.ends_at > now() AND ($1 OR s.constituency_code = ANY($2::text[]))
     GROUP BY s.id ORDER BY s.starts_at, s.id LIMIT 10`,
    [scopes.admin, seats],
  );
  const moderates = scopes.admin || partners.length > 0;
  const waiting = moderates
    ? await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM solidarity_messages WHERE status = 'pending' AND ($1 OR partner = ANY($2::text[]))`, [scopes.admin, partners])
    : undefined;
  const introductions = await db.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM introductions WHERE created_at > $1 AND ($2 OR constituency_codes && $3::text[])`,
    [since, scopes.admin, seats],
  );
  const reports = await db.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM answer_reports WHERE $1 OR constituency_code = ANY($2::text[]) OR partner = ANY($3::text[])`,
    [scopes.admin, seats, partners],
  );
  return {
    sessions: sessions.rows.map((r) => {
      const taken = Number(r.taken);
      return {
        id: r.id,
        title: r.title,
        startsAt: iso(r.starts_at),
        constituency: { code: r.constituency_code, name: data.getConstituency(r.constituency_code)?.name ?? r.constituency_code },
        status: taken >= r.capacity ? 'full' : 'open',
        capacity: r.capacity,
        placesTaken: taken,
        waitlisted: Number(r.waiting),
      };
    }),
    messagesWaiting: waiting ? Number(waiting.rows[0]?.n ?? 0) : null,
    newIntroductions: Number(introductions.rows[0]?.n ?? 0),
    since: iso(since),
    answerReports: Number(reports.rows[0]?.n ?? 0),
  };
}
