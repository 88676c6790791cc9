/**
 * 0004: a message sent faster than the form's minimum time is no longer dropped as a bot (a fast person was
 * told "sent" while nothing was stored). It is stored as pending like any other, marked so moderators look twice.
 */
export const statements: readonly string[] = [
  `ALTER TABLE solidarity_messages ADD COLUMN sent_quickly boolean NOT NULL DEFAULT false`,
];
