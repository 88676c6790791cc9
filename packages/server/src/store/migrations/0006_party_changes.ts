/**
 * 0006: MPs' party changes recorded by operators between data releases (issue 13), applied on top of the built
 * data in every constituency answer. Who added each one (the token's label, and its id while it exists) and when.
 */
export const statements: readonly string[] = [
  `CREATE TABLE party_changes (
    id uuid PRIMARY KEY,
    constituency_code text NOT NULL,
    party text NOT NULL,
    party_name text NOT NULL,
    effective_on date NOT NULL,
    source text NOT NULL,
    note text,
    added_by text NOT NULL,
    added_by_token uuid,
    added_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX party_changes_seat ON party_changes (constituency_code, effective_on, added_at)`,
];
