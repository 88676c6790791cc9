import * as z from 'zod/mini';
import { ConstituencyCode, Nation, queryInt, queryPercent } from './common.js';

/** Majority below 5 % of valid votes: ultra-marginal; below 10 %: marginal; otherwise safe. */
export const MarginalityBand = z.enum(['ultra_marginal', 'marginal', 'safe']);
export type MarginalityBand = z.infer<typeof MarginalityBand>;

export const Mp = z.object({
  name: z.string(),
  /** The party the MP sits for today (a suspended MP sits as `Ind`). */
  party: z.string(),
  partyName: z.string(),
  /** Only when the MP now sits for another party: the party they were elected for, and the election's date. */
  elected: z.optional(z.object({ party: z.string(), partyName: z.string(), date: z.iso.date() })),
  /** With `elected`: the day the MP began to sit for `party` (or the first day it was seen, see docs/data.md). */
  partySince: z.optional(z.iso.date()),
  /** False when `partySince` is only the first day the change was seen (it happened on or before it). */
  partySinceExact: z.optional(z.boolean()),
  /** With `elected`: a page reporting the change. */
  partySource: z.optional(z.string()),
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
  /** Majority at the latest contest in the seat (see `majorityFrom`) as a fraction of valid votes (0.05 = 5 %). */
  majorityPct: z.number(),
  marginality: MarginalityBand,
  /** The majority in votes at the same contest as `majorityPct`. Absent from older servers. */
  majority: z.optional(z.number()),
  /** Which contest `majorityPct` (and `majority`) come from: the 2024 general election or a later by-election. */
  majorityFrom: z.optional(z.object({ election: z.enum(['general', 'by_election']), date: z.iso.date() })),
});
export type ConstituencySummary = z.infer<typeof ConstituencySummary>;

export const ByElection = z.object({
  date: z.iso.date(),
  winner: Candidate,
  /** From the candidates' votes (winner − runner-up). */
  majority: z.number(),
  /** Why the majority differs from the published summary, when it does. */
  note: z.optional(z.string()),
});

export const Constituency = z.extend(ConstituencySummary, {
  electorate: z.number(),
  turnout: z.number(),
  result: z.string(),
  /** 2024 general election. */
  winner: Candidate,
  runnerUp: Candidate,
  /** Majority at the latest contest in the seat (see `majorityFrom`). */
  majority: z.number(),
  /** Valid votes cast at the 2024 general election (the denominator of `shares`). Absent from older servers. */
  validVotes: z.optional(z.number()),
  shares: z.record(z.string(), z.number()),
  /** The latest by-election since July 2024, if any: `mp` already reflects it. */
  byElection: z.nullable(ByElection),
  centroid: z.object({ lat: z.number(), lon: z.number() }),
  dataCurrentTo: z.iso.date(),
  /** The day MPs' party changes were last checked to (later changes may be missing). */
  partiesCurrentTo: z.optional(z.iso.date()),
  /**
   * The date the answer's facts hold to: the later of `dataCurrentTo` and the newest MP party change an operator
   * recorded after the release (see the admin party-change routes). Absent from older servers.
   */
  factsCurrentTo: z.optional(z.iso.date()),
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
  /** As `Constituency.factsCurrentTo`. */
  factsCurrentTo: z.optional(z.iso.date()),
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

/**
 * `party`: a party code as the data spells it (`Lab`, `Con`, `LD`, `Reform`, `Green`, `SNP`, `PC`, …; any case), see
 * docs/data.md. `swing`: the largest two-party swing, in percentage points, a seat may need to be listed (default 5).
 * `count`: how many seats in each list (default 5).
 */
export const PartyTargetsQuery = z.object({
  party: z.string().check(z.minLength(1), z.maxLength(16)),
  swing: z.optional(queryPercent()),
  count: z.optional(queryInt(1, 20, /^(?:[1-9]|1[0-9]|20)$/)),
  /** Measure distances from this postcode's sector rather than the constituency's centroid. */
  postcode: z.optional(z.string().check(z.maxLength(16))),
});

/** A party in one seat's 2024 result: its code, name and share of the valid votes (0.41 = 41 %). */
export const PartyShare = z.object({ party: z.string(), partyName: z.string(), share: z.number() });
export type PartyShare = z.infer<typeof PartyShare>;

export const PartyTarget = z.object({
  constituency: ConstituencySummary,
  distanceKm: z.number(),
  /**
   * The two-party swing, in percentage points, that changes the seat's 2024 result: half the gap in vote share
   * between first and second (docs/data.md). For a seat to win, the swing the party needs; for a seat to hold, the
   * swing against it that would lose the seat.
   */
  swingNeeded: z.number(),
  /** First and second at the 2024 general election. */
  first: PartyShare,
  second: PartyShare,
  /** Upcoming canvassing sessions (not cancelled) in the seat. */
  sessions: z.number(),
});
export type PartyTarget = z.infer<typeof PartyTarget>;

export const PartyTargets = z.object({
  from: z.object({ code: ConstituencyCode, name: z.string() }),
  party: z.object({ code: z.string(), name: z.string() }),
  /** The swing threshold actually applied, in percentage points. */
  swing: z.number(),
  /** The votes the targets are worked out from: always the 2024 general election (by-elections and MPs' party changes since are not votes for the seat as a whole). */
  basis: z.object({ election: z.literal('general'), date: z.iso.date() }),
  /** Seats where the party came second, nearest first. */
  win: z.array(PartyTarget),
  /** Seats where the party came first, nearest first. */
  hold: z.array(PartyTarget),
});
export type PartyTargets = z.infer<typeof PartyTargets>;
