/** Detail of `solidarity-sent`. Deliberately carries no name or email: host pages do not need them. */
export interface SolidaritySentDetail {
  /** The message's id, as the server recorded it. */
  readonly id: string;
  /** Moderation status; always `'pending'` for a new message, which appears on walls once approved. */
  readonly status: 'pending' | 'approved' | 'rejected';
  /** ISO 3166-1 alpha-2 country the supporter chose, e.g. `PL`. */
  readonly country: string;
  /** BCP 47 language of the message, e.g. `pl`. */
  readonly language: string;
}

declare global {
  // GlobalEventHandlersEventMap, so listeners on document and window are typed too, not only on elements.
  interface GlobalEventHandlersEventMap {
    'solidarity-sent': CustomEvent<SolidaritySentDetail>;
  }
}
