import { randomUUID } from 'node:crypto';
import type {
  Introduction,
  IntroductionReceipt,
  IntroductionRequest,
  LocalContact,
  LocalContactRequest,
  LocalGroup,
  LocalGroupList,
  SeatRef,
} from '@solidarity-widgets/contract';
import type * as z from 'zod/mini';
import type { DataSource } from '../data.js';
import { ApiError, forbidden } from '../http/errors.js';
import { validationError } from '../http/validation.js';
import type { Queryable } from '../store/types.js';
import { csvStream } from './csv.js';
import { iso } from './ids.js';
import type { Scopes } from './tokens.js';

/** How many neighbouring seats (nearest centroids) the groups directory searches besides the one asked about. */
export const NEIGHBOUR_SEATS = 6;

const seatRef = (data: DataSource, code: string): SeatRef => ({ code, name: data.getConstituency(code)?.name ?? code });
const orNull = (value: string | undefined): string | null => (value !== undefined && value.trim() !== '' ? value.trim() : null);

// ---- local contact ---------------------------------------------------------------------------------------

interface ContactRow {
  constituency_code: string;
  name: string;
  email: string;
  website: string | null;
  meeting_place: string | null;
  languages: string[];
  updated_at: Date | string;
}

const toContact = (r: ContactRow, data: DataSource): LocalContact => ({
  constituency: seatRef(data, r.constituency_code),
  name: r.name,
  email: r.email,
  website: r.website,
  meetingPlace: r.meeting_place,
  languages: r.languages,
  updatedAt: iso(r.updated_at),
});

export async function getLocalContact(db: Queryable, data: DataSource, code: string): Promise<LocalContact> {
  if (!data.getConstituency(code)) throw new ApiError('constituency_not_found', `There is no constituency with the code ${code}.`);
  const { rows } = await db.query<ContactRow>('SELECT * FROM local_contacts WHERE constituency_code = $1', [code]);
  if (!rows[0]) throw new ApiError('local_contact_not_found', 'No local contact is registered for this constituency yet.');
  return toContact(rows[0], data);
}

/** Organisers set their own seats' contact; `admin` any. Replaces the previous contact entirely. */
export async function setLocalContact(
  db: Queryable,
  data: DataSource,
  scopes: Scopes,
  code: string,
  input: z.output<typeof LocalContactRequest>,
): Promise<LocalContact> {
  if (!scopes.admin && !scopes.constituencies.has(code)) throw forbidden('Your token does not organise this constituency.');
  if (!data.getConstituency(code)) throw new ApiError('constituency_not_found', `There is no constituency with the code ${code}.`);
  const { rows } = await db.query<ContactRow>(
    `INSERT INTO local_contacts (constituency_code, name, email, website, meeting_place, languages, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, now())
     ON CONFLICT (constituency_code) DO UPDATE SET name = $2, email = $3, website = $4, meeting_place = $5, languages = $6, updated_at = now()
     RETURNING *`,
    [code, input.name, input.email, input.website ?? null, orNull(input.meetingPlace), [...new Set(input.languages)]],
  );
  if (!rows[0]) throw new Error('local contact upsert returned nothing');
  return toContact(rows[0], data);
}

// ---- introductions ---------------------------------------------------------------------------------------

export type NewIntroduction = z.output<typeof IntroductionRequest>;

