/**
 * 0002: cancellation and waitlist promotion. When a sign-up was cancelled or promoted from the waitlist, and when a
 * session was last edited or cancelled, so organisers can tell people. Never edit once released.
 */
export const statements: readonly string[] = [
  `ALTER TABLE canvass_signups ADD COLUMN cancelled_at timestamptz`,
  `ALTER TABLE canvass_signups ADD COLUMN promoted_at timestamptz`,
  `ALTER TABLE canvass_sessions ADD COLUMN updated_at timestamptz`,
  `ALTER TABLE canvass_sessions ADD COLUMN cancelled_at timestamptz`,
  // The waitlist in order: the earliest waitlisted sign-up is promoted first.
  `CREATE INDEX canvass_signups_waitlist ON canvass_signups (session_id, created_at, id) WHERE status = 'waitlisted'`,
];
