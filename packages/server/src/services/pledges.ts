import { randomUUID } from 'node:crypto';
import type { PledgeCount, PledgeReceipt, PledgeRequest, PledgeSummaryRow } from '@solidarity-widgets/contract';
import { ELECTIONS_BY_NATION, pledgeReminderDates, ukToday, type ElectionKind, type PledgeIntent, type UkNation } from '@solidarity-widgets/data/eligibility';
import type { DataSource } from '../data.js';
import { ApiError } from '../http/errors.js';
import type { Queryable } from '../store/types.js';
import { toCsv } from './csv.js';
import type { Scopes } from './tokens.js';

/** Pledges are erased this many days after their polling day (docs/pledges.md, docs/privacy.md). */
export const PLEDGE_RETENTION_DAYS = 30;

/** What the store keeps of a pledge (docs/pledges.md). */
export interface PledgeRow {
  id: string;
  partner: string;
  constituency_code: string;
  intent: PledgeIntent;
  election_type: ElectionKind;
  election_date: string;
  email: string | null;
  reminders: boolean;
  language: string;
  created_at: Date | string;
}

const COLUMNS = `id, partner, constituency_code, intent, election_type, to_char(election_date, 'YYYY-MM-DD') AS election_date, email, reminders, language, created_at`;

type NewPledge = PledgeRequest;

/** The seat's nation (the reminder dates depend on its bank holidays), or `constituency_not_found`. */
export function nationOf(data: DataSource, code: string): UkNation {
  const seat = data.getConstituency(code);
  if (!seat) throw new ApiError('constituency_not_found', `There is no constituency with the code ${code}.`);
  return seat.nation;
}

/**
 * Refuses an election that is not held in the seat's nation (a Senedd election pledged from an English seat): its
 * deadline and photo ID rule would be another nation's, and its reminders would be for a vote the supporter has not got.
 */
export function checkHeldIn(nation: UkNation, election: ElectionKind): void {
  if (ELECTIONS_BY_NATION[nation].includes(election)) return;
  throw new ApiError('election_not_held_here', `${election} elections are not held in ${nation}, where this constituency is.`, { election, nation });
}

/** The UK day a pledge was made on: its reminder dates are reckoned from it, as the receipt showed them. */
export const pledgedOn = (row: Pick<PledgeRow, 'created_at'>): string => ukToday(new Date(row.created_at));

/** The receipt's view of a stored pledge, its reminder dates counted from `today`. */
export function pledgeView(row: PledgeRow, nation: UkNation, today: string, stopUrl: (id: string) => string): PledgeReceipt['pledge'] {
  return {
    id: row.id,
    constituencyCode: row.constituency_code,
    intent: row.intent,
    election: { type: row.election_type, date: row.election_date },
    reminders: row.reminders,
    reminderDates: row.reminders
      ? pledgeReminderDates({ intent: row.intent, election: row.election_type, pollingDay: row.election_date, nation, today })
      : [],
    ...(row.reminders ? { stopUrl: stopUrl(row.id) } : {}),
  };
}

