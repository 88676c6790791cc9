// The pledge route's shapes, from the contract (packages/contract/src/pledges.ts).
import type { PledgeIntent as Intent, PledgeReceipt, PledgeRequest } from '@solidarity-widgets/contract';

export type PledgeIntent = Intent;
/** What the widget sends: the client adds the partner when the element has none of its own. */
export type PledgeBody = Omit<PledgeRequest, 'partner'> & { partner?: string };
export type PledgeResult = PledgeReceipt;
