import * as z from 'zod/mini';
import { ConstituencyCode, IsoDateTime, Uuid, optionalText, text } from '../common.js';
import { SeatRef } from '../local.js';

/**
 * An MP's party change an operator records between data releases (issue 13): a defection, a suspended or restored
 * whip. Applied on top of the built data in every constituency answer. Admin only: it changes what every supporter reads.
 */

/** A party code as the data uses them (`Lab`, `Reform`, `YP`); a new one needs `partyName`. */
export const PartyCode = z.string().check(z.trim(), z.regex(/^[A-Za-z][A-Za-z0-9-]{0,19}$/));

/**
 * The page reporting the change: https only (a fact's source must be a page people can open safely), no control
 * characters. Case-insensitive by character classes, not a flag, as the JSON Schema pattern has none.
 */
export const SourceAddress = z.string().check(
  z.trim(),
  z.maxLength(300),
  z.regex(/^[Hh][Tt][Tt][Pp][Ss]:\/\/([A-Za-z0-9-]+\.)+[A-Za-z]{2,}(:\d{1,5})?([/?#][^\s\u0000-\u001f\u007f-\u009f]*)?$/),
);

export const PartyChangeRequest = z.object({
  /** The seat (July 2024 code) whose MP changed party. */
  constituency: ConstituencyCode,
  /** The party the MP sits for from `date`: a code from the data (`Ind` for a suspended whip) or a new one. */
  party: PartyCode,
  /** Required for a party code the data does not know; otherwise replaces the data's name (e.g. "Labour and Co-operative"). */
  partyName: z.optional(text(80)),
  /** The day the change took effect; not in the future, not before the seat's latest contest. */
  date: z.iso.date(),
  /** A page reporting the change (https). */
  source: SourceAddress,
  note: optionalText(300),
});
export type PartyChangeRequest = z.input<typeof PartyChangeRequest>;

export const PartyChange = z.object({
  id: Uuid,
  constituency: SeatRef,
  party: z.string(),
  partyName: z.string(),
  date: z.iso.date(),
  source: z.string(),
  note: z.nullable(z.string()),
  /** The label of the token that added it (audit). */
  addedBy: z.string(),
  addedAt: IsoDateTime,
  /** False when a later change (the data's or an operator's) supersedes it for the seat's MP. */
  applied: z.boolean(),
});
export type PartyChange = z.infer<typeof PartyChange>;

export const PartyChangeList = z.object({ changes: z.array(PartyChange) });
export type PartyChangeList = z.infer<typeof PartyChangeList>;

export const PartyChangeRemoval = z.object({ removed: PartyChange });
export type PartyChangeRemoval = z.infer<typeof PartyChangeRemoval>;
