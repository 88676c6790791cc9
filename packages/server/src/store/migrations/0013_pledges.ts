/**
 * 0013: pledges to vote (issue 15, docs/pledges.md). One row per pledge: the seat, the partner, the election (kind
 * and polling day), what the person pledged, and only if they gave one, their email and whether they want reminders
 * (false once they follow a reminder's unsubscribe link). Erased 30 days after polling day by the retention job.
 *
 * - One pledge per email, seat and election: the unique index on the lower-cased address makes a repeat (another tab,
 *   a retry with a new key) find the first pledge instead of adding a second, under concurrency too.
 * - `pledges_count`: counts per seat (and per partner) are what the public route and the console read.
 * - `pledges_reminders_due`: the reminder job scans only pledges still wanting reminders, by polling day.
 */
export const statements: readonly string[] = [
  `CREATE TABLE pledges (
    id uuid PRIMARY KEY,
    partner text NOT NULL,
    constituency_code text NOT NULL,
    intent text NOT NULL CHECK (intent IN ('vote', 'register-and-vote')),
    election_type text NOT NULL,
    election_date date NOT NULL,
    email text,
    reminders boolean NOT NULL DEFAULT false,
    language text NOT NULL DEFAULT 'en',
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (email IS NOT NULL OR NOT reminders)
  )`,
  `CREATE UNIQUE INDEX pledges_one_per_person ON pledges (lower(email), constituency_code, election_date) WHERE email IS NOT NULL`,
  `CREATE INDEX pledges_count ON pledges (constituency_code, partner)`,
  `CREATE INDEX pledges_reminders_due ON pledges (election_date) WHERE reminders`,
];
