/** Detail of `vote-pledged`. Deliberately carries no email: host pages get no personal data. */
export interface VotePledgedDetail {
  /** GSS code of the supporter's constituency. */
  readonly constituency: string;
  /** `vote`, or `register-and-vote` when the supporter must register first. */
  readonly intent: 'vote' | 'register-and-vote';
  /** The election pledged for (the partner's `election-type` and `election-date`). */
  readonly election: { readonly type: string; readonly date: string };
  /** Whether the supporter asked for reminder emails. */
  readonly reminders: boolean;
  /** `true` when the same email had already pledged for this constituency and election (nothing new was stored). */
  readonly alreadyPledged: boolean;
  /** Pledges in this constituency (all partners), this one included. */
  readonly count: number;
}

declare global {
  // GlobalEventHandlersEventMap, so listeners on document and window are typed too, not only on elements.
  interface GlobalEventHandlersEventMap {
    'vote-pledged': CustomEvent<VotePledgedDetail>;
  }
}
