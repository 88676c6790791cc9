import type { ConstituencySummary, NearbyMarginals } from '@solidarity-widgets/contract';
import { withinMajorityPct } from './constituencies.js';
import { distanceKm, roundKm, type LatLon } from './geo.js';
import type { NearbyMarginalsOptions } from './types.js';

export const DEFAULT_NEARBY_LIMIT = 5;
export const DEFAULT_NEARBY_MAX_MAJORITY_PCT = 10;

export interface NearbyDeps {
  summaries: readonly ConstituencySummary[];
  centroids: readonly LatLon[];
  byCode: ReadonlyMap<string, number>;
  locate(postcode: string): LatLon | undefined;
}

/**
 * Nearest seats (other than the supporter's own) whose majority at their latest contest is at most `maxMajorityPct` percent, by
 * great-circle distance. Great Britain and Northern Ireland are kept apart: a seat across the Irish Sea is not a
 * practical place to go canvassing, however close its centroid.
 */
export function createNearbyMarginals({ summaries, centroids, byCode, locate }: NearbyDeps) {
  return function nearbyMarginals(code: string, options: NearbyMarginalsOptions = {}): NearbyMarginals | undefined {
    const home = byCode.get(code);
    const homeSummary = home === undefined ? undefined : summaries[home];
    const homeCentroid = home === undefined ? undefined : centroids[home];
    if (home === undefined || !homeSummary || !homeCentroid) return undefined;

    const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_NEARBY_LIMIT));
    const maxMajorityPct = options.maxMajorityPct ?? DEFAULT_NEARBY_MAX_MAJORITY_PCT;
    const from = (options.postcode ? locate(options.postcode) : undefined) ?? homeCentroid;
    const homeIsNi = homeSummary.nation === 'Northern Ireland';

    const candidates: Array<{ seat: number; km: number }> = [];
    summaries.forEach((s, seat) => {
      const centroid = centroids[seat];
      if (seat === home || !centroid || (s.nation === 'Northern Ireland') !== homeIsNi) return;
      if (!withinMajorityPct(s.majorityPct, maxMajorityPct)) return;
      candidates.push({ seat, km: distanceKm(from, centroid) });
    });
    candidates.sort((a, b) => a.km - b.km);

    return {
      from: { code: homeSummary.code, name: homeSummary.name },
      maxMajorityPct,
      marginals: candidates.slice(0, limit).flatMap(({ seat, km }) => {
        const constituency = summaries[seat];
        return constituency ? [{ constituency, distanceKm: roundKm(km) }] : [];
      }),
    };
  };
}
