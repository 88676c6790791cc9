/**
 * 0012: share after acting (issue 15, docs/sharing.md). One row per shared link's code and the partner whose page
 * it led to: how many visits it brought and how many actions followed. Counts only: no IP, no cookie, no time of a
 * single visit (first and last day only, so an organiser can tell a live share from an old one).
 * `partner` is '' for widgets without one (a primary key cannot hold null).
 */
export const statements: readonly string[] = [
  `CREATE TABLE referral_counts (
    code text NOT NULL,
    partner text NOT NULL DEFAULT '',
    visits integer NOT NULL DEFAULT 0,
    actions integer NOT NULL DEFAULT 0,
    first_day date NOT NULL DEFAULT CURRENT_DATE,
    last_day date NOT NULL DEFAULT CURRENT_DATE,
    PRIMARY KEY (code, partner)
  )`,
  `CREATE INDEX referral_counts_partner ON referral_counts (partner)`,
];
