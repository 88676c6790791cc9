import * as z from 'zod/mini';
import { queryInt, queryPercent } from './common.js';
import { Constituency, NearbyMarginals } from './constituencies.js';
import { LocalGroupList } from './local.js';
import { PostcodeLookup } from './postcodes.js';

/**
 * Everything the finder's first screen shows for a postcode, in one response (issue 17: the finder made five requests
 * per lookup). The separate routes it is made of stay: SDK users call them, and the finder does when the supporter
 * picks one of several seats. docs/decisions/0011-one-request-lookup.md.
 */
export const PostcodeAnswerQuery = z.object({
  /** How many nearby marginal seats to list (1–20, default 5), as `nearby-marginals`' `limit`. */
  limit: z.optional(queryInt(1, 20, /^(?:[1-9]|1[0-9]|20)$/)),
  /** Seats with a majority up to this percentage count as marginal (default 10), as `nearby-marginals`'. */
  maxMajorityPct: z.optional(queryPercent()),
});

/** The seat a postcode lies in, when there is exactly one: what `/constituencies/{code}`, `/nearby-marginals` and `/local-groups` say about it. */
export const PostcodeAnswerSeat = z.object({
  /** As `GET /v1/constituencies/{code}`. */
  constituency: Constituency,
  /** As `GET /v1/constituencies/{code}/nearby-marginals?postcode=…` (measured from the postcode's sector). */
  nearby: NearbyMarginals,
  /**
   * As `GET /v1/local-groups?constituency={code}` (with the seat's `localContact`, null when none yet). Null when the
   * directory could not be read (the database is unavailable): the rest of the answer does not need the database, so
   * it still comes; ask `/v1/local-groups` again later.
   */
  local: z.nullable(LocalGroupList),
});
export type PostcodeAnswerSeat = z.infer<typeof PostcodeAnswerSeat>;

export const PostcodeAnswer = z.object({
  /**
   * As `GET /v1/postcodes/{postcode}`, except that a nation-only answer (`kind: 'nation'`, a Northern Ireland postcode,
   * whose seat the open data does not give) lists every seat of the nation in `matches` (share null) to choose from.
   */
  lookup: PostcodeLookup,
  /** When the postcode lies in exactly one seat (and not only its nation is known): that seat. Null otherwise (choose one of `lookup.matches`). */
  seat: z.nullable(PostcodeAnswerSeat),
});
export type PostcodeAnswer = z.infer<typeof PostcodeAnswer>;
