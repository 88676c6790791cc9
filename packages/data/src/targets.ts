import type { Constituency, ConstituencySummary, PartyShare, PartyTarget, PartyTargets } from '@solidarity-widgets/contract';
import { distanceKm, roundKm, type LatLon } from './geo.js';

export const DEFAULT_TARGET_SWING = 5;
export const DEFAULT_TARGET_COUNT = 5;
/** The election every target is worked out from (see `PartyTargets.basis`). */
export const TARGETS_BASIS = { election: 'general', date: '2024-07-04' } as const;

/**
 * Not parties a supporter campaigns for: `Ind` sums every independent candidate in a seat, and `Spk` is the Speaker,
 * whom the main parties traditionally do not stand against.
 */
const NOT_A_PARTY = new Set(['Ind', 'Spk']);

/** A seat's target, before the server adds its canvassing sessions. */
export type SeatTarget = Omit<PartyTarget, 'sessions'>;
export type PartyTargetsResult = Omit<PartyTargets, 'win' | 'hold'> & { win: SeatTarget[]; hold: SeatTarget[] };

export interface PartyTargetsOptions {
  /** The largest swing, in percentage points, a listed seat may need (default 5). */
  swing?: number | undefined;
  /** Seats per list (default 5). */
  count?: number | undefined;
  /** Measure from this postcode's (or sector's, or outcode's) centroid instead of the constituency's. */
  postcode?: string | undefined;
}

export type TargetsOutcome =
  | { ok: true; value: PartyTargetsResult }
  | { ok: false; code: 'constituency_not_found' | 'party_unknown'; message: string; details?: { parties: string[] } };

/**
 * The two-party swing between the first two candidates of a seat's 2024 result, in percentage points: half the gap
 * between their shares of the valid votes (the "Butler" swing as the House of Commons Library uses it for a
 * seat's first two parties). A swing of that size from first to second makes them level.
 * Computed from the candidates' votes, not `shares`, because `shares.Ind` sums every independent in the seat.
 */
export function swingToChange(seat: Pick<Constituency, 'winner' | 'runnerUp' | 'shares'> & { validVotes?: number | undefined }): number {
  const gap = seat.validVotes
    ? (seat.winner.votes - seat.runnerUp.votes) / seat.validVotes
    : (seat.shares[seat.winner.party] ?? 0) - (seat.shares[seat.runnerUp.party] ?? 0);
  return Math.round((gap / 2) * 100 * 100) / 100;
}

/** Party codes a supporter can target (came first or second somewhere in 2024), with their names, sorted by code. */
export function targetParties(seats: readonly Constituency[]): Map<string, string> {
  const parties = new Map<string, string>();
  for (const s of seats) {
    for (const c of [s.winner, s.runnerUp]) if (!NOT_A_PARTY.has(c.party) && !parties.has(c.party)) parties.set(c.party, c.partyName);
  }
  return new Map([...parties].sort(([a], [b]) => a.localeCompare(b, 'en')));
}

export interface TargetsDeps {
  all: readonly Constituency[];
  summaries: readonly ConstituencySummary[];
  byCode: ReadonlyMap<string, number>;
  locate(postcode: string): LatLon | undefined;
}

/**
 * For a supporter of one party: the nearest seats it came second in at the 2024 general election needing a swing of
 * at most `swing` points to win, and the nearest it came first in that a swing of at most `swing` points against it
 * would lose, each nearest first. The supporter's own seat counts (at its distance from their sector). Great Britain
 * and Northern Ireland are kept apart, as for nearby marginals. The votes are 2024's: an MP who has since changed
 * party, or a by-election, changes who sits for the seat (shown in `constituency.mp`), not how its voters voted.
 */
export function createPartyTargets({ all, summaries, byCode, locate }: TargetsDeps) {
  const parties = targetParties(all);
  const byLowerCase = new Map([...parties.keys()].map((code) => [code.toLowerCase(), code]));
  return function partyTargets(code: string, partyCode: string, options: PartyTargetsOptions = {}): TargetsOutcome {
    const home = byCode.get(code);
    const homeSeat = home === undefined ? undefined : all[home];
    if (home === undefined || !homeSeat) {
      return { ok: false, code: 'constituency_not_found', message: `There is no constituency with the code ${code}.` };
    }
    const party = byLowerCase.get(partyCode.trim().toLowerCase());
    const partyName = party === undefined ? undefined : parties.get(party);
    if (party === undefined || partyName === undefined) {
      const valid = [...parties.keys()];
      return {
        ok: false,
        code: 'party_unknown',
        message: `No party has the code "${partyCode}" in the 2024 results. Use one of: ${valid.join(', ')}.`,
        details: { parties: valid },
      };
    }
    const swing = options.swing ?? DEFAULT_TARGET_SWING;
    const count = Math.max(0, Math.floor(options.count ?? DEFAULT_TARGET_COUNT));
    const from = (options.postcode ? locate(options.postcode) : undefined) ?? homeSeat.centroid;
    const homeIsNi = homeSeat.nation === 'Northern Ireland';

    const win: Array<SeatTarget & { km: number }> = [];
    const hold: Array<SeatTarget & { km: number }> = [];
    all.forEach((seat, i) => {
      const summary = summaries[i];
      if (!summary || (seat.nation === 'Northern Ireland') !== homeIsNi) return;
      const list = seat.runnerUp.party === party ? win : seat.winner.party === party ? hold : undefined;
      if (!list) return;
      const swingNeeded = swingToChange(seat);
      // Float noise must not drop a seat exactly on the threshold (5 must include 5.00).
      if (swingNeeded > swing + 1e-9) return;
      const km = distanceKm(from, seat.centroid);
      list.push({ constituency: summary, distanceKm: roundKm(km), km, swingNeeded, first: share(seat, 'winner'), second: share(seat, 'runnerUp') });
    });
    const nearest = (list: Array<SeatTarget & { km: number }>) =>
      list
        .sort((a, b) => a.km - b.km)
        .slice(0, count)
        .map(({ km: _km, ...target }) => target);
    return {
      ok: true,
      value: {
        from: { code: homeSeat.code, name: homeSeat.name },
        party: { code: party, name: partyName },
        swing,
        basis: { ...TARGETS_BASIS },
        win: nearest(win),
        hold: nearest(hold),
      },
    };
  };
}

function share(seat: Constituency, which: 'winner' | 'runnerUp'): PartyShare {
  const c = seat[which];
  const fraction = seat.validVotes ? c.votes / seat.validVotes : (seat.shares[c.party] ?? 0);
  return { party: c.party, partyName: c.partyName, share: Math.round(fraction * 100000) / 100000 };
}
