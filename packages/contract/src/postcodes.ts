import * as z from 'zod/mini';
import { Nation } from './common.js';
import { ConstituencySummary } from './constituencies.js';

export const PostcodeParams = z.object({ postcode: z.string().check(z.minLength(1), z.maxLength(16)) });

export const PostcodeMatch = z.object({
  constituency: ConstituencySummary,
  /** Share of the area's postcodes in this seat (1 for a whole postcode); null when unknown. */
  share: z.nullable(z.number()),
});
export type PostcodeMatch = z.infer<typeof PostcodeMatch>;

export const LookupSource = z.object({
  name: z.string(),
  /** Date the underlying data is current to. */
  currentTo: z.iso.date(),
  attribution: z.string(),
});

export const PostcodeLookup = z.object({
  /** The normalised query, e.g. `SW1A 0AA` or `SE13`. */
  query: z.string(),
  /** What was matched: a full postcode, its sector, a whole outcode, or only the nation. */
  kind: z.enum(['postcode', 'sector', 'outcode', 'nation']),
  nation: Nation,
  /** True when the postcode sits near a boundary or the area spans several seats. */
  uncertain: z.boolean(),
  /** One or more seats, largest share first. Never silently reduced to one. */
  matches: z.array(PostcodeMatch),
  source: LookupSource,
  /**
   * Set when the query was a postcode with its last letter missing (`SE6 4A`): what was typed, normalised. The answer
   * is for its sector (`query`, `kind: 'sector'`); show it with a hint to type the whole postcode for an exact seat.
   */
  incomplete: z.optional(z.string()),
});
export type PostcodeLookup = z.infer<typeof PostcodeLookup>;
