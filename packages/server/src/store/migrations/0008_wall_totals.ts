/**
 * 0008: a wall page costs the same at any size (issue 17). The totals were `count(*)` and `count(DISTINCT country)`
 * over every approved message on every request, and the all-partners order had no index.
 *
 * - Partial indexes serve the keyset order of the all-partners wall and of one partner's wall directly.
 * - `wall_totals` holds each wall's message and country counts: one row per partner plus the all-partners row
 *   (scope '*', which no partner slug can be). `wall_countries` counts approved messages per (scope, country), so
 *   a country leaves the total when its last message does.
 * - Statement triggers keep both in step with `solidarity_messages`, inside the transaction that approves, rejects
 *   or deletes the message, so no code path (moderation, erasure by id or by email, purge, a manual DELETE) can leave
 *   them wrong.
 *
 * Locks: a statement that changes what the wall shows takes the all-partners totals row ('*') first, after the
 * statement has locked all its message rows (AFTER triggers fire at the statement's end), so concurrent changes
 * queue on that one row and never lock partner or country rows in opposite orders. Statement triggers with
 * transition tables apply one net change per (scope, country), so erasing a person or a bulk load is a few counter
 * updates, not one per message. Rule for future code: change the wall's messages with one statement per transaction
 * (as every service does), or lock '*' before the first, so no transaction holds '*' while waiting for a message.
 */
type Op = 'INSERT' | 'UPDATE' | 'DELETE';

/**
 * The trigger function for one kind of statement: the net change per (scope, country) of the approved rows it
 * removed (old_rows) and added (new_rows), applied '*' first. A statement that changes no approved row (sending a
 * pending message, purging rejected ones) applies nothing and takes no lock.
 */
function trackFunction(op: Op): string {
  const changes = [
    ...(op === 'INSERT' ? [] : [`SELECT partner, country, -1 AS delta FROM old_rows WHERE status = 'approved'`]),
    ...(op === 'DELETE' ? [] : [`SELECT partner, country, 1 AS delta FROM new_rows WHERE status = 'approved'`]),
  ].join(' UNION ALL ');
  return `CREATE FUNCTION wall_totals_${op.toLowerCase()}() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    d record;
  BEGIN
    FOR d IN
      WITH changes AS (${changes}),
      scoped AS (
        SELECT '*' AS scope, country, delta FROM changes
        UNION ALL SELECT partner, country, delta FROM changes WHERE partner IS NOT NULL
      )
      SELECT scope, country, sum(delta)::integer AS delta FROM scoped GROUP BY scope, country HAVING sum(delta) <> 0
      ORDER BY scope <> '*', scope, country
    LOOP
      PERFORM wall_count(d.scope, d.country, d.delta);
    END LOOP;
    RETURN NULL;
  END $$`;
}

export const statements: readonly string[] = [
  // No writes between the backfill below and the trigger taking over.
  `LOCK TABLE solidarity_messages IN SHARE ROW EXCLUSIVE MODE`,
  `CREATE INDEX solidarity_messages_wall_all ON solidarity_messages (published_at DESC, id DESC) WHERE status = 'approved'`,
  `CREATE INDEX solidarity_messages_wall_partner ON solidarity_messages (partner, published_at DESC, id DESC) WHERE status = 'approved'`,
  `CREATE TABLE wall_totals (
    scope text PRIMARY KEY,
    messages integer NOT NULL CHECK (messages >= 0),
    countries integer NOT NULL CHECK (countries >= 0)
  )`,
  `CREATE TABLE wall_countries (
    scope text NOT NULL,
    country text NOT NULL,
    messages integer NOT NULL CHECK (messages >= 0),
    PRIMARY KEY (scope, country)
  )`,
  // Adds (p_delta > 0) or removes (p_delta < 0) approved messages of p_country to scope p_scope. Removal is a plain
  // UPDATE: the rows exist (the messages were counted) and an upsert would check its negative VALUES row first.
  `CREATE FUNCTION wall_count(p_scope text, p_country text, p_delta integer) RETURNS void LANGUAGE plpgsql AS $$
  DECLARE
    n integer;
  BEGIN
    -- The totals row first: it is the lock every change queues on.
    IF p_delta > 0 THEN
      INSERT INTO wall_totals (scope, messages, countries) VALUES (p_scope, p_delta, 0)
        ON CONFLICT (scope) DO UPDATE SET messages = wall_totals.messages + p_delta;
      INSERT INTO wall_countries (scope, country, messages) VALUES (p_scope, p_country, p_delta)
        ON CONFLICT (scope, country) DO UPDATE SET messages = wall_countries.messages + p_delta
        RETURNING messages INTO n;
      IF n = p_delta THEN
        UPDATE wall_totals SET countries = countries + 1 WHERE scope = p_scope;
      END IF;
    ELSE
      UPDATE wall_totals SET messages = messages + p_delta WHERE scope = p_scope;
      UPDATE wall_countries SET messages = messages + p_delta WHERE scope = p_scope AND country = p_country
        RETURNING messages INTO n;
      IF n = 0 THEN
        UPDATE wall_totals SET countries = countries - 1 WHERE scope = p_scope;
        DELETE FROM wall_countries WHERE scope = p_scope AND country = p_country;
      END IF;
    END IF;
  END $$`,
  ...(['INSERT', 'UPDATE', 'DELETE'] as const).map(trackFunction),
  `CREATE TRIGGER solidarity_messages_wall_insert AFTER INSERT ON solidarity_messages
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION wall_totals_insert()`,
  `CREATE TRIGGER solidarity_messages_wall_update AFTER UPDATE ON solidarity_messages
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION wall_totals_update()`,
  `CREATE TRIGGER solidarity_messages_wall_delete AFTER DELETE ON solidarity_messages
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION wall_totals_delete()`,
  // Backfill from the messages already approved.
  `INSERT INTO wall_countries (scope, country, messages)
     SELECT '*', country, count(*) FROM solidarity_messages WHERE status = 'approved' GROUP BY country
     UNION ALL
     SELECT partner, country, count(*) FROM solidarity_messages WHERE status = 'approved' AND partner IS NOT NULL GROUP BY partner, country`,
  `INSERT INTO wall_totals (scope, messages, countries) SELECT scope, sum(messages), count(*) FROM wall_countries GROUP BY scope`,
  `INSERT INTO wall_totals (scope, messages, countries) VALUES ('*', 0, 0) ON CONFLICT (scope) DO NOTHING`,
];
