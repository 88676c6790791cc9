import { randomUUID } from 'node:crypto';
import type { AnswerReport, AnswerReportReceipt } from '@solidarity-widgets/contract';
import type { DataSource } from '../data.js';
import type { Queryable } from '../store/types.js';
import type { Scopes } from './tokens.js';

interface Row {
  id: string;
  postcode_area: string | null;
  constituency_code: string | null;
  answer: string;
  message: string;
  language: string | null;
  partner: string | null;
  origin: string | null;
  received_at: string | Date;
}

export interface NewAnswerReport {
  readonly postcodeArea?: string | undefined;
  readonly constituency?: string | undefined;
  readonly answer: string;
  readonly message: string;
  readonly language?: string | undefined;
  readonly partner?: string | undefined;
}

/** Stores a report; the receipt is what lets the widget say "sent". A seat code the data does not know is dropped. */
export async function storeAnswerReport(db: Queryable, data: DataSource, input: NewAnswerReport, meta: { origin: string | null }): Promise<AnswerReportReceipt> {
  const id = randomUUID();
  const seat = input.constituency && data.getConstituency(input.constituency) ? input.constituency : null;
  const { rows } = await db.query<{ received_at: string | Date }>(
    `INSERT INTO answer_reports (id, postcode_area, constituency_code, answer, message, language, partner, origin)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING received_at`,
    [id, input.postcodeArea ?? null, seat, input.answer, input.message, input.language ?? null, input.partner ?? null, meta.origin],
  );
  return { report: { id, receivedAt: new Date(rows[0]!.received_at).toISOString() } };
}

/** Newest first, within the token's reach: admins all; organisers their seats; partner tokens their pages. */
export async function listAnswerReports(db: Queryable, data: DataSource, scopes: Scopes, limit = 200): Promise<AnswerReport[]> {
  const { rows } = await db.query<Row>(
    `SELECT * FROM answer_reports
     WHERE $1 OR constituency_code = ANY($2::text[]) OR partner = ANY($3::text[])
     ORDER BY received_at DESC LIMIT $4`,
    [scopes.admin, [...scopes.constituencies], [...scopes.partners], limit],
  );
  return rows.map((r) => {
    const seat = r.constituency_code ? data.getConstituency(r.constituency_code) : undefined;
    return {
      id: r.id,
      postcodeArea: r.postcode_area,
      constituency: seat ? { code: seat.code, name: seat.name } : null,
      answer: r.answer,
      message: r.message,
      language: r.language,
      partner: r.partner,
      origin: r.origin,
      receivedAt: new Date(r.received_at).toISOString(),
    };
  });
}
