/**
 * 0004: when a message was rejected, so rejected messages (name and text of a person) can be purged after the
 * retention period (services/solidarity.ts `REJECTED_RETENTION_DAYS`). Messages rejected before this migration start
 * their period now: their rejection time was not recorded.
 */
export const statements: readonly string[] = [
  `ALTER TABLE solidarity_messages ADD COLUMN rejected_at timestamptz`,
  `UPDATE solidarity_messages SET rejected_at = now() WHERE status = 'rejected'`,
  `CREATE INDEX solidarity_messages_rejected ON solidarity_messages (rejected_at) WHERE status = 'rejected'`,
];
