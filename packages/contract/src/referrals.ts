import * as z from 'zod/mini';
import { PartnerSlug } from './common.js';

/**
 * "Share after acting" (issue 15, docs/sharing.md). A shared link carries `?ref=<code>`: 10 random characters made
 * by the widget for one share action (not per person). The page it leads to reports the visit, and an action taken
 * there, against that code: counts only (no IP, no cookie, nothing about the visitor is stored).
 */
export const ReferralCode = z.string().check(z.regex(/^[a-hjkmnp-z2-9]{10}$/));

export const ReferralParams = z.object({ code: ReferralCode });

/** What the visit led to on the page, when it led to something: counted as an action of that share. */
export const ReferralAction = z.enum(['lookup', 'signup', 'message', 'pledge']);

export const ReferralVisitRequest = z.object({
  /** The partner whose widget the link brought the visitor to (the widget's `partner`). */
  partner: z.optional(PartnerSlug),
  /** Absent: the page was opened from the link (a visit). Present: the visitor then acted (an action). */
  action: z.optional(ReferralAction),
});
export type ReferralVisitRequest = z.input<typeof ReferralVisitRequest>;

/** Sent once counted; nothing to identify the visit by. */
export const ReferralVisitReceipt = z.object({ counted: z.literal(true) });
export type ReferralVisitReceipt = z.infer<typeof ReferralVisitReceipt>;

const Count = z.number().check(z.int(), z.gte(0));

/** Per partner: how many shared links were opened, how many visits and actions they brought, and per share. */
export const ReferralPartnerStats = z.object({
  /** `null`: widgets without a partner. */
  partner: z.nullable(PartnerSlug),
  /** Share links that brought at least one visit. */
  shares: Count,
  visits: Count,
  actions: Count,
  /** The busiest shares first (at most 50). */
  top: z.array(z.object({ code: ReferralCode, visits: Count, actions: Count })),
});
export type ReferralPartnerStats = z.infer<typeof ReferralPartnerStats>;

export const ReferralStats = z.object({ partners: z.array(ReferralPartnerStats) });
export type ReferralStats = z.infer<typeof ReferralStats>;
