/** Detail of `canvass-signed-up`. Deliberately carries no name, email or phone: host pages get no personal data. */
export interface CanvassSignedUpDetail {
  /** The session the supporter signed up to. */
  readonly sessionId: string;
  /** Where it happens. */
  readonly constituency: { readonly code: string; readonly name: string };
  /** `waitlisted` when the session was full. */
  readonly status: 'confirmed' | 'waitlisted';
  /** ISO 8601 start time (the session's own offset). */
  readonly startsAt: string;
}

declare global {
  // GlobalEventHandlersEventMap, so listeners on document and window are typed too, not only on elements.
  interface GlobalEventHandlersEventMap {
    'canvass-signed-up': CustomEvent<CanvassSignedUpDetail>;
  }
}
