import type { MarginalityBand, Nation } from '@solidarity-widgets/contract';

/** A nearby marginal seat, as carried by {@link ConstituencyFoundDetail}. */
export interface NearbyMarginalSeat {
  /** GSS code, e.g. `E14001332`. */
  code: string;
  name: string;
  /** Straight-line distance from the supporter's area (their postcode sector when known). */
  distanceKm: number;
}

/**
 * `constituency-found`: the supporter's seat is known (one match, or the one they chose among several).
 * No personal data: not the full postcode the supporter typed, only its sector (see `postcodeArea`).
 */
export interface ConstituencyFoundDetail {
  /** GSS code of the seat, e.g. `E14001331`. */
  code: string;
  name: string;
  nation: Nation;
  /** Current MP's name (by-election aware). */
  mp: string;
  /** Current MP's party code, e.g. `Lab`. */
  party: string;
  /** Majority at the seat's latest contest (2024 or a later by-election) as a fraction of valid votes (0.05 = 5 %). */
  majorityPct: number;
  marginality: MarginalityBand;
  /** Nearest marginal seats, nearest first (empty when none, or when they could not be loaded). */
  nearbyMarginals: NearbyMarginalSeat[];
  /**
   * Roughly where the supporter is, never their full postcode: the sector of a full postcode (`SW1A 1AA` gives
   * `SW1A 1`), or the sector or outcode as looked up (`SE13 6`, `SE13`). A sector is a few thousand addresses, enough
   * to measure distances from (other widgets use it for the nearest marginal seats); a full postcode can be a
   * single household, and an event reaches every script on the host page.
   */
  postcodeArea: string;
}

declare global {
  // GlobalEventHandlersEventMap, so listeners on document and window are typed too, not only on elements.
  interface GlobalEventHandlersEventMap {
    'constituency-found': CustomEvent<ConstituencyFoundDetail>;
  }
}
