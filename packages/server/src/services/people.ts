import type { Queryable } from '../store/types.js';
import { csvStream } from './csv.js';
import { iso } from './ids.js';
import { eraseIntroductions } from './local.js';
import { erasePledges } from './pledges.js';
import type { Scopes } from './tokens.js';

interface ExportRow {
  id: string;
  session_id: string;
  constituency_code: string;
  title: string;
  starts_at: Date | string;
  name: string;
  email: string;
  phone: string | null;
  languages: string[];
  first_time: boolean;
  status: string;
  consent_version: string;
  consent_at: Date | string;
  partner: string | null;
  created_at: Date | string;
  attended: boolean | null;
}

export const EXPORT_COLUMNS = [
  'signup_id', 'session_id', 'constituency', 'session_title', 'session_starts_at', 'name', 'email', 'phone', 'languages',
  'first_time', 'status', 'consent_version', 'consent_at', 'partner', 'signed_up_at', 'attended',
] as const;

const EXPORT_PAGE_ROWS = 1000;

const exportCells = (r: ExportRow): readonly (string | null)[] => [
  r.id, r.session_id, r.constituency_code, r.title, iso(r.starts_at), r.name, r.email, r.phone, r.languages.join(' '),
  r.first_time ? 'yes' : 'no', r.status, r.consent_version, iso(r.consent_at), r.partner, iso(r.created_at),
  // Blank until the organiser marks it.
  r.attended === null ? '' : r.attended ? 'yes' : 'no',
];

/**
 * Sign-ups in sessions of the token's constituencies (every one for `admin`), as a CSV stream read in pages of
 * {@link EXPORT_PAGE_ROWS} in the export's order (session start, session, sign-up time, id), each page after the last
 * row of the one before: 100,000 sign-ups never sit in memory at once. `done` hears how many rows went out.
 */
export function exportSignups(
  db: Queryable,
  scopes: Scopes,
  done?: (rows: number, complete: boolean) => Promise<void>,
  pageRows = EXPORT_PAGE_ROWS,
): ReadableStream<Uint8Array> {
  const scope: unknown[] = scopes.admin ? [] : [[...scopes.constituencies]];
  const filter = scopes.admin ? 'TRUE' : 's.constituency_code = ANY($1::text[])';
  let after: ExportRow | undefined;
  const nextPage = async (): Promise<ExportRow[]> => {
    const params = [...scope];
    let keyset = '';
    if (after) {
      const n = params.length;
      params.push(iso(after.starts_at), after.session_id, iso(after.created_at), after.id);
      keyset = `AND (s.starts_at, s.id, u.created_at, u.id) > ($${n + 1}::timestamptz, $${n + 2}::uuid, $${n + 3}::timestamptz, $${n + 4}::uuid)`;
    }
    const { rows } = await db.query<ExportRow>(
      `SELECT u.id, u.session_id, s.constituency_code, s.title, s.starts_at, u.name, u.email, u.phone, u.languages, u.first_time,
         u.status, u.consent_version, u.consent_at, u.partner, u.created_at, u.attended
       FROM canvass_signups u JOIN canvass_sessions s ON s.id = u.session_id
       WHERE ${filter} ${keyset}
       ORDER BY s.starts_at, s.id, u.created_at, u.id
       LIMIT ${pageRows}`,
      params,
    );
    after = rows[rows.length - 1] ?? after;
    return rows;
  };
  return csvStream(EXPORT_COLUMNS, nextPage, exportCells, done);
}

/**
 * The organisers' "new sign-up" emails about erased sign-ups (sent or waiting: they name the supporter; their dedupe
 * keys name the sign-up, `organiser-signup:<organiser>:<sign-up>:<time>`).
 */
async function eraseOrganiserNotices(tx: Queryable, signupIds: readonly string[]): Promise<void> {
  if (signupIds.length === 0) return;
  await tx.query(`DELETE FROM outbox WHERE kind = 'organiser-signup' AND split_part(dedupe_key, ':', 3) = ANY($1::text[])`, [[...signupIds]]);
}

/**
 * Deletes a person's data by email, within the token's reach: `admin` everything; `constituency:` tokens the
 * sign-ups in their constituencies' sessions; `partner:` tokens the sign-ups and messages sent through their site.
 * Introductions go too (see `eraseIntroductions` for their reach), and pledges to vote (`erasePledges`).
 */
export async function erasePerson(
  tx: Queryable,
  scopes: Scopes,
  email: string,
): Promise<{ canvassSignups: number; solidarityMessages: number; introductions: number; pledges: number }> {
  const introductions = await eraseIntroductions(tx, scopes, email);
  // Pledges to vote made with this address (their reminder emails go with them).
  const pledges = await erasePledges(tx, scopes, email);
  if (scopes.admin) {
    const s = await tx.query<{ id: string }>('DELETE FROM canvass_signups WHERE lower(email) = lower($1) RETURNING id', [email]);
    const m = await tx.query('DELETE FROM solidarity_messages WHERE lower(email) = lower($1)', [email]);
    // The emails to them (sent or waiting) hold their name and what they signed up to: they go too.
    await tx.query('DELETE FROM outbox WHERE lower(to_address) = lower($1)', [email]);
    await eraseOrganiserNotices(tx, s.rows.map((r) => r.id));
    return { canvassSignups: s.rowCount, solidarityMessages: m.rowCount, introductions, pledges };
  }
  const constituencies = [...scopes.constituencies];
  const partners = [...scopes.partners];
  const s = await tx.query(
    `DELETE FROM canvass_signups u USING canvass_sessions s
     WHERE u.session_id = s.id AND lower(u.email) = lower($1)
       AND (s.constituency_code = ANY($2::text[]) OR u.partner = ANY($3::text[]))
     RETURNING u.id`,
    [email, constituencies, partners],
  );
  // The emails about the erased sign-ups (their dedupe keys name them: `signup-<kind>:<id>:…`), and no others.
  const erased = (s.rows as { id: string }[]).map((r) => r.id);
  if (erased.length > 0) {
    await tx.query(`DELETE FROM outbox WHERE lower(to_address) = lower($1) AND split_part(dedupe_key, ':', 2) = ANY($2::text[])`, [email, erased]);
  }
  await eraseOrganiserNotices(tx, erased);
  const m = await tx.query('DELETE FROM solidarity_messages WHERE lower(email) = lower($1) AND partner = ANY($2::text[])', [email, partners]);
  return { canvassSignups: s.rowCount, solidarityMessages: m.rowCount, introductions, pledges };
}
