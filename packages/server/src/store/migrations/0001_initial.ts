/**
 * 0001: the whole v1 schema. Plain PostgreSQL that PGlite runs unchanged.
 * Never edit a migration once released: add the next numbered file instead.
 */
export const statements: readonly string[] = [
  `CREATE TABLE canvass_sessions (
    id uuid PRIMARY KEY,
    constituency_code text NOT NULL,
    title text NOT NULL,
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    meeting_point text NOT NULL,
    organiser_name text NOT NULL,
    organiser_contact text NOT NULL,
    accessibility text,
    capacity integer NOT NULL CHECK (capacity >= 1),
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'cancelled')),
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_at > starts_at)
  )`,
  `CREATE INDEX canvass_sessions_constituency_starts ON canvass_sessions (constituency_code, starts_at)`,
  `CREATE INDEX canvass_sessions_starts ON canvass_sessions (starts_at)`,
  `CREATE TABLE canvass_signups (
    id uuid PRIMARY KEY,
    session_id uuid NOT NULL REFERENCES canvass_sessions (id) ON DELETE CASCADE,
    name text NOT NULL,
    email text NOT NULL,
    phone text,
    languages text[] NOT NULL DEFAULT '{}',
    first_time boolean NOT NULL,
    consent_version text NOT NULL,
    consent_at timestamptz NOT NULL,
    partner text,
    origin text,
    status text NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  // One sign-up per person per session, whatever the case of the address.
  `CREATE UNIQUE INDEX canvass_signups_session_email ON canvass_signups (session_id, lower(email))`,
  `CREATE INDEX canvass_signups_email ON canvass_signups (lower(email))`,
  `CREATE INDEX canvass_signups_session_status ON canvass_signups (session_id, status)`,
  `CREATE TABLE solidarity_messages (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    organisation text,
    country text NOT NULL,
    language text NOT NULL,
    message text NOT NULL,
    email text,
    partner text,
    origin text,
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    rejection_reason text,
    created_at timestamptz NOT NULL DEFAULT now(),
    published_at timestamptz,
    message_hash text NOT NULL
  )`,
  `CREATE INDEX solidarity_messages_wall ON solidarity_messages (status, partner, published_at DESC, id DESC)`,
  `CREATE INDEX solidarity_messages_hash ON solidarity_messages (message_hash, created_at)`,
  `CREATE INDEX solidarity_messages_email ON solidarity_messages (lower(email))`,
  `CREATE TABLE idempotency_keys (
    key text NOT NULL,
    route text NOT NULL,
    request_hash text NOT NULL,
    status text NOT NULL CHECK (status IN ('completed')),
    response jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (route, key)
  )`,
  `CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at)`,
  `CREATE TABLE rate_limits (
    bucket text NOT NULL,
    window_start timestamptz NOT NULL,
    count integer NOT NULL,
    PRIMARY KEY (bucket, window_start)
  )`,
  `CREATE INDEX rate_limits_window ON rate_limits (window_start)`,
  `CREATE TABLE admin_tokens (
    id uuid PRIMARY KEY,
    token_hash text NOT NULL UNIQUE,
    label text NOT NULL,
    scopes text[] NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
];
