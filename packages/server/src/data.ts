import type { Constituency, ConstituencySummary, Nation, NearbyMarginals, PartyTarget, PartyTargets, PostcodeLookup } from '@solidarity-widgets/contract';

/** What a postcode lookup returns (mirrors `LookupResult` of `@solidarity-widgets/data`). */
export type LookupResult =
  | { readonly ok: true; readonly value: PostcodeLookup }
  | {
      readonly ok: false;
      readonly code: 'postcode_invalid' | 'postcode_not_found' | 'postcode_outside_constituencies';
      readonly message: string;
      readonly details?: Record<string, unknown> | undefined;
    };

/**
 * The part of `ElectoralData` (from `@solidarity-widgets/data`) the server uses. Declared structurally so
 * tests can pass a stub and the real `loadElectoralData()` result fits without an adapter.
 */
export interface DataSource {
  readonly dataCurrentTo: string;
  /** Every seat (the party list for operators' party changes is read from them). */
  readonly constituencies: readonly Constituency[];
  getConstituency(code: string): Constituency | undefined;
  listConstituencies(query: { nation?: Nation; maxMajorityPct?: number }): readonly ConstituencySummary[];
  lookupPostcode(raw: string): LookupResult;
  nearbyMarginals(code: string, options: { limit?: number; maxMajorityPct?: number; postcode?: string }): NearbyMarginals | undefined;
  /** Mirrors `ElectoralData.partyTargets` of `@solidarity-widgets/data` (the targets without their sessions). */
  partyTargets(code: string, party: string, options: { swing?: number; count?: number; postcode?: string }): PartyTargetsOutcome;
}

type SeatTarget = Omit<PartyTarget, 'sessions'>;

export type PartyTargetsOutcome =
  | { readonly ok: true; readonly value: Omit<PartyTargets, 'win' | 'hold'> & { win: SeatTarget[]; hold: SeatTarget[] } }
  | {
      readonly ok: false;
      readonly code: 'constituency_not_found' | 'party_unknown';
      readonly message: string;
      readonly details?: { parties: string[] } | undefined;
    };
