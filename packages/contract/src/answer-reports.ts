import * as z from 'zod/mini';
import { ConstituencyCode, IsoDateTime, LanguageTag, PartnerSlug, Uuid, freeText } from './common.js';

/**
 * "Report a problem with this answer" under a finder result (issue 13). Nothing personal is asked: the postcode
 * is cut to its area (outcode or sector), and the supporter writes only what is wrong.
 */
export const AnswerReportRequest = z.object({
  /** The postcode area the answer was for (`SE13`, `SE13 6`): never a full postcode. */
  postcodeArea: z.optional(z.string().check(z.trim(), z.regex(/^[A-Z]{1,2}[0-9][A-Z0-9]?( [0-9])?$/))),
  /** The seat the answer named, if any. */
  constituency: z.optional(ConstituencyCode),
  /** The answer as it was shown (seat, MP, party, majority), so organisers see what the supporter saw. */
  answer: freeText(600),
  /** What the supporter says is wrong. */
  message: freeText(1000),
  /** The language the widget was shown in. */
  language: z.optional(LanguageTag),
  partner: z.optional(PartnerSlug),
});
export type AnswerReportRequest = z.input<typeof AnswerReportRequest>;

/** Sent only once the report is stored: a widget says "sent" on this, never before. */
export const AnswerReportReceipt = z.object({ report: z.object({ id: Uuid, receivedAt: IsoDateTime }) });
export type AnswerReportReceipt = z.infer<typeof AnswerReportReceipt>;