export async function countPledges(db: Queryable, constituency: string, partner?: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pledges WHERE constituency_code = $1 AND ($2::text IS NULL OR partner = $2)`,
    [constituency, partner ?? null],
  );
  return Number(rows[0]?.n ?? 0);
}

/**
 * What refuses a pledge before anything is stored (a person's and a bot's alike, so the answer never tells a bot its
 * hidden field was seen): an election not held in the seat's nation, a polling day before today (UK).
 */
export function checkPledgeable(data: DataSource, input: NewPledge, now: Date): { nation: UkNation; today: string } {
  const nation = nationOf(data, input.constituencyCode);
  checkHeldIn(nation, input.election.type);
  const today = ukToday(now);
  if (input.election.date < today) {
    throw new ApiError('election_passed', `Polling day (${input.election.date}) has passed: pledges are for elections still to come.`);
  }
  return { nation, today };
}

/**
 * Stores a pledge, or finds the one this email already made for the seat and election (`created: false`: nothing
 * new stored, nothing to send). The unique index decides under concurrency: of two identical pledges racing, one
 * inserts and the other finds it. An election not held in the seat's nation is `election_not_held_here`; a polling
 * day before today (UK) is `election_passed`.
 */
export async function createPledge(
  tx: Queryable,
  data: DataSource,
  input: NewPledge,
  now: Date,
): Promise<{ created: boolean; row: PledgeRow; nation: UkNation; today: string }> {
  const { nation, today } = checkPledgeable(data, input, now);
  const inserted = await tx.query<PledgeRow>(
    `INSERT INTO pledges (id, partner, constituency_code, intent, election_type, election_date, email, reminders, language, created_at)
     VALUES ($1, $2, $3, $4, $5, $6::date, $7, $8, $9, $10::timestamptz)
     ON CONFLICT (lower(email), constituency_code, election_date) WHERE email IS NOT NULL DO NOTHING
     RETURNING ${COLUMNS}`,
    [
      randomUUID(), input.partner, input.constituencyCode, input.intent, input.election.type, input.election.date,
      input.email ?? null, input.reminders && input.email !== undefined, input.language ?? 'en', now.toISOString(),
    ],
  );
  const row = inserted.rows[0];
  if (row) return { created: true, row, nation, today };
  const { rows } = await tx.query<PledgeRow>(
    `SELECT ${COLUMNS} FROM pledges WHERE lower(email) = lower($1) AND constituency_code = $2 AND election_date = $3::date`,
    [input.email ?? '', input.constituencyCode, input.election.date],
  );
  const existing = rows[0];
  if (!existing) throw new Error('a conflicting pledge vanished before it could be read');
  return { created: false, row: existing, nation, today };
}

export async function pledgeCount(db: Queryable, data: DataSource, constituency: string, partner: string | undefined): Promise<PledgeCount> {
  nationOf(data, constituency);
  return { constituencyCode: constituency, partner: partner ?? null, count: await countPledges(db, constituency, partner) };
}

/**
 * Counts per seat and partner within the caller's reach: admins every row, organisers their seats', partner tokens
 * their partner's. Never who pledged.
 */
export async function pledgeSummary(db: Queryable, data: DataSource, scopes: Scopes): Promise<PledgeSummaryRow[]> {
  const { rows } = await db.query<{ constituency_code: string; partner: string; n: number; reminders: number }>(
    `SELECT constituency_code, partner, count(*)::int AS n, count(*) FILTER (WHERE reminders)::int AS reminders
     FROM pledges
     WHERE $1 OR constituency_code = ANY($2::text[]) OR partner = ANY($3::text[])
     GROUP BY constituency_code, partner`,
    [scopes.admin, [...scopes.constituencies], [...scopes.partners]],
  );
  return rows
    .map((r) => ({
      constituencyCode: r.constituency_code,
      constituencyName: data.getConstituency(r.constituency_code)?.name ?? r.constituency_code,
      partner: r.partner,
      count: Number(r.n),
      withReminders: Number(r.reminders),
    }))
    .sort((a, b) => a.constituencyName.localeCompare(b.constituencyName, 'en') || a.partner.localeCompare(b.partner, 'en'));
}

export const PLEDGE_EXPORT_COLUMNS = ['constituency_code', 'constituency', 'partner', 'pledges', 'with_reminders'] as const;

/** The summary as a spreadsheet-safe CSV (counts only), and how many rows it has. */
export async function exportPledgeSummary(db: Queryable, data: DataSource, scopes: Scopes): Promise<{ csv: string; rows: number }> {
  const rows = await pledgeSummary(db, data, scopes);
  return {
    csv: toCsv(PLEDGE_EXPORT_COLUMNS, rows.map((r) => [r.constituencyCode, r.constituencyName, r.partner, r.count, r.withReminders])),
    rows: rows.length,
  };
}

/**
 * A person's pledges by email, within the caller's reach (as erasePerson's): admins all; organisers those in their
 * seats; partner tokens those made on their pages. Their reminder emails (sent or waiting) go too.
 */
export async function erasePledges(tx: Queryable, scopes: Scopes, email: string): Promise<number> {
  const { rows } = await tx.query<{ id: string }>(
    `DELETE FROM pledges WHERE lower(email) = lower($1) AND ($2 OR constituency_code = ANY($3::text[]) OR partner = ANY($4::text[])) RETURNING id`,
    [email, scopes.admin, [...scopes.constituencies], [...scopes.partners]],
  );
  const ids = rows.map((r) => r.id);
  if (ids.length > 0) {
    await tx.query(`DELETE FROM outbox WHERE dedupe_key LIKE 'pledge-%' AND split_part(dedupe_key, ':', 2) = ANY($1::text[])`, [ids]);
  }
  return ids.length;
}

/** Deletes pledges whose polling day is more than {@link PLEDGE_RETENTION_DAYS} before `today` (UK). */
export async function purgeOldPledges(db: Queryable, today: string): Promise<number> {
  const { rowCount } = await db.query(`DELETE FROM pledges WHERE election_date < $1::date - $2::int`, [today, PLEDGE_RETENTION_DAYS]);
  return rowCount;
}

/** Stops a pledge's reminders (its unsubscribe link). */
export async function stopPledgeReminders(db: Queryable, id: string): Promise<void> {
  await db.query('UPDATE pledges SET reminders = false WHERE id = $1', [id]);
}

/** Pledges that still want reminders and whose polling day is from `today` to `until` (UK dates), oldest first. */
export async function pledgesWantingReminders(db: Queryable, today: string, until: string): Promise<PledgeRow[]> {
  const { rows } = await db.query<PledgeRow>(
    `SELECT ${COLUMNS} FROM pledges
     WHERE reminders AND email IS NOT NULL AND election_date >= $1::date AND election_date <= $2::date
     ORDER BY election_date, created_at, id`,
    [today, until],
  );
  return rows;
}
