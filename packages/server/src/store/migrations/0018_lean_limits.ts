/**
 * 0018: the public writes' limits in one row per network, fewer statements per write (issue 17,
 * docs/decisions/0010-write-path.md "Fourth round").
 *
 * Measured with pg_stat_statements (track = all) under `scripts/bench-writes.mjs`: of a message's 390 µs in its
 * function, the limits took about 180 (three upserts, the partner's sixteen rows summed, and two nested PL/pgSQL calls
 * made through PERFORM, each a query of its own); a sign-up also spent 83 µs looking for the same email's earlier
 * sign-up, with a plan cached while the table was small that read every sign-up of the session.
 *
 * - A network's attempts (the flood valve) are a column of its `net:` row instead of a row of their own: one upsert
 *   counts the attempt and, when the valve holds, the kept write.
 * - The partner's total is the sum of its shards as before, but the caller may pass the total it already knows
 *   (`p_partner_total`, http/rate-limit.ts PartnerTotals: a second old at most, plus its own writes since, and only while
 *   the total is under half the allowance); then no shard is read. Near the allowance it is always read.
 * - The write functions count the partner's shard as their last statement, inline, and claim the Idempotency-Key
 *   inline: no nested call goes through PERFORM on the way a write succeeds.
 * - A sign-up inserts first (`ON CONFLICT` on the session's and email's unique index, which the conflict check must
 *   use) and looks for the earlier sign-up only when there is one.
 *
 * 0015–0017's functions stay for the previous release during a rolling upgrade. Its writes count their attempts in
 * `attempts:` rows this release no longer reads (and this release's in the column the previous one does not read), so
 * for the hour the two run side by side a network's flood valve is up to twice as wide; the kept writes' count (`net:`
 * rows' `count`) and the partner's shards are the same rows in both.
 */
