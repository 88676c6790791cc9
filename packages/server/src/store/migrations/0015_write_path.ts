/**
 * 0015: the write path in one call (issue 17, docs/decisions/0010-write-path.md). A public write's rate limits (the
 * network's attempts, its kept writes, the partner's shared count spread over several rows, and once that has passed
 * its allowance the network's one more write to the partner) as one PL/pgSQL function: its statements' plans are made
 * once per connection and kept, where the same work as one SQL statement was planned again on every write (the
 * planning cost more than the writes). A limit is counted only if the ones before it held, as before. Called by
 * http/rate-limit.ts limitWrite. And the sign-up's write (services/canvass.ts signUp), made after the caller has locked
 * the session row: being a volatile function, each statement in it sees what was committed before it started, so the
 * count sees every sign-up committed while this one waited for the lock.
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
  // Returns the sign-up (new, rejoined after a cancellation, or the existing one), whether this call made it, the
  // confirmed count before it (at most the capacity) and, when waiting, its place in the queue.
  `CREATE FUNCTION canvass_sign_up(
     p_session uuid, p_id uuid, p_email text, p_name text, p_phone text, p_languages text[], p_first_time boolean,
     p_consent_version text, p_partner text, p_origin text, p_language text, p_capacity integer
   ) RETURNS TABLE (r_id uuid, r_session_id uuid, r_status text, r_created_at timestamptz, r_created boolean,
     r_confirmed_before integer, r_waitlist_position integer) LANGUAGE plpgsql AS $$
   DECLARE
     v_id uuid;
     v_status text;
     v_decided text;
   BEGIN
     SELECT count(*)::integer INTO r_confirmed_before
       FROM (SELECT 1 FROM canvass_signups c WHERE c.session_id = p_session AND c.status = 'confirmed' LIMIT p_capacity) x;
     v_decided := CASE WHEN r_confirmed_before < p_capacity THEN 'confirmed' ELSE 'waitlisted' END;
     SELECT c.id, c.status INTO v_id, v_status FROM canvass_signups c WHERE c.session_id = p_session AND lower(c.email) = lower(p_email);
     IF v_id IS NULL THEN
       INSERT INTO canvass_signups (id, session_id, name, email, phone, languages, first_time, consent_version, consent_at,
         partner, origin, status, language)
       VALUES (p_id, p_session, p_name, p_email, p_phone, p_languages, p_first_time, p_consent_version, now(), p_partner,
         p_origin, v_decided, p_language)
       RETURNING id, session_id, status, created_at INTO r_id, r_session_id, r_status, r_created_at;
       r_created := true;
     ELSIF v_status = 'cancelled' THEN
       -- Someone who cancelled and signs up again rejoins at the back of the queue.
       UPDATE canvass_signups c SET status = v_decided, name = p_name, phone = p_phone, languages = p_languages,
         first_time = p_first_time, consent_version = p_consent_version, consent_at = now(), partner = p_partner,
         origin = p_origin, created_at = now(), cancelled_at = NULL, promoted_at = NULL, language = p_language, reminders = true
       WHERE c.id = v_id
       RETURNING c.id, c.session_id, c.status, c.created_at INTO r_id, r_session_id, r_status, r_created_at;
       r_created := true;
     ELSE
       SELECT c.id, c.session_id, c.status, c.created_at INTO r_id, r_session_id, r_status, r_created_at
         FROM canvass_signups c WHERE c.id = v_id;
       r_created := false;
     END IF;
     IF r_status = 'waitlisted' THEN
       SELECT count(*)::integer INTO r_waitlist_position FROM canvass_signups w
        WHERE w.session_id = p_session AND w.status = 'waitlisted' AND (w.created_at, w.id) <= (r_created_at, r_id);
     END IF;
     RETURN NEXT;
   END $$`,
];
