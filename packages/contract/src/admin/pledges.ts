import * as z from 'zod/mini';
import { ConstituencyCode, PartnerSlug } from '../common.js';

const Count = z.number().check(z.int(), z.gte(0));

/** Pledges per constituency and partner, for organisers (their seats), partners (their pages) and admins: counts, never people. */
export const PledgeSummaryRow = z.object({
  constituencyCode: ConstituencyCode,
  constituencyName: z.string(),
  partner: PartnerSlug,
  count: Count,
  /** Of `count`, how many asked for reminder emails (and have not stopped them). */
  withReminders: Count,
});
export type PledgeSummaryRow = z.infer<typeof PledgeSummaryRow>;

export const PledgeSummary = z.object({ rows: z.array(PledgeSummaryRow) });
export type PledgeSummary = z.infer<typeof PledgeSummary>;
