/**
 * 0014: the write path in one call (issue 17, docs/decisions/0010-write-path.md). A public write's rate limits (the
 * network's attempts, its kept writes, the partner's shared count spread over several rows, and once that has passed
 * its allowance the network's one more write to the partner) as one PL/pgSQL function: its statements' plans are made
 * once per connection and kept, where the same work as one SQL statement was planned again on every write (the
 * planning cost more than the writes). A limit is counted only if the ones before it held, as before. Called by
 * http/rate-limit.ts limitWrite.
 */
export const statements: readonly string[] = [
  // One counter: counted (upserted) when p_count, else only read, as if counted.
  `CREATE FUNCTION rate_limit_bump(p_bucket text, p_window timestamptz, p_count boolean) RETURNS integer LANGUAGE plpgsql AS $$
   DECLARE n integer;
   BEGIN
     IF p_count THEN
       INSERT INTO rate_limits AS r (bucket, window_start, count) VALUES (p_bucket, p_window, 1)
       ON CONFLICT (bucket, window_start) DO UPDATE SET count = r.count + 1
       RETURNING r.count INTO n;
     ELSE
       SELECT coalesce((SELECT r.count FROM rate_limits r WHERE r.bucket = p_bucket AND r.window_start = p_window), 0) + 1 INTO n;
     END IF;
     RETURN n;
   END $$`,
  // NULL for a limit not reached (an earlier one failed, or no partner, or the partner's valve has not tripped).
  `CREATE FUNCTION rate_limit_write(
     p_window timestamptz, p_count boolean, p_attempts text, p_attempts_limit integer, p_net text, p_net_limit integer,
     p_shard text, p_other_shards text[], p_partner_limit integer, p_partner_net text
   ) RETURNS TABLE (attempts integer, net integer, partner integer, partner_net integer) LANGUAGE plpgsql AS $$
   BEGIN
     attempts := rate_limit_bump(p_attempts, p_window, true);
     IF attempts > p_attempts_limit THEN RETURN NEXT; RETURN; END IF;
     net := rate_limit_bump(p_net, p_window, p_count);
     IF net > p_net_limit OR p_shard IS NULL THEN RETURN NEXT; RETURN; END IF;
     partner := rate_limit_bump(p_shard, p_window, p_count)
       + coalesce((SELECT sum(r.count) FROM rate_limits r WHERE r.bucket = ANY(p_other_shards) AND r.window_start = p_window), 0)::integer;
     IF partner > p_partner_limit THEN partner_net := rate_limit_bump(p_partner_net, p_window, p_count); END IF;
     RETURN NEXT;
   END $$`,
];
