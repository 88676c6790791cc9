import type { PartyTargetsOptions, TargetsOutcome } from './targets.js';
import type { Constituency, ConstituencySummary, Nation, NearbyMarginals, PostcodeLookup } from '@solidarity-widgets/contract';

/** The outcome of `lookupPostcode`: a lookup the API can return as-is, or an error with a stable machine code. */
export type LookupResult =
  | { ok: true; value: PostcodeLookup }
  | {
      ok: false;
      code: 'postcode_invalid' | 'postcode_not_found' | 'postcode_outside_constituencies';
      message: string;
      details?: Record<string, unknown>;
    };

export interface ListConstituenciesQuery {
  nation?: Nation | undefined;
  /** Only seats whose majority at their latest contest is at most this percentage of valid votes (e.g. `10`). */
  maxMajorityPct?: number | undefined;
}

export interface NearbyMarginalsOptions {
  /** How many seats to return (default 5). */
  limit?: number | undefined;
  /** Only seats whose majority at their latest contest is at most this percentage (default 10). */
  maxMajorityPct?: number | undefined;
  /** Measure from this postcode's (or sector's, or outcode's) centroid instead of the constituency's. */
  postcode?: string | undefined;
}

export interface ElectoralData {
  /** ISO date the MP list is current to (the by-election source's commit date). */
  readonly dataCurrentTo: string;
  /** Plain-text attribution lines the licences require (show them in credits). */
  readonly attribution: readonly string[];
  /** All 650 constituencies of the July 2024 boundaries, sorted by name (English collation). */
  readonly constituencies: readonly Constituency[];
  getConstituency(code: string): Constituency | undefined;
  listConstituencies(query?: ListConstituenciesQuery): ConstituencySummary[];
  lookupPostcode(raw: string): LookupResult;
  nearbyMarginals(code: string, options?: NearbyMarginalsOptions): NearbyMarginals | undefined;
  /** Seats to win and to hold for a supporter of `party` (a code such as `Lab`, any case), from the 2024 votes. */
  partyTargets(code: string, party: string, options?: PartyTargetsOptions): TargetsOutcome;
}

/** Shape of generated/constituencies.json (written by scripts/build-data.mjs). */
export interface GeneratedConstituencies {
  dataCurrentTo: string;
  partiesCurrentTo?: string;
  attribution: string[];
  constituencies: Array<Omit<Constituency, 'marginality' | 'dataCurrentTo' | 'partiesCurrentTo'>>;
}

/** [seat index, share of the area's postcodes] */
export type SeatShare = [number, number];

/** Shape of generated/postcodes.json (see its `about` field). */
export interface GeneratedPostcodes {
  format: 1;
  sectors: string[];
  seat: number[];
  exceptions: Array<0 | Array<[number, string]>>;
  near: string[];
  centroid: Array<number | null>;
  shares: Array<0 | SeatShare[]>;
  unitLetters: string;
  units: string;
  outcodes: Record<string, [number, number, SeatShare[]]>;
}
