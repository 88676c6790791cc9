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
 * No personal data beyond the postcode they typed, which the host page already has.
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
  /** The normalised postcode, sector or outcode that was looked up, e.g. `SW1A 1AA`. */
  postcode: string;
}

declare global {
  // GlobalEventHandlersEventMap, so listeners on document and window are typed too, not only on elements.
  interface GlobalEventHandlersEventMap {
    'constituency-found': CustomEvent<ConstituencyFoundDetail>;
  }
}
