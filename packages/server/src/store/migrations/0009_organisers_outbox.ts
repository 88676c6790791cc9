/**
 * 0009: the organiser's half (issue 12). People who sign in to the console, and the outbox every email goes through.
 *
 * - `organisers`: a person with an email address (lower-cased, unique) and the same scopes a token has (`admin`,
 *   `partner:<slug>`, `constituency:<code>`); `notify` is how they want news of sign-ups and introductions.
 * - `outbox`: an email written in the same transaction as the change that causes it, delivered later by a worker that
 *   claims rows with `FOR UPDATE SKIP LOCKED` and a lease (`locked_until`), so a crash never loses one and two
 *   instances never send the same one. `dedupe_key` makes enqueueing idempotent (one confirmation per sign-up).
 *   The rendered text is stored, so what was sent is what the supporter saw; rows are purged by the retention job.
 */
export const statements: readonly string[] = [
  `CREATE TABLE organisers (
    id uuid PRIMARY KEY,
    email text NOT NULL UNIQUE CHECK (email = lower(email)),
    name text NOT NULL,
    language text NOT NULL DEFAULT 'en',
    scopes text[] NOT NULL,
    notify text NOT NULL DEFAULT 'immediate' CHECK (notify IN ('immediate', 'digest', 'off')),
    created_at timestamptz NOT NULL DEFAULT now(),
    disabled_at timestamptz
  )`,
  `CREATE TABLE outbox (
    id uuid PRIMARY KEY,
    kind text NOT NULL,
    to_address text NOT NULL,
    language text NOT NULL DEFAULT 'en',
    subject text NOT NULL,
    text_body text NOT NULL,
    html_body text NOT NULL,
    headers jsonb NOT NULL DEFAULT '{}'::jsonb,
    attachments jsonb NOT NULL DEFAULT '[]'::jsonb,
    dedupe_key text UNIQUE,
    send_after timestamptz NOT NULL DEFAULT now(),
    attempts integer NOT NULL DEFAULT 0,
    locked_until timestamptz,
    last_error text,
    provider_message_id text,
    sent_at timestamptz,
    failed_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX outbox_due ON outbox (send_after) WHERE sent_at IS NULL AND failed_at IS NULL`,
];
