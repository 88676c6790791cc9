/**
 * 0017: a canvassing sign-up in ONE autocommitted call (issue 17, docs/decisions/0010-write-path.md "Third round").
 *
 * 0016 made a sign-up two calls in a transaction (four round trips with BEGIN and COMMIT) because its emails and its
 * stored answer were rendered by the API process from what the first call returned. Now the call writes what the
 * emails and the answer are made FROM, not what they say:
 *
 * - `outbox.facts`: an email still to be rendered (the sign-up, the session as it was, who it is for). The outbox
 *   worker renders it in its reader's language and stores the text before sending it (services/email/from-facts.ts),
 *   so what is in the outbox after sending is what was sent. A row has its text or its facts, never neither.
 * - the stored answer of an Idempotency-Key is `{ status, facts }`; a replay makes the same body from the same facts
 *   (routes/canvass.ts signupAnswer), byte for byte: the .ics's DTSTAMP is the sign-up's own time, not the clock's.
 *
 * - a facts row is written with `locked_until = 'infinity'`: the previous release's workers (during a rolling upgrade)
 *   claim only rows whose lease has passed, so they never send a row they cannot render; this release's claim takes
 *   such a row as free (services/outbox-worker.ts).
 *
 * `canvass_signup_one` does what 0016's `canvass_signup_write` did (the limits, the key, the session locked FOR UPDATE
 * and checked, the sign-up), then writes those emails and the answer, and adds to the partner's count, all in the one
 * statement's transaction: the sign-up and its confirmation still exist together or not at all, and the session's
 * lock is held for this statement only instead of across two more round trips and the rendering.
 */
export const statements: readonly string[] = [
  `ALTER TABLE outbox ADD COLUMN facts jsonb`,
  `ALTER TABLE outbox ALTER COLUMN subject DROP NOT NULL`,
  `ALTER TABLE outbox ALTER COLUMN text_body DROP NOT NULL`,
  `ALTER TABLE outbox ALTER COLUMN html_body DROP NOT NULL`,
  `ALTER TABLE outbox ADD CONSTRAINT outbox_rendered_or_facts
     CHECK (facts IS NOT NULL OR (subject IS NOT NULL AND text_body IS NOT NULL AND html_body IS NOT NULL))`,
  // o_facts: the sign-up as the answer and the emails are made from it (no name, email or phone: those go only into
  // the emails' own rows). p_email_language: the supporter's email language as the API resolved it.
  //
  // The Idempotency-Key's row is written once, at the end, with the answer's facts (0016 inserted it first and
  // updated it last). A concurrent request with the same key waits on the key's advisory lock until this statement
  // commits; its next statement (a new snapshot) then finds the row and replays it. A key over 24 hours old counts as
  // unused and is taken over.
  `CREATE FUNCTION canvass_signup_one(
     p_window timestamptz, p_count boolean, p_attempts text, p_attempts_limit integer, p_net text, p_net_limit integer,
     p_shard text, p_other_shards text[], p_partner_limit integer, p_partner_net text,
     p_route text, p_key text, p_hash text,
     p_session uuid, p_id uuid, p_email text, p_name text, p_phone text, p_languages text[], p_first_time boolean,
     p_consent_version text, p_partner text, p_origin text, p_language text,
     p_base text, p_email_language text
   ) RETURNS TABLE (o_limits jsonb, o_replay jsonb, o_facts jsonb) LANGUAGE plpgsql AS $$
   DECLARE
     s record;
     w record;
     v_hash text;
          v_at text;
   BEGIN
     o_limits := write_limits(p_window, p_count, p_attempts, p_attempts_limit, p_net, p_net_limit, p_shard, p_other_shards,
       p_partner_limit, p_partner_net);
     IF p_key IS NOT NULL THEN
       PERFORM pg_advisory_xact_lock(hashtextextended('idempotency:' || p_route || ':' || p_key, 0));
       SELECT k.request_hash, k.response INTO v_hash, o_replay FROM idempotency_keys k
         WHERE k.route = p_route AND k.key = p_key AND k.created_at >= now() - interval '24 hours';
       IF FOUND THEN
         IF v_hash IS DISTINCT FROM p_hash THEN
           PERFORM write_refused('idempotency_conflict', jsonb_build_object('limits', o_limits));
         END IF;
         PERFORM write_partner_count(p_window, p_count, p_shard);
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
     SELECT * INTO w FROM canvass_sign_up(p_session, p_id, p_email, p_name, p_phone, p_languages, p_first_time,
       p_consent_version, p_partner, p_origin, p_language, s.capacity);
     o_facts := jsonb_build_object(
       'id', w.r_id, 'sessionId', w.r_session_id, 'status', w.r_status, 'createdAt', w.r_created_at,
       'created', w.r_created, 'waitlistPosition', w.r_waitlist_position, 'partner', p_partner, 'base', p_base,
       'session', to_jsonb(s) || jsonb_build_object('confirmed',
         w.r_confirmed_before + CASE WHEN w.r_created AND w.r_status = 'confirmed' THEN 1 ELSE 0 END));
     -- A repeat of the request (the same email, no key) sends none.
     IF w.r_created AND w.r_status <> 'cancelled' THEN
       v_at := to_char(w.r_created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
       INSERT INTO outbox (id, kind, to_address, language, facts, dedupe_key, locked_until)
       VALUES (gen_random_uuid(), 'signup-' || w.r_status, p_email, p_email_language,
         o_facts || jsonb_build_object('template', 'signup-received', 'name', p_name, 'language', p_language),
         'signup-' || w.r_status || ':' || w.r_id || ':' || v_at, 'infinity')
       ON CONFLICT (dedupe_key) DO NOTHING;
       -- The seat's organisers (and admins) who chose one email per event.
       INSERT INTO outbox (id, kind, to_address, language, facts, dedupe_key, locked_until)
       SELECT gen_random_uuid(), 'organiser-signup', g.email, g.language,
         o_facts || jsonb_build_object('template', 'organiser-signup', 'name', p_name,
           'organiser', jsonb_build_object('id', g.id, 'name', g.name, 'language', g.language)),
         'organiser-signup:' || g.id || ':' || w.r_id || ':' || floor(extract(epoch FROM w.r_created_at) * 1000)::bigint,
         'infinity'::timestamptz
       FROM organisers g
       WHERE g.disabled_at IS NULL AND g.notify = 'immediate' AND g.scopes && ARRAY['admin', 'constituency:' || s.constituency_code]
       ON CONFLICT (dedupe_key) DO NOTHING;
     END IF;
     IF p_key IS NOT NULL THEN
       INSERT INTO idempotency_keys AS k (key, route, request_hash, status, response)
       VALUES (p_key, p_route, p_hash, 'completed',
         jsonb_build_object('status', CASE WHEN w.r_created THEN 201 ELSE 200 END, 'facts', o_facts))
       ON CONFLICT (route, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, response = EXCLUDED.response, created_at = now();
     END IF;
     PERFORM write_partner_count(p_window, p_count, p_shard);
     RETURN NEXT;
   END $$`,
];
