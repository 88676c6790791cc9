/**
 * 0011: emails (issue 12). What the supporter's emails need to know, and the organisers' email pacing.
 *
 * - `language`: the language the widget was shown in when the person signed up or asked for an introduction (the
 *   contract's optional `language`); their emails are written in it. NULL (before this, or not sent) means English.
 * - `reminders`: false once the supporter followed the "turn reminders off" link of a reminder (List-Unsubscribe).
 * - `organiser_email_state`: when an organiser last got the daily digest and the moderation notice, so the digest is
 *   daily and a busy queue sends at most one notice per interval, not one per message.
 */
export const statements: readonly string[] = [
  `ALTER TABLE canvass_signups ADD COLUMN language text`,
  `ALTER TABLE canvass_signups ADD COLUMN reminders boolean NOT NULL DEFAULT true`,
  `ALTER TABLE introductions ADD COLUMN language text`,
  `CREATE TABLE organiser_email_state (
    organiser_id uuid PRIMARY KEY REFERENCES organisers (id) ON DELETE CASCADE,
    last_digest_at timestamptz,
    last_moderation_at timestamptz
  )`,
];
