/**
 * 0016: public writes in as few calls as possible (issue 17, docs/decisions/0010-write-path.md). Each call to the
 * database is a round trip (on these machines the socket write alone cost about a tenth of a millisecond of the API's
 * CPU, and as much again in the backend), so the work 0015 did in four to six statements inside BEGIN … COMMIT is
 * folded into one function per write:
 *
 * - `solidarity_write`: the rate limits, the Idempotency-Key (claimed, replayed or refused), the duplicate check's
 *   advisory lock, the check and the message, and the response stored with the key, as ONE autocommitted statement.
 *   When a moderator is due a "messages are waiting" email (at most once an hour each) it refuses with
 *   `needs_transaction` and the caller does the write the long way, in a transaction that renders that email.
 * - `canvass_signup_write`: the limits, the key, the session locked `FOR UPDATE` and checked, and the sign-up (0015's
 *   canvass_sign_up); then `write_finish` writes the confirmation and the organisers' emails, rendered by the caller
 *   from what the first call returned, and stores the response. Both in one transaction, so the sign-up and its
 *   confirmation exist together or not at all.
 *
 * A refusal (a limit reached, a key reused with another body, a duplicate, a session not open) raises SQLSTATE SW400
 * with the API's error code as the message and a JSON DETAIL holding the limits counted so far: the statement (or the
 * transaction) is rolled back whole, as the separate statements' transaction was, and the caller counts the attempt
 * again (routes/mount.ts). Inside a volatile PL/pgSQL function every statement takes a new snapshot, so a statement
 * after a lock (the session's, the advisory one, a key's primary key) sees what the lock's holder committed.
 */