interface IntroductionRow {
  id: string;
  organisation: string;
  organisation_type: Introduction['organisationType'];
  communities: string | null;
  languages: string[];
  constituency_codes: string[];
  contact_name: string;
  email: string;
  offers: Introduction['offers'];
  message: string | null;
  consent_version: string;
  status: Introduction['status'];
  listing: Introduction['listing'];
  show_contact: boolean;
  rejection_reason: string | null;
  notes: string | null;
  listed_at: Date | string | null;
  partner: string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

const toIntroduction = (r: IntroductionRow, data: DataSource): Introduction => ({
  id: r.id,
  organisation: r.organisation,
  organisationType: r.organisation_type,
  communities: r.communities,
  languages: r.languages,
  constituencies: r.constituency_codes.map((c) => seatRef(data, c)),
  contactName: r.contact_name,
  email: r.email,
  offers: r.offers,
  message: r.message,
  status: r.status,
  listing: r.listing,
  showContactInDirectory: r.show_contact,
  rejectionReason: r.rejection_reason,
  notes: r.notes,
  partner: r.partner,
  consentVersion: r.consent_version,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
});

/** Stores a request as `new` for the organisers of every seat it names. Unknown seat codes are a field error. */
export async function requestIntroduction(
  tx: Queryable,
  data: DataSource,
  input: NewIntroduction,
  meta: { origin: string | null },
): Promise<IntroductionReceipt> {
  const codes = [...new Set(input.constituencies)];
  const unknown = input.constituencies.findIndex((c) => !data.getConstituency(c));
  if (unknown >= 0) {
    throw validationError(
      [{ field: `constituencies.${unknown}`, code: 'invalid_value', message: 'There is no constituency with this code.' }],
      `There is no constituency with the code ${input.constituencies[unknown]}.`,
    );
  }
  const listing = input.listInDirectory === true ? 'pending' : 'not_requested';
  const id = randomUUID();
  const { rows } = await tx.query<{ created_at: Date | string }>(
    `INSERT INTO introductions (id, organisation, organisation_type, communities, languages, constituency_codes, contact_name, email,
       offers, message, consent_version, consent_at, listing, show_contact, partner, origin, language)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now(), $12, $13, $14, $15, $16) RETURNING created_at`,
    [
      id, input.organisation, input.organisationType, orNull(input.communities), [...new Set(input.languages)], codes, input.contactName,
      input.email, [...new Set(input.offers)], orNull(input.message), input.consentVersion, listing,
      input.listInDirectory === true && input.showContactInDirectory === true, input.partner ?? null, meta.origin,
      input.language ?? null,
    ],
  );
  return {
    introduction: {
      id,
      status: 'new',
      listing,
      constituencies: codes.map((c) => seatRef(data, c)),
      createdAt: iso(rows[0]?.created_at ?? new Date()),
    },
  };
}

/** Inbox, export and status changes are for organisers: `admin`, or tokens with at least one constituency. */
function requireOrganiser(scopes: Scopes): void {
  if (!scopes.admin && scopes.constituencies.size === 0) throw forbidden('Only constituency organisers can see introductions.');
}

/** SQL filter (and params) for the introductions a token may see: those naming one of its seats. */
function scopeFilter(scopes: Scopes, params: unknown[]): string {
  if (scopes.admin) return 'TRUE';
  params.push([...scopes.constituencies]);
  return `constituency_codes && $${params.length}::text[]`;
}

export async function listIntroductions(
  db: Queryable,
  data: DataSource,
  scopes: Scopes,
  query: { status?: string | undefined; listing?: string | undefined; constituency?: string | undefined },
): Promise<Introduction[]> {
  requireOrganiser(scopes);
  const params: unknown[] = [];
  let where = scopeFilter(scopes, params);
  if (query.status !== undefined) {
    params.push(query.status);
    where += ` AND status = $${params.length}`;
  }
  if (query.listing !== undefined) {
    params.push(query.listing);
    where += ` AND listing = $${params.length}`;
  }
  if (query.constituency !== undefined) {
    params.push([query.constituency]);
    where += ` AND constituency_codes && $${params.length}::text[]`;
  }
  const { rows } = await db.query<IntroductionRow>(
    `SELECT * FROM introductions WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT 1000`,
    params,
  );
  return rows.map((r) => toIntroduction(r, data));
}

export const INTRODUCTION_EXPORT_COLUMNS = [
  'introduction_id', 'received_at', 'status', 'organisation', 'organisation_type', 'communities', 'languages', 'constituencies',
  'contact_name', 'email', 'offers', 'message', 'listing', 'show_contact_in_directory', 'consent_version', 'partner', 'notes',
] as const;

const INTRODUCTION_EXPORT_PAGE_ROWS = 1000;

/**
 * Introductions naming the token's seats (every one for `admin`), newest first, as a CSV stream read in pages of
 * {@link INTRODUCTION_EXPORT_PAGE_ROWS}, each page after the last row of the one before (like the sign-ups export,
 * services/people.ts): memory stays at one page however many there are, the embedded store answers other requests
 * between pages, and nothing is cut off (the list this replaced stopped at 1,000). `done` hears how many rows went out.
 * Refuses a token that organises no seat before any row is read.
 */
export function exportIntroductions(
  db: Queryable,
  data: DataSource,
  scopes: Scopes,
  done?: (rows: number, complete: boolean) => Promise<void>,
  pageRows = INTRODUCTION_EXPORT_PAGE_ROWS,
): ReadableStream<Uint8Array> {
  requireOrganiser(scopes);
  let after: IntroductionRow | undefined;
  const nextPage = async (): Promise<IntroductionRow[]> => {
    const params: unknown[] = [];
    let where = scopeFilter(scopes, params);
    if (after) {
      params.push(iso(after.created_at), after.id);
      where += ` AND (created_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
    }
    params.push(pageRows);
    const { rows } = await db.query<IntroductionRow>(
      `SELECT * FROM introductions WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
    after = rows[rows.length - 1] ?? after;
    return rows;
  };
  return csvStream(INTRODUCTION_EXPORT_COLUMNS, nextPage, (r) => {
    const i = toIntroduction(r, data);
    return [
      i.id, i.createdAt, i.status, i.organisation, i.organisationType, i.communities, i.languages.join(' '),
      i.constituencies.map((c) => `${c.name} (${c.code})`).join('; '), i.contactName, i.email, i.offers.join(' '), i.message,
      i.listing, i.showContactInDirectory ? 'yes' : 'no', i.consentVersion, i.partner, i.notes,
    ];
  }, done);
}

/** Locks and returns one introduction the token may act on; 404 for ids outside its reach (so ids are not probed). */
async function lockIntroduction(tx: Queryable, scopes: Scopes, id: string): Promise<IntroductionRow> {
  const { rows } = await tx.query<IntroductionRow>('SELECT * FROM introductions WHERE id = $1 FOR UPDATE', [id]);
  const row = rows[0];
  if (!row) throw new ApiError('introduction_not_found', 'There is no introduction with this id.');
  if (!scopes.admin && !row.constituency_codes.some((c) => scopes.constituencies.has(c))) {
    // Out of scope looks like absent, so ids reveal nothing about other constituencies.
    throw new ApiError('introduction_not_found', 'There is no introduction with this id.');
  }
  return row;
}

/** Changes an introduction's status, its organisers' notes (empty text clears them), or both. */
export async function updateIntroduction(
  tx: Queryable,
  data: DataSource,
  scopes: Scopes,
  id: string,
  change: { status?: Introduction['status'] | undefined; notes?: string | undefined },
): Promise<Introduction> {
  requireOrganiser(scopes);
  await lockIntroduction(tx, scopes, id);
  const notes = change.notes === undefined ? undefined : change.notes === '' ? null : change.notes;
  const { rows } = await tx.query<IntroductionRow>(
    `UPDATE introductions SET status = coalesce($2, status), notes = CASE WHEN $3 THEN $4 ELSE notes END, updated_at = now()
     WHERE id = $1 RETURNING *`,
    [id, change.status ?? null, notes !== undefined, notes ?? null],
  );
  if (!rows[0]) throw new Error('introduction vanished inside its own lock');
  return toIntroduction(rows[0], data);
}

/** Approve (listed from now, or keep the first listing time) or reject a listing the organisation asked for. */
export async function decideListing(
  tx: Queryable,
  data: DataSource,
  scopes: Scopes,
  id: string,
  decision: { decision: 'approve' | 'reject'; reason?: string | undefined },
): Promise<Introduction> {
  requireOrganiser(scopes);
  const row = await lockIntroduction(tx, scopes, id);
  if (row.listing === 'not_requested') {
    throw new ApiError('listing_not_requested', 'This organisation did not ask to be listed in the public groups directory.');
  }
  const { rows } =
    decision.decision === 'approve'
      ? await tx.query<IntroductionRow>(
          `UPDATE introductions SET listing = 'approved', rejection_reason = NULL, listed_at = coalesce(listed_at, now()), updated_at = now()
           WHERE id = $1 RETURNING *`,
          [id],
        )
      : await tx.query<IntroductionRow>(
          `UPDATE introductions SET listing = 'rejected', rejection_reason = $2, listed_at = NULL, updated_at = now()
           WHERE id = $1 RETURNING *`,
          [id, decision.reason ?? null],
        );
  if (!rows[0]) throw new Error('introduction vanished inside its own lock');
  return toIntroduction(rows[0], data);
}

/**
 * Deletes introductions (and so their listings) by the contact's email, within the token's reach: `admin`
 * every one; `constituency:` tokens those naming one of their seats; `partner:` tokens those sent through their site.
 */
export async function eraseIntroductions(tx: Queryable, scopes: Scopes, email: string): Promise<number> {
  if (scopes.admin) return (await tx.query('DELETE FROM introductions WHERE lower(email) = lower($1)', [email])).rowCount;
  const { rowCount } = await tx.query(
    `DELETE FROM introductions WHERE lower(email) = lower($1) AND (constituency_codes && $2::text[] OR partner = ANY($3::text[]))`,
    [email, [...scopes.constituencies], [...scopes.partners]],
  );
  return rowCount;
}

// ---- groups directory ------------------------------------------------------------------------------------

type ListingRow = Pick<
  IntroductionRow,
  'id' | 'organisation' | 'organisation_type' | 'communities' | 'languages' | 'constituency_codes' | 'offers' | 'show_contact' | 'email' | 'listed_at' | 'created_at'
>;

/**
 * Approved listings in the seat asked about (or a postcode's seats) and its nearest neighbours by centroid
 * distance. Groups in the seat come first, then by distance; a contact only where the group agreed to show it.
 */
export async function localGroups(
  db: Queryable,
  data: DataSource,
  query: { constituency?: string | undefined; postcode?: string | undefined },
): Promise<LocalGroupList> {
  if ((query.constituency === undefined) === (query.postcode === undefined)) {
    const field = query.constituency === undefined ? 'constituency' : 'postcode';
    throw validationError(
      [{ field, code: query.constituency === undefined ? 'required' : 'invalid_value', message: 'Give either a constituency code or a postcode.' }],
      'Give either a constituency code or a postcode, not both.',
    );
  }
  // distance 0 for the seat(s) asked about; neighbours at their centroid distance.
  const searched = new Map<string, number>();
  let home: string | undefined;
  let postcode: string | undefined;
  if (query.constituency !== undefined) {
    if (!data.getConstituency(query.constituency)) {
      throw new ApiError('constituency_not_found', `There is no constituency with the code ${query.constituency}.`);
    }
    home = query.constituency;
    searched.set(home, 0);
  } else {
    const result = data.lookupPostcode(query.postcode ?? '');
    if (!result.ok) throw new ApiError(result.code, result.message, result.details);
    postcode = result.value.query;
    for (const match of result.value.matches) searched.set(match.constituency.code, 0);
    home = result.value.matches[0]?.constituency.code;
  }
  if (home === undefined) return { constituency: null, nearby: [], groups: [], localContact: null };

  const neighbours = data.nearbyMarginals(home, { limit: NEIGHBOUR_SEATS + searched.size, maxMajorityPct: 100, ...(postcode ? { postcode } : {}) });
  const nearby: LocalGroupList['nearby'] = [];
  for (const m of neighbours?.marginals ?? []) {
    if (searched.has(m.constituency.code) || nearby.length >= NEIGHBOUR_SEATS) continue;
    searched.set(m.constituency.code, m.distanceKm);
    nearby.push({ code: m.constituency.code, name: m.constituency.name, distanceKm: m.distanceKm });
  }

  const { rows } = await db.query<ListingRow>(
    `SELECT id, organisation, organisation_type, communities, languages, constituency_codes, offers, show_contact, email, listed_at, created_at
     FROM introductions WHERE listing = 'approved' AND constituency_codes && $1::text[]
     ORDER BY listed_at DESC, id LIMIT 500`,
    [[...searched.keys()]],
  );
  const groups: LocalGroup[] = rows.map((r) => {
    let best = r.constituency_codes[0] ?? home;
    let km = Number.POSITIVE_INFINITY;
    for (const code of r.constituency_codes) {
      const d = searched.get(code);
      if (d !== undefined && d < km) {
        km = d;
        best = code;
      }
    }
    return {
      id: r.id,
      organisation: r.organisation,
      organisationType: r.organisation_type,
      communities: r.communities,
      languages: r.languages,
      offers: r.offers,
      constituency: seatRef(data, best),
      distanceKm: Number.isFinite(km) ? km : 0,
      contact: r.show_contact ? { email: r.email } : null,
      listedAt: iso(r.listed_at ?? r.created_at),
    };
  });
  groups.sort((a, b) => a.distanceKm - b.distanceKm || a.organisation.localeCompare(b.organisation, 'en'));
  const contact = await db.query<ContactRow>('SELECT * FROM local_contacts WHERE constituency_code = $1', [home]);
  return { constituency: seatRef(data, home), nearby, groups, localContact: contact.rows[0] ? toContact(contact.rows[0], data) : null };
}
