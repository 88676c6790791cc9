import type { ApiClient } from './client.js';
import { useRoutes } from './client.js';
import { referralFrom } from '../solidarity-share/referral.js';

useRoutes({ recordReferralVisit: () => import('@solidarity-widgets/contract/json-schemas/recordReferralVisit') });

export type ReferralAction = 'lookup' | 'signup' | 'message' | 'pledge';

/** What this page has already counted, per API and partner: a page with three widgets is one visit, not three. */
const counted = new Set<string>();

/**
 * Counts a visit from a shared link (`?ref=<code>` in the page address, docs/sharing.md), or an action that followed
 * it. Nothing is sent without a code of ours in the address; a failure is ignored (a counter must never get in a
 * supporter's way) and nothing is retried. `key` separates APIs and partners on one page.
 */
export function countReferral(api: ApiClient, key: string, action?: ReferralAction): void {
  const href = globalThis.location?.href;
  const code = href ? referralFrom(href) : undefined;
  if (!code) return;
  const once = `${key}\n${action ?? 'visit'}`;
  // A visit once per page; each action kind once too (a second lookup on the same page is not a second referral).
  if (counted.has(once)) return;
  counted.add(once);
  void api.recordReferralVisit(code, action ? { action } : {}).catch(() => undefined);
}