export const statements: readonly string[] = [
  `CREATE FUNCTION write_refused(p_code text, p_detail jsonb) RETURNS void LANGUAGE plpgsql AS $$
   BEGIN
     RAISE EXCEPTION USING ERRCODE = 'SW400', MESSAGE = p_code, DETAIL = p_detail::text;
   END $$`,
  // 0015's rate_limit_write, refusing (and so rolling back) when a limit is passed, with one difference: the partner's
  // shared row is only read here (as if counted), and the caller adds to it with write_partner_count as the LAST thing
  // the write does. Adding to it takes that row's lock until the commit; at the start of a sign-up that was the whole
  // transaction (the session's lock, the emails, a second call), so writes naming the partner queued on its rows.
  // Returns the counts as JSON.
  `CREATE FUNCTION write_limits(
     p_window timestamptz, p_count boolean, p_attempts text, p_attempts_limit integer, p_net text, p_net_limit integer,
     p_shard text, p_other_shards text[], p_partner_limit integer, p_partner_net text
   ) RETURNS jsonb LANGUAGE plpgsql AS $$
   DECLARE
     v_attempts integer;
     v_net integer;
     v_partner integer;
     v_partner_net integer;
   BEGIN
     v_attempts := rate_limit_bump(p_attempts, p_window, true);
     IF v_attempts <= p_attempts_limit THEN
       v_net := rate_limit_bump(p_net, p_window, p_count);
       IF v_net <= p_net_limit AND p_shard IS NOT NULL THEN
         v_partner := rate_limit_bump(p_shard, p_window, false)
           + coalesce((SELECT sum(r.count) FROM rate_limits r WHERE r.bucket = ANY(p_other_shards) AND r.window_start = p_window), 0)::integer;
         IF v_partner > p_partner_limit THEN v_partner_net := rate_limit_bump(p_partner_net, p_window, p_count); END IF;
       END IF;
     END IF;
     IF v_attempts > p_attempts_limit OR v_net > p_net_limit OR v_partner_net > 1 THEN
       PERFORM write_refused('rate_limited', jsonb_build_object('limits',
         jsonb_build_object('attempts', v_attempts, 'net', v_net, 'partner', v_partner, 'partner_net', v_partner_net)));
     END IF;
     RETURN jsonb_build_object('attempts', v_attempts, 'net', v_net, 'partner', v_partner, 'partner_net', v_partner_net);
   END $$`,
  // The partner's share of a kept write, added last (see write_limits).
  `CREATE FUNCTION write_partner_count(p_window timestamptz, p_count boolean, p_shard text) RETURNS void LANGUAGE plpgsql AS $$
   BEGIN
     IF p_count AND p_shard IS NOT NULL THEN PERFORM rate_limit_bump(p_shard, p_window, true); END IF;
   END $$`,
  // Claims an Idempotency-Key (a new one, or one over 24 hours old taken over as new): NULL. A live key sent with the
  // same request: its stored response (a replay). With another request: refused. A concurrent claim of the same key
  // waits on the primary key until its holder commits; the SELECT after it, a new snapshot, then sees that row.
  `CREATE FUNCTION idempotency_claim(p_route text, p_key text, p_hash text, p_response jsonb, p_limits jsonb) RETURNS jsonb
   LANGUAGE plpgsql AS $$
   DECLARE
     v_claimed boolean;
     v_hash text;
     v_response jsonb;
   BEGIN
     IF p_key IS NULL THEN RETURN NULL; END IF;
     INSERT INTO idempotency_keys AS k (key, route, request_hash, status, response)
     VALUES (p_key, p_route, p_hash, 'completed', coalesce(p_response, '{}'::jsonb))
     ON CONFLICT (route, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, response = EXCLUDED.response, created_at = now()
       WHERE k.created_at < now() - interval '24 hours'
     RETURNING true INTO v_claimed;
     IF v_claimed THEN RETURN NULL; END IF;
     SELECT k.request_hash, k.response INTO v_hash, v_response FROM idempotency_keys k WHERE k.route = p_route AND k.key = p_key;
     IF v_hash IS DISTINCT FROM p_hash THEN
       PERFORM write_refused('idempotency_conflict', jsonb_build_object('limits', p_limits));
     END IF;
     RETURN v_response;
   END $$`,
  // A solidarity message in one call. p_store false: a honeypot hit (answered, stored nowhere, counted by no limit but
  // the attempts). p_response is the receipt the caller made (the id and time are the caller's), stored with the key.
  `CREATE FUNCTION solidarity_write(
     p_window timestamptz, p_count boolean, p_attempts text, p_attempts_limit integer, p_net text, p_net_limit integer,
     p_shard text, p_other_shards text[], p_partner_limit integer, p_partner_net text,
     p_route text, p_key text, p_hash text, p_response jsonb,
     p_store boolean, p_id uuid, p_created_at timestamptz, p_name text, p_organisation text, p_country text, p_language text,
     p_message text, p_email text, p_partner text, p_origin text, p_message_hash text, p_sent_quickly boolean,
     p_notice_minutes integer
   ) RETURNS TABLE (o_limits jsonb, o_replay jsonb) LANGUAGE plpgsql AS $$
   BEGIN
     o_limits := write_limits(p_window, p_count, p_attempts, p_attempts_limit, p_net, p_net_limit, p_shard, p_other_shards,
       p_partner_limit, p_partner_net);
     o_replay := idempotency_claim(p_route, p_key, p_hash, p_response, o_limits);
     IF o_replay IS NOT NULL OR NOT p_store THEN
       PERFORM write_partner_count(p_window, p_count, p_shard);
       RETURN NEXT;
       RETURN;
     END IF;
     -- Two identical sends racing each other: only one passes the duplicate check.
     PERFORM pg_advisory_xact_lock(hashtext('solidarity:' || coalesce(p_partner, '') || ':' || p_message_hash));
     IF EXISTS (SELECT 1 FROM solidarity_messages m WHERE m.message_hash = p_message_hash
                AND m.partner IS NOT DISTINCT FROM p_partner AND m.created_at > now() - interval '24 hours') THEN
       PERFORM write_refused('duplicate_message', jsonb_build_object('limits', o_limits));
     END IF;
     -- A moderator due a "messages are waiting" email: that email is rendered by the caller, so the write is made the
     -- long way, in a transaction (services/email/organiser.ts notifyModerators decides and sends it there).
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
     PERFORM write_partner_count(p_window, p_count, p_shard);
     RETURN NEXT;
   END $$`,
  // A sign-up's first call, inside the caller's transaction: the limits, the key (o_replay: its stored response), the
  // session locked and checked (with who to tell: o_notified), and the sign-up (0015's canvass_sign_up, whose count, a
  // statement after the lock, sees every sign-up committed while this one waited for it).
  `CREATE FUNCTION canvass_signup_write(
     p_window timestamptz, p_count boolean, p_attempts text, p_attempts_limit integer, p_net text, p_net_limit integer,
     p_shard text, p_other_shards text[], p_partner_limit integer, p_partner_net text,
     p_route text, p_key text, p_hash text,
     p_session uuid, p_id uuid, p_email text, p_name text, p_phone text, p_languages text[], p_first_time boolean,
     p_consent_version text, p_partner text, p_origin text, p_language text
   ) RETURNS TABLE (o_limits jsonb, o_replay jsonb, o_session jsonb, o_notified json, o_id uuid, o_session_id uuid,
     o_status text, o_created_at timestamptz, o_created boolean, o_confirmed_before integer, o_waitlist_position integer)
   LANGUAGE plpgsql AS $$
   DECLARE
     s record;
     w record;
   BEGIN
     o_limits := write_limits(p_window, p_count, p_attempts, p_attempts_limit, p_net, p_net_limit, p_shard, p_other_shards,
       p_partner_limit, p_partner_net);
     o_replay := idempotency_claim(p_route, p_key, p_hash, NULL, o_limits);
     IF o_replay IS NOT NULL THEN
       PERFORM write_partner_count(p_window, p_count, p_shard);
       RETURN NEXT;
       RETURN;
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
     o_session := to_jsonb(s);
     SELECT coalesce(json_agg(o ORDER BY o.email), '[]'::json) INTO o_notified FROM (
       SELECT g.id, g.email, g.name, g.language, g.scopes, g.notify, g.created_at, g.disabled_at, g.last_sign_in_at
       FROM organisers g
       WHERE g.disabled_at IS NULL AND g.notify = 'immediate' AND g.scopes && ARRAY['admin', 'constituency:' || s.constituency_code]) o;
     SELECT * INTO w FROM canvass_sign_up(p_session, p_id, p_email, p_name, p_phone, p_languages, p_first_time,
       p_consent_version, p_partner, p_origin, p_language, s.capacity);
     o_id := w.r_id;
     o_session_id := w.r_session_id;
     o_status := w.r_status;
     o_created_at := w.r_created_at;
     o_created := w.r_created;
     o_confirmed_before := w.r_confirmed_before;
     o_waitlist_position := w.r_waitlist_position;
     RETURN NEXT;
   END $$`,
  // The rest of a write, in its transaction: the emails the caller rendered (a JSON array of outbox rows; one already
  // there under the same dedupe key is kept), the response stored with the key, and the partner's share of the write.
  // The answer comes as its status and body text (made into the stored JSON here, not escaped and parsed again).
  `CREATE FUNCTION write_finish(p_route text, p_key text, p_status integer, p_body text, p_emails json, p_window timestamptz,
     p_count boolean, p_shard text) RETURNS void LANGUAGE plpgsql AS $$
   BEGIN
     IF p_emails IS NOT NULL THEN
       INSERT INTO outbox (id, kind, to_address, language, subject, text_body, html_body, headers, attachments, dedupe_key, send_after)
       SELECT e.id, e.kind, e.to_address, e.language, e.subject, e.text_body, e.html_body, coalesce(e.headers, '{}'::jsonb),
         coalesce(e.attachments, '[]'::jsonb), e.dedupe_key, coalesce(e.send_after, now())
       FROM json_to_recordset(p_emails) AS e(id uuid, kind text, to_address text, language text, subject text, text_body text,
         html_body text, headers jsonb, attachments jsonb, dedupe_key text, send_after timestamptz)
       ON CONFLICT (dedupe_key) DO NOTHING;
     END IF;
     IF p_key IS NOT NULL THEN
       UPDATE idempotency_keys SET response = jsonb_build_object('status', p_status, 'bodyText', p_body)
         WHERE route = p_route AND key = p_key;
     END IF;
     PERFORM write_partner_count(p_window, p_count, p_shard);
   END $$`,
];
