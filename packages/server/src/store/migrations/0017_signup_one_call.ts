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
 * - `canvass_session_counts`: each session's confirmed count, kept in step by a trigger on `canvass_signups` for every
 *   insert, status change and delete, whoever makes it (a sign-up, a cancellation, a promotion, an erasure, retention, a
 *   release before this one during a rolling upgrade). A sign-up counted the confirmed places on every call (up to the
 *   capacity) and every session list counted each session's, so their cost grew with the sign-ups. Like the wall's
 *   totals (0008) the table is derived: never copied by `move-to-postgres`, rebuilt by the copy's inserts. Overbooking
 *   stays impossible for the same reason as before: a sign-up reads the count in a statement after taking the session's
 *   lock `FOR UPDATE`, and every sign-up, cancellation and promotion of the session holds that lock while its trigger
 *   changes the count, until it commits.
 *
 * `canvass_signup_one` does what 0016's `canvass_signup_write` did (the limits, the key, the session locked FOR UPDATE
 * and checked, the sign-up), then writes those emails and the answer, and adds to the partner's count, all in the one
 * statement's transaction: the sign-up and its confirmation still exist together or not at all, and the session's
 * lock is held for this statement only instead of across two more round trips and the rendering.
 */
export const statements: readonly string[] = [
  `CREATE TABLE canvass_session_counts (
     session_id uuid PRIMARY KEY REFERENCES canvass_sessions (id) ON DELETE CASCADE,
     confirmed integer NOT NULL CHECK (confirmed >= 0)
   )`,
  `INSERT INTO canvass_session_counts (session_id, confirmed)
   SELECT session_id, count(*)::integer FROM canvass_signups WHERE status = 'confirmed' GROUP BY session_id`,
  `CREATE FUNCTION canvass_session_counts_track() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'UPDATE' AND OLD.status = NEW.status AND OLD.session_id = NEW.session_id THEN RETURN NULL; END IF;
     IF TG_OP <> 'INSERT' AND OLD.status = 'confirmed' THEN
       UPDATE canvass_session_counts SET confirmed = confirmed - 1 WHERE session_id = OLD.session_id;
     END IF;
     IF TG_OP <> 'DELETE' AND NEW.status = 'confirmed' THEN
       INSERT INTO canvass_session_counts AS c (session_id, confirmed) VALUES (NEW.session_id, 1)
       ON CONFLICT (session_id) DO UPDATE SET confirmed = c.confirmed + 1;
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER canvass_signups_counts AFTER INSERT OR DELETE OR UPDATE OF status, session_id ON canvass_signups
     FOR EACH ROW EXECUTE FUNCTION canvass_session_counts_track()`,
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
     v_confirmed integer;
     v_decided text;
     v_id uuid;
     v_status text;
     v_created boolean;
     v_position integer;
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
     -- 0015's canvass_sign_up, with the confirmed count read from canvass_session_counts (a statement after the lock).
     SELECT least(coalesce((SELECT n.confirmed FROM canvass_session_counts n WHERE n.session_id = p_session), 0), s.capacity)
       INTO v_confirmed;
     v_decided := CASE WHEN v_confirmed < s.capacity THEN 'confirmed' ELSE 'waitlisted' END;
     SELECT c.id, c.status INTO v_id, v_status FROM canvass_signups c WHERE c.session_id = p_session AND lower(c.email) = lower(p_email);
     IF v_id IS NULL THEN
       INSERT INTO canvass_signups (id, session_id, name, email, phone, languages, first_time, consent_version, consent_at,
         partner, origin, status, language)
       VALUES (p_id, p_session, p_name, p_email, p_phone, p_languages, p_first_time, p_consent_version, now(), p_partner,
         p_origin, v_decided, p_language)
       RETURNING id, session_id, status, created_at INTO w;
       v_created := true;
     ELSIF v_status = 'cancelled' THEN
       -- Someone who cancelled and signs up again rejoins at the back of the queue.
       UPDATE canvass_signups c SET status = v_decided, name = p_name, phone = p_phone, languages = p_languages,
         first_time = p_first_time, consent_version = p_consent_version, consent_at = now(), partner = p_partner,
         origin = p_origin, created_at = now(), cancelled_at = NULL, promoted_at = NULL, language = p_language, reminders = true
       WHERE c.id = v_id
       RETURNING c.id, c.session_id, c.status, c.created_at INTO w;
       v_created := true;
     ELSE
       SELECT c.id, c.session_id, c.status, c.created_at INTO w FROM canvass_signups c WHERE c.id = v_id;
       v_created := false;
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
     PERFORM write_partner_count(p_window, p_count, p_shard);
     RETURN NEXT;
   END $$`,
];