export const statements: readonly string[] = [
  `ALTER TABLE rate_limits ADD COLUMN attempts integer NOT NULL DEFAULT 0`,
  // Every limit of one public write, counted as 0015's rate_limit_write counted them (each only if the ones before it
  // held), returned as JSON with `refused` (a limit passed) and `partner_total` (the shards' sum, when read). Called by
  // a write function (p_alone false) it refuses the write (SW400, rolling it back) when a limit is passed, and the
  // caller counts the network's shard of the partner last. Called alone (before a write made in statements of its own)
  // it counts that shard now and returns the refusal for the caller to answer.
  `CREATE FUNCTION count_write_limits(
     p_window timestamptz, p_count boolean, p_net text, p_attempts_limit integer, p_net_limit integer,
     p_shard text, p_shards text[], p_partner_total integer, p_partner_limit integer, p_partner_net text,
     p_alone boolean
   ) RETURNS jsonb LANGUAGE plpgsql AS $$
   DECLARE
     v_result jsonb;
     v_attempts integer;
     v_net integer;
     v_total integer;
     v_partner integer;
     v_partner_net integer;
   BEGIN
     INSERT INTO rate_limits AS r (bucket, window_start, count, attempts)
     VALUES (p_net, p_window, CASE WHEN p_count AND p_attempts_limit >= 1 THEN 1 ELSE 0 END, 1)
     ON CONFLICT (bucket, window_start) DO UPDATE
       SET attempts = r.attempts + 1, count = r.count + CASE WHEN p_count AND r.attempts < p_attempts_limit THEN 1 ELSE 0 END
     RETURNING r.attempts, r.count + CASE WHEN p_count THEN 0 ELSE 1 END INTO v_attempts, v_net;
     IF v_attempts > p_attempts_limit THEN
       v_net := NULL;
     ELSIF v_net <= p_net_limit AND p_shard IS NOT NULL THEN
       v_total := p_partner_total;
       IF v_total IS NULL THEN
         SELECT coalesce(sum(r.count), 0)::integer INTO v_total FROM rate_limits r WHERE r.bucket = ANY(p_shards) AND r.window_start = p_window;
       END IF;
       v_partner := v_total + 1;
       IF p_alone AND p_count THEN
         INSERT INTO rate_limits AS r (bucket, window_start, count) VALUES (p_shard, p_window, 1)
         ON CONFLICT (bucket, window_start) DO UPDATE SET count = r.count + 1;
       END IF;
       IF v_partner > p_partner_limit THEN
         IF p_count THEN
           INSERT INTO rate_limits AS r (bucket, window_start, count) VALUES (p_partner_net, p_window, 1)
           ON CONFLICT (bucket, window_start) DO UPDATE SET count = r.count + 1
           RETURNING r.count INTO v_partner_net;
         ELSE
           SELECT coalesce((SELECT r.count FROM rate_limits r WHERE r.bucket = p_partner_net AND r.window_start = p_window), 0) + 1
             INTO v_partner_net;
         END IF;
       END IF;
     END IF;
     v_result := jsonb_build_object('attempts', v_attempts, 'net', v_net, 'partner', v_partner, 'partner_net', v_partner_net,
       'partner_total', CASE WHEN p_partner_total IS NULL THEN v_total END,
       'refused', v_attempts > p_attempts_limit OR coalesce(v_net > p_net_limit, false) OR coalesce(v_partner_net > 1, false));
     IF NOT p_alone AND (v_result->>'refused')::boolean THEN
       PERFORM write_refused('rate_limited', jsonb_build_object('limits', v_result));
     END IF;
     RETURN v_result;
   END $$`,
  // One more attempt by a network whose write failed (and took its counts with it): the flood valve's count.
  `CREATE FUNCTION count_write_attempt(p_window timestamptz, p_net text) RETURNS integer LANGUAGE sql AS $$
     INSERT INTO rate_limits AS r (bucket, window_start, count, attempts) VALUES (p_net, p_window, 0, 1)
     ON CONFLICT (bucket, window_start) DO UPDATE SET attempts = r.attempts + 1
     RETURNING r.attempts
   $$`,
  // 0016's solidarity_write with the limits above and the key claimed inline.
  `CREATE FUNCTION write_solidarity_message(
     p_window timestamptz, p_count boolean, p_net text, p_attempts_limit integer, p_net_limit integer,
     p_shard text, p_shards text[], p_partner_total integer, p_partner_limit integer, p_partner_net text,
     p_route text, p_key text, p_hash text, p_response jsonb,
     p_store boolean, p_id uuid, p_created_at timestamptz, p_name text, p_organisation text, p_country text, p_language text,
     p_message text, p_email text, p_partner text, p_origin text, p_message_hash text, p_sent_quickly boolean,
     p_notice_minutes integer
   ) RETURNS TABLE (o_limits jsonb, o_replay jsonb) LANGUAGE plpgsql AS $$
   DECLARE
     v_claimed boolean;
     v_hash text;
   BEGIN
     o_limits := count_write_limits(p_window, p_count, p_net, p_attempts_limit, p_net_limit, p_shard, p_shards,
       p_partner_total, p_partner_limit, p_partner_net, false);
     IF p_key IS NOT NULL THEN
       INSERT INTO idempotency_keys AS k (key, route, request_hash, status, response)
       VALUES (p_key, p_route, p_hash, 'completed', coalesce(p_response, '{}'::jsonb))
       ON CONFLICT (route, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, response = EXCLUDED.response, created_at = now()
         WHERE k.created_at < now() - interval '24 hours'
       RETURNING true INTO v_claimed;
       IF v_claimed IS NULL THEN
         SELECT k.request_hash, k.response INTO v_hash, o_replay FROM idempotency_keys k WHERE k.route = p_route AND k.key = p_key;
         IF v_hash IS DISTINCT FROM p_hash THEN
           PERFORM write_refused('idempotency_conflict', jsonb_build_object('limits', o_limits));
         END IF;
       END IF;
     END IF;
     IF o_replay IS NULL AND p_store THEN
       -- Two identical sends racing each other: only one passes the duplicate check.
       PERFORM pg_advisory_xact_lock(hashtext('solidarity:' || coalesce(p_partner, '') || ':' || p_message_hash));
       IF EXISTS (SELECT 1 FROM solidarity_messages m WHERE m.message_hash = p_message_hash
                  AND m.partner IS NOT DISTINCT FROM p_partner AND m.created_at > now() - interval '24 hours') THEN
         PERFORM write_refused('duplicate_message', jsonb_build_object('limits', o_limits));
       END IF;
       -- A moderator due a "messages are waiting" email: the write is made the long way (see 0016).
       IF EXISTS (SELECT 1 FROM organisers o LEFT JOIN organiser_email_state st ON st.organiser_id = o.id
                  WHERE o.disabled_at IS NULL AND o.notify IN ('immediate', 'digest')
                    AND o.scopes && CASE WHEN p_partner IS NULL THEN ARRAY['admin'] ELSE ARRAY['admin', 'partner:' || p_partner] END
                    AND (st.last_moderation_at IS NULL OR st.last_moderation_at <= now() - make_interval(mins => p_notice_minutes))) THEN
         PERFORM write_refused('needs_transaction', jsonb_build_object('limits', o_limits));
       END IF;
       INSERT INTO solidarity_messages (id, name, organisation, country, language, message, email, partner, origin, status,
         message_hash, sent_quickly, created_at)
       VALUES (p_id, p_name, p_organisation, p_country, p_language, p_message, p_email, p_partner, p_origin, 'pending',
         p_message_hash, p_sent_quickly, p_created_at);
     END IF;
     IF p_count AND p_shard IS NOT NULL THEN
       INSERT INTO rate_limits AS r (bucket, window_start, count) VALUES (p_shard, p_window, 1)
       ON CONFLICT (bucket, window_start) DO UPDATE SET count = r.count + 1;
     END IF;
     RETURN NEXT;
   END $$`,
  // 0017's canvass_signup_one with the limits above, the sign-up inserted first, and the partner's shard inline.
  `CREATE FUNCTION write_canvass_signup(
     p_window timestamptz, p_count boolean, p_net text, p_attempts_limit integer, p_net_limit integer,
     p_shard text, p_shards text[], p_partner_total integer, p_partner_limit integer, p_partner_net text,
     p_route text, p_key text, p_hash text,
     p_session uuid, p_id uuid, p_email text, p_name text, p_phone text, p_languages text[], p_first_time boolean,
     p_consent_version text, p_partner text, p_origin text, p_language text,
     p_base text, p_email_language text
   ) RETURNS TABLE (o_limits jsonb, o_replay jsonb, o_facts jsonb) LANGUAGE plpgsql AS $$
   DECLARE
     s record;
     w record;
     v_hash text;
     v_confirmed integer;
     v_decided text;
     v_id uuid;
     v_status text;
     v_created boolean := true;
     v_position integer;
     v_at text;
   BEGIN
     o_limits := count_write_limits(p_window, p_count, p_net, p_attempts_limit, p_net_limit, p_shard, p_shards,
       p_partner_total, p_partner_limit, p_partner_net, false);
     IF p_key IS NOT NULL THEN
       PERFORM pg_advisory_xact_lock(hashtextextended('idempotency:' || p_route || ':' || p_key, 0));
       SELECT k.request_hash, k.response INTO v_hash, o_replay FROM idempotency_keys k
         WHERE k.route = p_route AND k.key = p_key AND k.created_at >= now() - interval '24 hours';
       IF FOUND THEN
         IF v_hash IS DISTINCT FROM p_hash THEN
           PERFORM write_refused('idempotency_conflict', jsonb_build_object('limits', o_limits));
         END IF;
         IF p_count AND p_shard IS NOT NULL THEN
           INSERT INTO rate_limits AS r (bucket, window_start, count) VALUES (p_shard, p_window, 1)
           ON CONFLICT (bucket, window_start) DO UPDATE SET count = r.count + 1;
         END IF;
         RETURN NEXT;
         RETURN;
       END IF;
     END IF;
     SELECT c.id, c.constituency_code, c.title, c.starts_at, c.ends_at, c.meeting_point, c.organiser_name,
       c.organiser_contact, c.accessibility, c.capacity, c.status
       INTO s FROM canvass_sessions c WHERE c.id = p_session FOR UPDATE;
     IF NOT FOUND THEN
       PERFORM write_refused('session_not_found', jsonb_build_object('limits', o_limits));
     ELSIF s.status = 'cancelled' THEN
       PERFORM write_refused('session_not_open', jsonb_build_object('limits', o_limits, 'reason', 'cancelled'));
     ELSIF s.starts_at <= clock_timestamp() THEN
       PERFORM write_refused('session_not_open', jsonb_build_object('limits', o_limits, 'reason', 'past'));
     END IF;
     SELECT least(coalesce((SELECT n.confirmed FROM canvass_session_counts n WHERE n.session_id = p_session), 0), s.capacity)
       INTO v_confirmed;
     v_decided := CASE WHEN v_confirmed < s.capacity THEN 'confirmed' ELSE 'waitlisted' END;
     -- The session's lock is held, so no one else can sign this email up to it meanwhile: a conflict is an earlier
     -- sign-up, found through the same unique index.
     INSERT INTO canvass_signups (id, session_id, name, email, phone, languages, first_time, consent_version, consent_at,
       partner, origin, status, language)
     VALUES (p_id, p_session, p_name, p_email, p_phone, p_languages, p_first_time, p_consent_version, now(), p_partner,
       p_origin, v_decided, p_language)
     ON CONFLICT (session_id, lower(email)) DO NOTHING
     RETURNING id, session_id, status, created_at INTO w;
     IF NOT FOUND THEN
       SELECT c.id, c.status INTO v_id, v_status FROM canvass_signups c WHERE c.session_id = p_session AND lower(c.email) = lower(p_email);
       IF v_status = 'cancelled' THEN
         -- Someone who cancelled and signs up again rejoins at the back of the queue.
         UPDATE canvass_signups c SET status = v_decided, name = p_name, phone = p_phone, languages = p_languages,
           first_time = p_first_time, consent_version = p_consent_version, consent_at = now(), partner = p_partner,
           origin = p_origin, created_at = now(), cancelled_at = NULL, promoted_at = NULL, language = p_language, reminders = true
         WHERE c.id = v_id
         RETURNING c.id, c.session_id, c.status, c.created_at INTO w;
       ELSE
         SELECT c.id, c.session_id, c.status, c.created_at INTO w FROM canvass_signups c WHERE c.id = v_id;
         v_created := false;
       END IF;
     END IF;
     IF w.status = 'waitlisted' THEN
       SELECT count(*)::integer INTO v_position FROM canvass_signups x
        WHERE x.session_id = p_session AND x.status = 'waitlisted' AND (x.created_at, x.id) <= (w.created_at, w.id);
     END IF;
     o_facts := jsonb_build_object(
       'id', w.id, 'sessionId', w.session_id, 'status', w.status, 'createdAt', w.created_at,
       'created', v_created, 'waitlistPosition', v_position, 'partner', p_partner, 'base', p_base,
       'session', to_jsonb(s) || jsonb_build_object('confirmed',
         v_confirmed + CASE WHEN v_created AND w.status = 'confirmed' THEN 1 ELSE 0 END));
     -- A repeat of the request (the same email, no key) sends none.
     IF v_created AND w.status <> 'cancelled' THEN
       v_at := to_char(w.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
       INSERT INTO outbox (id, kind, to_address, language, facts, dedupe_key, locked_until)
       VALUES (gen_random_uuid(), 'signup-' || w.status, p_email, p_email_language,
         o_facts || jsonb_build_object('template', 'signup-received', 'name', p_name, 'language', p_language),
         'signup-' || w.status || ':' || w.id || ':' || v_at, 'infinity')
       ON CONFLICT (dedupe_key) DO NOTHING;
       -- The seat's organisers (and admins) who chose one email per event.
       INSERT INTO outbox (id, kind, to_address, language, facts, dedupe_key, locked_until)
       SELECT gen_random_uuid(), 'organiser-signup', g.email, g.language,
         o_facts || jsonb_build_object('template', 'organiser-signup', 'name', p_name,
           'organiser', jsonb_build_object('id', g.id, 'name', g.name, 'language', g.language)),
         'organiser-signup:' || g.id || ':' || w.id || ':' || floor(extract(epoch FROM w.created_at) * 1000)::bigint,
         'infinity'::timestamptz
       FROM organisers g
       WHERE g.disabled_at IS NULL AND g.notify = 'immediate' AND g.scopes && ARRAY['admin', 'constituency:' || s.constituency_code]
       ON CONFLICT (dedupe_key) DO NOTHING;
     END IF;
     IF p_key IS NOT NULL THEN
       INSERT INTO idempotency_keys AS k (key, route, request_hash, status, response)
       VALUES (p_key, p_route, p_hash, 'completed',
         jsonb_build_object('status', CASE WHEN v_created THEN 201 ELSE 200 END, 'facts', o_facts))
       ON CONFLICT (route, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, response = EXCLUDED.response, created_at = now();
     END IF;
     IF p_count AND p_shard IS NOT NULL THEN
       INSERT INTO rate_limits AS r (bucket, window_start, count) VALUES (p_shard, p_window, 1)
       ON CONFLICT (bucket, window_start) DO UPDATE SET count = r.count + 1;
     END IF;
     RETURN NEXT;
   END $$`,
];
