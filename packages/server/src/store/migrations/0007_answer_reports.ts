/**
 * 0007: supporters' reports of problems with finder answers (issue 13). Nothing personal: the postcode area only,
 * the answer shown and what is wrong. Read by the seat's organisers, the partner's tokens and admins.
 */
export const statements: readonly string[] = [
  `CREATE TABLE answer_reports (
    id uuid PRIMARY KEY,
    postcode_area text,
    constituency_code text,
    answer text NOT NULL,
    message text NOT NULL,
    language text,
    partner text,
    origin text,
    received_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX answer_reports_received ON answer_reports (received_at DESC)`,
];
