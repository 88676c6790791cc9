/**
 * 0010: the console's server side (issue 12).
 *
 * - `sign_in_links`: one-time links emailed to organisers; only the SHA-256 of the token is stored, each works once
 *   (`used_at`) for 15 minutes (`expires_at`). Purged a day after use or expiry by the retention job.
 * - `console_sessions`: a signed-in organiser; the cookie's random id is stored hashed (`id_hash`), with the CSRF token
 *   the console sends back on writes, the idle and absolute expiry, and the organiser's sign-in before this one (the
 *   dashboard's "new since your last visit"). Deleting an organiser's rows ends their sessions at once.
 * - `organisers.last_sign_in_at`: shown to admins; copied into each new session as its `previous_sign_in_at`.
 * - `audit_log`: who (organiser or token) did what to which subject and when, with the constituency or partner it
 *   touched so each organiser sees the entries within their scopes. No personal data; kept one year.
 * - `canvass_signups.attended`: the organiser's attendance mark (null: not marked).
 */
export const statements: readonly string[] = [
  `CREATE TABLE sign_in_links (
    id uuid PRIMARY KEY,
    token_hash text NOT NULL UNIQUE,
    organiser_id uuid NOT NULL REFERENCES organisers (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at timestamptz
  )`,
  `CREATE TABLE console_sessions (
    id uuid PRIMARY KEY,
    id_hash text NOT NULL UNIQUE,
    organiser_id uuid NOT NULL REFERENCES organisers (id) ON DELETE CASCADE,
    csrf_token text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    idle_expires_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    previous_sign_in_at timestamptz
  )`,
  `CREATE INDEX console_sessions_organiser ON console_sessions (organiser_id)`,
  `ALTER TABLE organisers ADD COLUMN last_sign_in_at timestamptz`,
  `CREATE TABLE audit_log (
    id uuid PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    actor_type text NOT NULL CHECK (actor_type IN ('organiser', 'token')),
    actor_id text NOT NULL,
    actor_name text NOT NULL,
    action text NOT NULL,
    subject_type text,
    subject_id text,
    constituency_code text,
    partner text,
    details jsonb NOT NULL DEFAULT '{}'::jsonb
  )`,
  `CREATE INDEX audit_log_order ON audit_log (at DESC, id DESC)`,
  `ALTER TABLE canvass_signups ADD COLUMN attended boolean`,
];
