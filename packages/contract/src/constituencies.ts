import * as z from 'zod/mini';
import { ConstituencyCode, Nation, queryInt, queryPercent } from './common.js';

/** Majority below 5 % of valid votes: ultra-marginal; below 10 %: marginal; otherwise safe. */
export const MarginalityBand = z.enum(['ultra_marginal', 'marginal', 'safe']);
export type MarginalityBand = z.infer<typeof MarginalityBand>;

export const Mp = z.object({
  name: z.string(),
  party: z.string(),
  partyName: z.string(),
});
export type Mp = z.infer<typeof Mp>;

export const Candidate = z.object({
  name: z.string(),
  party: z.string(),
  partyName: z.string(),
  votes: z.number(),
});

export const ConstituencySummary = z.object({
  code: ConstituencyCode,
  name: z.string(),
  nation: Nation,
  region: z.string(),
  mp: Mp,
  /** 2024 general-election majority as a fraction of valid votes (0.05 = 5 %). */
  majorityPct: z.number(),
  marginality: MarginalityBand,
});
export type ConstituencySummary = z.infer<typeof ConstituencySummary>;

export const ByElection = z.object({
  date: z.iso.date(),
  winner: Candidate,
  majority: z.number(),
});

export const Constituency = z.extend(ConstituencySummary, {
  electorate: z.number(),
  turnout: z.number(),
  result: z.string(),
  winner: Candidate,
  runnerUp: Candidate,
  majority: z.number(),
  shares: z.record(z.string(), z.number()),
  /** The latest by-election since July 2024, if any: `mp` already reflects it. */
  byElection: z.nullable(ByElection),
  centroid: z.object({ lat: z.number(), lon: z.number() }),
  dataCurrentTo: z.iso.date(),
});
export type Constituency = z.infer<typeof Constituency>;

export const ConstituencyParams = z.object({ code: ConstituencyCode });

export const ConstituencyListQuery = z.object({
  nation: z.optional(Nation),
  /** Only seats whose majority is at most this percentage (e.g. `10`). */
  maxMajorityPct: z.optional(queryPercent()),
});

export const ConstituencyList = z.object({
  constituencies: z.array(ConstituencySummary),
  dataCurrentTo: z.iso.date(),
});
export type ConstituencyList = z.infer<typeof ConstituencyList>;

export const NearbyMarginalsQuery = z.object({
  limit: z.optional(queryInt(1, 20, /^(?:[1-9]|1[0-9]|20)$/)),
  maxMajorityPct: z.optional(queryPercent()),
  /** Measure from this postcode's sector rather than the constituency's centroid. */
  postcode: z.optional(z.string().check(z.maxLength(16))),
});

export const NearbyMarginal = z.object({
  constituency: ConstituencySummary,
  distanceKm: z.number(),
});
export type NearbyMarginal = z.infer<typeof NearbyMarginal>;

export const NearbyMarginals = z.object({
  from: z.object({ code: ConstituencyCode, name: z.string() }),
  /** Threshold actually applied, as a percentage. */
  maxMajorityPct: z.number(),
  marginals: z.array(NearbyMarginal),
});
export type NearbyMarginals = z.infer<typeof NearbyMarginals>;
