import * as z from 'zod/mini';
import { IsoDateTime, Uuid } from '../common.js';
import { SeatRef } from '../local.js';

/** A supporter's report on a finder answer, as organisers and admins read it (admin routes only). */
export const AnswerReport = z.object({
  id: Uuid,
  postcodeArea: z.nullable(z.string()),
  constituency: z.nullable(SeatRef),
  answer: z.string(),
  message: z.string(),
  language: z.nullable(z.string()),
  partner: z.nullable(z.string()),
  /** The page's origin that sent it, when a browser did. */
  origin: z.nullable(z.string()),
  receivedAt: IsoDateTime,
});
export type AnswerReport = z.infer<typeof AnswerReport>;

export const AnswerReportList = z.object({ reports: z.array(AnswerReport) });
export type AnswerReportList = z.infer<typeof AnswerReportList>;
