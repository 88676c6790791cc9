/**
 * 0008: a wall page costs the same at any size (issue 17). The totals were `count(*)` and `count(DISTINCT country)`
 * over every approved message on every request, and the all-partners order had no index.
 *
 * - Partial indexes serve the keyset order of the all-partners wall and of one partner's wall directly.
 * - `wall_totals` holds each wall's message and country counts: one row per partner plus the all-partners row
 *   (scope '*', which no partner slug can be). `wall_countries` counts approved messages per (scope, country), so
 *   a country leaves the total when its last message does.
 * - A row trigger keeps both in step with `solidarity_messages`, inside the transaction that approves, rejects or
 *   deletes the message, so no code path (moderation, erasure by id or by email, purge, a manual DELETE) can leave
 *   them wrong.
 *
 * Locks: every change takes the all-partners totals row first, so concurrent changes queue on that one row and
 * never lock partner or country rows in opposite orders (no deadlocks when one DELETE touches several partners).
 */
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
  // Adds (p_delta = 1) or removes (p_delta = -1) one approved message of p_country to scope p_scope. Removal is a plain
  // UPDATE: the rows exist (the message was counted) and an upsert would check its negative VALUES row first.
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
  `CREATE FUNCTION wall_totals_track() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    was boolean := false;
    now_on boolean := false;
  BEGIN
    -- OLD has no fields on INSERT, nor NEW on DELETE: read each only when the operation has it.
    IF TG_OP <> 'INSERT' THEN was := OLD.status = 'approved'; END IF;
    IF TG_OP <> 'DELETE' THEN now_on := NEW.status = 'approved'; END IF;
    IF was AND now_on AND OLD.partner IS NOT DISTINCT FROM NEW.partner AND OLD.country = NEW.country THEN
      RETURN NULL;
    END IF;
    IF was THEN
      PERFORM wall_count('*', OLD.country, -1);
      IF OLD.partner IS NOT NULL THEN PERFORM wall_count(OLD.partner, OLD.country, -1); END IF;
    END IF;
    IF now_on THEN
      PERFORM wall_count('*', NEW.country, 1);
      IF NEW.partner IS NOT NULL THEN PERFORM wall_count(NEW.partner, NEW.country, 1); END IF;
    END IF;
    RETURN NULL;
  END $$`,
  `CREATE TRIGGER solidarity_messages_wall_totals AFTER INSERT OR UPDATE OF status, partner, country OR DELETE ON solidarity_messages
    FOR EACH ROW EXECUTE FUNCTION wall_totals_track()`,
  // Backfill from the messages already approved.
  `INSERT INTO wall_countries (scope, country, messages)
     SELECT '*', country, count(*) FROM solidarity_messages WHERE status = 'approved' GROUP BY country
     UNION ALL
     SELECT partner, country, count(*) FROM solidarity_messages WHERE status = 'approved' AND partner IS NOT NULL GROUP BY partner, country`,
  `INSERT INTO wall_totals (scope, messages, countries) SELECT scope, sum(messages), count(*) FROM wall_countries GROUP BY scope`,
  `INSERT INTO wall_totals (scope, messages, countries) VALUES ('*', 0, 0) ON CONFLICT (scope) DO NOTHING`,
];
