import type { Constituency, ConstituencySummary, MarginalityBand } from '@solidarity-widgets/contract';
import type { GeneratedConstituencies, ListConstituenciesQuery } from './types.js';

/** Majority below 5 % of valid votes: ultra-marginal; below 10 %: marginal; otherwise safe. */
export function marginalityOf(majorityPct: number): MarginalityBand {
  if (majorityPct < 0.05) return 'ultra_marginal';
  if (majorityPct < 0.1) return 'marginal';
  return 'safe';
}

/** `majorityPct` is a fraction; thresholds are given in percent. Tolerates float noise (0.1 * 100 = 10.000000000000002). */
export function withinMajorityPct(majorityPct: number, maxPercent: number): boolean {
  return majorityPct * 100 <= maxPercent + 1e-9;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

export interface ConstituencyIndex {
  readonly all: readonly Constituency[];
  /** Summaries in the same order as `all` (shared, frozen objects: cheap to hand out in every lookup). */
  readonly summaries: readonly ConstituencySummary[];
  readonly byCode: ReadonlyMap<string, number>;
  list(query?: ListConstituenciesQuery): ConstituencySummary[];
}

export function buildConstituencies(generated: GeneratedConstituencies): ConstituencyIndex {
  const all: Constituency[] = generated.constituencies.map((row) => ({
    ...row,
    marginality: marginalityOf(row.majorityPct),
    dataCurrentTo: generated.dataCurrentTo,
    ...(generated.partiesCurrentTo ? { partiesCurrentTo: generated.partiesCurrentTo } : {}),
  }));
  const summaries: ConstituencySummary[] = all.map((c) => ({
    code: c.code,
    name: c.name,
    nation: c.nation,
    region: c.region,
    mp: { ...c.mp },
    majorityPct: c.majorityPct,
    marginality: c.marginality,
    majority: c.majority,
    ...(c.majorityFrom ? { majorityFrom: { ...c.majorityFrom } } : {}),
  }));
  deepFreeze(all);
  deepFreeze(summaries);
  const byCode = new Map(all.map((c, i) => [c.code, i]));
  return {
    all,
    summaries,
    byCode,
    list(query = {}) {
      const { nation, maxMajorityPct } = query;
      return summaries.filter(
        (s) =>
          (nation === undefined || s.nation === nation) &&
          (maxMajorityPct === undefined || withinMajorityPct(s.majorityPct, maxMajorityPct)),
      );
    },
  };
}
