import * as z from 'zod/mini';
import { IsoDateTime, PartnerSlug, text } from '../common.js';
import { ModerationStatus, PublicSolidarityMessage } from '../solidarity.js';

/** Moderator-only shapes (admin routes). Kept apart so the public SDK client never bundles them. */

export const ModerationQueueItem = z.extend(PublicSolidarityMessage, {
  status: ModerationStatus,
  partner: z.nullable(PartnerSlug),
  createdAt: IsoDateTime,
  publishedAt: z.nullable(IsoDateTime),
  rejectionReason: z.nullable(z.string()),
  /** Sent faster than the form's minimum time: kept (people can be quick), but worth a second look. */
  sentQuickly: z.optional(z.boolean()),
});
export type ModerationQueueItem = z.infer<typeof ModerationQueueItem>;

export const ModerationQueueQuery = z.object({ status: z.optional(ModerationStatus) });
export const ModerationQueue = z.object({ messages: z.array(ModerationQueueItem) });
export type ModerationQueue = z.infer<typeof ModerationQueue>;

export const ModerationDecision = z.object({
  decision: z.enum(['approve', 'reject']),
  reason: z.optional(text(300)),
});
export type ModerationDecision = z.input<typeof ModerationDecision>;

/** `DELETE /v1/admin/solidarity-messages/{id}`: the message is gone, whatever its status (messages may have no email). */
export const MessageErasure = z.object({ erased: z.object({ solidarityMessages: z.number() }) });
export type MessageErasure = z.infer<typeof MessageErasure>;

/** `POST /v1/admin/solidarity-messages/purge`: rejected messages older than the retention period, deleted now. */
export const RejectedPurge = z.object({
  purged: z.object({ solidarityMessages: z.number() }),
  /** Days a rejected message is kept after its rejection. */
  retentionDays: z.number(),
});
export type RejectedPurge = z.infer<typeof RejectedPurge>;
