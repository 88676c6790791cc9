import type { IntroductionOffer, ListingStatus, OrganisationType } from '@solidarity-widgets/contract';

/** Detail of `introduction-requested`. Deliberately carries no names, email or message: host pages do not need them. */
export interface IntroductionRequestedDetail {
  /** The introduction's id, as the server recorded it. */
  readonly id: string;
  /** GSS codes of the constituencies whose organisers will see it, e.g. `['E14001331']`. */
  readonly constituencies: readonly string[];
  readonly organisationType: OrganisationType;
  /** What the organisation offered: `canvassers`, `translators`, `venues`, `publicity`. */
  readonly offers: readonly IntroductionOffer[];
  /** `pending` when the organisation asked to be listed in the groups directory, else `not_requested`. */
  readonly listing: ListingStatus;
}

declare global {
  // GlobalEventHandlersEventMap, so listeners on document and window are typed too, not only on elements.
  interface GlobalEventHandlersEventMap {
    'introduction-requested': CustomEvent<IntroductionRequestedDetail>;
  }
}
