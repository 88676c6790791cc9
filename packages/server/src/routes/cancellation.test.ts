import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../services/tokens.js';
import { PARTNER_ORIGIN, expectShape, futureIso, makeSession, setup, signupBody } from '../testing/harness.js';
import { raceCancellationsAndSignups, sessionCountDrift } from '../testing/scenarios.js';

let h: Awaited<ReturnType<typeof setup>>;
beforeAll(async () => {
  h = await setup();
});
afterAll(() => h.close());

const signUp = (sessionId: string, email: string, headers: Record<string, string> = {}) =>
  h.call('POST', '/v1/canvass-signups', { origin: PARTNER_ORIGIN, headers, body: signupBody(sessionId, { email }) });
const cancel = (id: string, token: unknown) => h.call('POST', `/v1/canvass-signups/${id}/cancel`, { origin: PARTNER_ORIGIN, body: { token } });
const statusOf = async (id: string) =>
  (await h.store.query<{ status: string }>('SELECT status FROM canvass_signups WHERE id = $1', [id])).rows[0]?.status;

describe('supporter cancellation', () => {
  it('the receipt carries a cancel token and the absolute address of the cancellation page', async () => {
    const session = await makeSession(h.call, h.adminToken);
    const res = await signUp(session, 'receipt@example.org');
    const receipt = expectShape('createCanvassSignup', res.json);
    expect(receipt.cancelToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(receipt.cancelUrl).toBe(`http://localhost/cancel-signup?id=${receipt.signup.id}&token=${receipt.cancelToken}`);
  });

  it('the cancellation page asks first (opening the link cancels nothing), then cancels and frees the place', async () => {
    const session = await makeSession(h.call, h.adminToken, { capacity: 1 });
    const mine = (await signUp(session, 'page-a@example.org')).json;
    const waiting = (await signUp(session, 'page-b@example.org')).json;
    const link = new URL(mine.cancelUrl);

    const opened = await h.call('GET', `${link.pathname}${link.search}`);
    expect(opened.status).toBe(200);
    expect(opened.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(opened.text).toContain('Cancel my place');
    expect(await statusOf(mine.signup.id)).toBe('confirmed');

    const form = new URLSearchParams({ id: mine.signup.id, token: mine.cancelToken }).toString();
    const done = await h.call('POST', '/cancel-signup', { rawBody: form, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(done.status).toBe(200);
    expect(done.text).toContain('Your place is cancelled');
    expect(await statusOf(mine.signup.id)).toBe('cancelled');
    expect(await statusOf(waiting.signup.id)).toBe('confirmed');
  });

  it('the cancellation page refuses a wrong token or id, with a 404 page and no change', async () => {
    const session = await makeSession(h.call, h.adminToken);
    const mine = (await signUp(session, 'page-c@example.org')).json;
    const other = (await signUp(session, 'page-d@example.org')).json;
    expect((await h.call('GET', `/cancel-signup?id=${mine.signup.id}&token=${other.cancelToken}`)).status).toBe(404);
    expect((await h.call('GET', '/cancel-signup?id=not-a-uuid&token=x')).status).toBe(404);
    const form = new URLSearchParams({ id: mine.signup.id, token: other.cancelToken }).toString();
    const refused = await h.call('POST', '/cancel-signup', { rawBody: form, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(refused.status).toBe(404);
    expect(refused.text).toContain('does not work');
    expect(await statusOf(mine.signup.id)).toBe('confirmed');
  });

  it('a repeat sign-up with the same email but no Idempotency-Key gets no token (an email is not a key)', async () => {
    const session = await makeSession(h.call, h.adminToken);
    const first = await signUp(session, 'victim@example.org');
    const again = await signUp(session, 'Victim@example.org');
    expect(again.status).toBe(200);
    expect(again.json.signup.id).toBe(first.json.signup.id);
    expect(again.json.cancelToken).toBeUndefined();
    expect(again.json.cancelUrl).toBeUndefined();
    // …while a retry with the same key replays the first answer, token included.
    const key = { 'Idempotency-Key': 'cancel-token-replay' };
    const keyed = await signUp(session, 'keyed@example.org', key);
    const replay = await signUp(session, 'keyed@example.org', key);
    expect(replay.json.cancelToken).toBe(keyed.json.cancelToken);
  });

  it('cancels with the token, idempotently, and the earliest waitlisted person takes the place', async () => {
    const session = await makeSession(h.call, h.adminToken, { capacity: 2 });
    const all = [];
    for (const n of ['a', 'b', 'w1', 'w2']) all.push((await signUp(session, `${n}@example.org`)).json);
    const confirmed = all.filter((r) => r.signup.status === 'confirmed');
    const waiting = all.filter((r) => r.signup.status === 'waitlisted');
    expect(confirmed).toHaveLength(2);
    expect(waiting).toHaveLength(2);

    const res = await cancel(confirmed[0].signup.id, confirmed[0].cancelToken);
    expect(res.status).toBe(200);
    const body = expectShape('cancelCanvassSignup', res.json);
    expect(body.signup).toMatchObject({ id: confirmed[0].signup.id, status: 'cancelled' });
    expect(body.session).toMatchObject({ id: session, capacity: 2, placesLeft: 0, status: 'full' });
    expect(await statusOf(waiting[0].signup.id)).toBe('confirmed');
    expect(await statusOf(waiting[1].signup.id)).toBe('waitlisted');

    const again = await cancel(confirmed[0].signup.id, confirmed[0].cancelToken);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(res.json);
    expect(await statusOf(waiting[1].signup.id)).toBe('waitlisted'); // nobody promoted twice

    // A waitlisted person cancelling frees no place; an empty waitlist leaves the place open.
    expect((await cancel(waiting[1].signup.id, waiting[1].cancelToken)).json.session.placesLeft).toBe(0);
    const last = await cancel(confirmed[1].signup.id, confirmed[1].cancelToken);
    expect(last.json.session).toMatchObject({ placesLeft: 1, status: 'open' });
    const { rows } = await h.store.query<{ promoted_at: Date | null; cancelled_at: Date | null }>(
      'SELECT promoted_at, cancelled_at FROM canvass_signups WHERE id = $1',
      [waiting[0].signup.id],
    );
    expect(rows[0]?.promoted_at).not.toBeNull();
    expect(rows[0]?.cancelled_at).toBeNull();
  });

  it('a wrong token, another sign-up\'s token or an unknown id is 404 signup_not_found and changes nothing', async () => {
    const session = await makeSession(h.call, h.adminToken);
    const mine = (await signUp(session, 'mine@example.org')).json;
    const theirs = (await signUp(session, 'theirs@example.org')).json;
    for (const [id, token] of [
      [theirs.signup.id, mine.cancelToken],
      [mine.signup.id, `${mine.cancelToken.slice(0, -1)}${mine.cancelToken.endsWith('A') ? 'B' : 'A'}`],
      [mine.signup.id, 'short'],
      ['8f0e7a5c-3c1d-4b7e-9a55-3f1f6c2b9d10', mine.cancelToken],
    ] as const) {
      const res = await cancel(id, token);
      expect(res.status).toBe(404);
      expect(res.json.error.code).toBe('signup_not_found');
    }
    expect(await statusOf(theirs.signup.id)).toBe('confirmed');
    expect(await statusOf(mine.signup.id)).toBe('confirmed');
    expect((await cancel('not-a-uuid', mine.cancelToken)).status).toBe(400);
    expect((await cancel(mine.signup.id, '')).json.error.code).toBe('validation_failed');
    const foreign = await h.call('POST', `/v1/canvass-signups/${mine.signup.id}/cancel`, { origin: 'https://evil.example', body: { token: mine.cancelToken } });
    expect(foreign.json.error.code).toBe('origin_not_allowed');
  });

  it('someone who cancelled can sign up again, at the back of the queue, with a working token', async () => {
    const session = await makeSession(h.call, h.adminToken, { capacity: 1 });
    const first = (await signUp(session, 'back@example.org')).json;
    await cancel(first.signup.id, first.cancelToken);
    await signUp(session, 'holder@example.org');
    const again = await signUp(session, 'back@example.org');
    expect(again.status).toBe(201);
    expect(again.json.signup).toMatchObject({ id: first.signup.id, status: 'waitlisted' });
    expect((await cancel(again.json.signup.id, again.json.cancelToken)).json.signup.status).toBe('cancelled');
  });

  it('parallel cancellations and sign-ups never overbook and leave no place free while people wait', async () => {
    const r = await raceCancellationsAndSignups(h.call, h.store, h.adminToken, 5);
    expect(r.statuses.filter((s) => s !== 200 && s !== 201)).toEqual([]);
    expect(r.confirmed).toBe(r.capacity);
    expect(r.cancelled).toBe(r.cancelledIds.length);
    expect(r.confirmed + r.waitlisted + r.cancelled).toBe(r.capacity * 4);
  });
});

describe('organisers: sessions and sign-ups', () => {
  let hendonToken: string;
  let lewishamToken: string;
  let partnerToken: string;
  beforeAll(async () => {
    hendonToken = (await createToken(h.store, 'hendon organiser', ['constituency:E14001279'])).token;
    lewishamToken = (await createToken(h.store, 'lewisham organiser', ['constituency:E14001331'])).token;
    partnerToken = (await createToken(h.store, 'partner moderator', ['partner:unite-polish-branch'])).token;
  });
  const patch = (id: string, body: unknown, token: string) => h.call('PATCH', `/v1/admin/canvass-sessions/${id}`, { token, body });

  it('edit a session: only the given fields change; accessibility can be cleared', async () => {
    const id = await makeSession(h.call, hendonToken, { accessibility: 'Step-free' });
    const startsAt = futureIso(9, 11);
    const res = await patch(id, { title: 'Hendon: Sunday canvass', startsAt, endsAt: futureIso(9, 14), meetingPoint: 'Hendon Central', organiserContact: 'new@example.org' }, hendonToken);
    expect(res.status).toBe(200);
    const s = expectShape('adminUpdateCanvassSession', res.json);
    expect(s).toMatchObject({ title: 'Hendon: Sunday canvass', startsAt, meetingPoint: 'Hendon Central', accessibility: 'Step-free' });
    expect(s.organiser).toEqual({ name: 'Hendon CLP', contact: 'new@example.org' });
    expect((await patch(id, { accessibility: null }, hendonToken)).json.accessibility).toBeNull();
    const bad = await patch(id, { endsAt: futureIso(8, 10) }, hendonToken);
    expect(bad.status).toBe(400);
    expect(bad.json.error.details.fields[0].field).toBe('endsAt');
    expect((await patch(id, { capacity: 0 }, hendonToken)).status).toBe(400);
  });

  it('more places promote the waitlist in order; fewer than confirmed is 409 capacity_below_confirmed', async () => {
    const id = await makeSession(h.call, hendonToken, { capacity: 2 });
    const ids: string[] = [];
    for (const n of [1, 2, 3, 4, 5]) ids.push((await signUp(id, `cap${n}@example.org`)).json.signup.id);
    const grow = await patch(id, { capacity: 4 }, hendonToken);
    expect(grow.json).toMatchObject({ capacity: 4, placesLeft: 0, status: 'full' });
    expect(await Promise.all(ids.map(statusOf))).toEqual(['confirmed', 'confirmed', 'confirmed', 'confirmed', 'waitlisted']);
    const shrink = await patch(id, { capacity: 3 }, hendonToken);
    expect(shrink.status).toBe(409);
    expect(shrink.json.error).toMatchObject({ code: 'capacity_below_confirmed', details: { confirmed: 4, capacity: 3 } });
    expect((await patch(id, { capacity: 4, title: 'Same size' }, hendonToken)).status).toBe(200);
  });

  it('cancel a session: idempotent, off the public list, no new sign-ups, no edits; its sign-ups are kept', async () => {
    const id = await makeSession(h.call, hendonToken, { capacity: 1 });
    const holder = (await signUp(id, 'holder2@example.org')).json;
    const waiting = (await signUp(id, 'waiting2@example.org')).json;
    const res = await h.call('POST', `/v1/admin/canvass-sessions/${id}/cancel`, { token: hendonToken });
    expect(res.status).toBe(200);
    expect(expectShape('adminCancelCanvassSession', res.json).status).toBe('cancelled');
    expect((await h.call('POST', `/v1/admin/canvass-sessions/${id}/cancel`, { token: hendonToken })).json.status).toBe('cancelled');
    const list = expectShape('listCanvassSessions', (await h.call('GET', '/v1/canvass-sessions?constituency=E14001279')).json);
    expect(list.sessions.map((s) => s.id)).not.toContain(id);
    expect((await signUp(id, 'late@example.org')).json.error.code).toBe('session_not_open');
    expect((await patch(id, { title: 'Revived' }, hendonToken)).json.error.code).toBe('session_not_open');
    // The supporter can still cancel; nobody is promoted into a cancelled session.
    await cancel(holder.signup.id, holder.cancelToken);
    expect(await statusOf(waiting.signup.id)).toBe('waitlisted');
    const mine = expectShape('adminListCanvassSessions', (await h.call('GET', '/v1/admin/canvass-sessions', { token: hendonToken })).json);
    expect(mine.sessions.find((s) => s.id === id)?.status).toBe('cancelled');
  });

  it('lists their sign-ups as JSON, all or one session\'s', async () => {
    const id = await makeSession(h.call, hendonToken, { capacity: 1 });
    await h.call('POST', '/v1/canvass-signups', { body: signupBody(id, { email: 'listed@example.org', name: 'Listed Person', phone: '+44 20 7946 0000' }) });
    await signUp(id, 'listed-waiting@example.org');
    const res = await h.call('GET', `/v1/admin/canvass-signups?session=${id}`, { token: hendonToken });
    expect(res.status).toBe(200);
    const { signups } = expectShape('adminListCanvassSignups', res.json);
    expect(signups.map((s) => [s.email, s.status])).toEqual([
      ['listed@example.org', 'confirmed'],
      ['listed-waiting@example.org', 'waitlisted'],
    ]);
    expect(signups[0]).toMatchObject({
      sessionId: id, name: 'Listed Person', phone: '+44 20 7946 0000', languages: ['pl', 'en'], firstTime: true,
      consentVersion: '2026-11-23', partner: 'unite-polish-branch', constituency: { code: 'E14001279', name: 'Hendon' },
      promotedAt: null, cancelledAt: null,
    });
    const all = expectShape('adminListCanvassSignups', (await h.call('GET', '/v1/admin/canvass-signups', { token: hendonToken })).json);
    expect(all.signups.length).toBeGreaterThan(signups.length);
  });

  it('an organiser never sees or touches another organiser\'s sessions or sign-ups', async () => {
    const theirs = await makeSession(h.call, lewishamToken, { constituencyCode: 'E14001331', title: 'Catford doors' });
    await h.call('POST', '/v1/canvass-signups', { body: signupBody(theirs, { email: 'catford-only@example.org' }) });
    const unknown = '8f0e7a5c-3c1d-4b7e-9a55-3f1f6c2b9d10';
    // Another organiser's session answers exactly like one that does not exist.
    for (const id of [theirs, unknown]) {
      const edit = await patch(id, { capacity: 50 }, hendonToken);
      expect(edit.status).toBe(404);
      expect(edit.json.error.code).toBe('session_not_found');
      expect((await h.call('POST', `/v1/admin/canvass-sessions/${id}/cancel`, { token: hendonToken })).json.error.code).toBe('session_not_found');
      expect((await h.call('GET', `/v1/admin/canvass-signups?session=${id}`, { token: hendonToken })).json.error.code).toBe('session_not_found');
    }
    const list = expectShape('adminListCanvassSignups', (await h.call('GET', '/v1/admin/canvass-signups', { token: hendonToken })).json);
    expect(list.signups.length).toBeGreaterThan(0);
    expect(list.signups.every((s) => s.constituency.code === 'E14001279')).toBe(true);
    expect(JSON.stringify(list)).not.toContain('catford-only@example.org');
    const sessions = expectShape('adminListCanvassSessions', (await h.call('GET', '/v1/admin/canvass-sessions', { token: hendonToken })).json);
    expect(sessions.sessions.map((s) => s.id)).not.toContain(theirs);
    expect(sessions.sessions.every((s) => s.constituency.code === 'E14001279')).toBe(true);
    const { rows } = await h.store.query<{ capacity: number; status: string }>('SELECT capacity, status FROM canvass_sessions WHERE id = $1', [theirs]);
    expect(rows[0]).toEqual({ capacity: 10, status: 'open' });
    // Their own organiser and admin do see it.
    const own = expectShape('adminListCanvassSignups', (await h.call('GET', `/v1/admin/canvass-signups?session=${theirs}`, { token: lewishamToken })).json);
    expect(own.signups.map((s) => s.email)).toEqual(['catford-only@example.org']);
    expect((await h.call('GET', `/v1/admin/canvass-signups?session=${theirs}`, { token: h.adminToken })).status).toBe(200);
  });

  it('partner-only tokens are 403 on session tools; no token is 401', async () => {
    const id = await makeSession(h.call, hendonToken);
    expect((await patch(id, { title: 'x' }, partnerToken)).status).toBe(403);
    expect((await h.call('POST', `/v1/admin/canvass-sessions/${id}/cancel`, { token: partnerToken })).status).toBe(403);
    expect((await h.call('GET', '/v1/admin/canvass-signups', { token: partnerToken })).status).toBe(403);
    expect((await h.call('GET', '/v1/admin/canvass-sessions', { token: partnerToken })).status).toBe(403);
    expect((await h.call('GET', '/v1/admin/canvass-signups')).status).toBe(401);
    expect((await h.call('PATCH', `/v1/admin/canvass-sessions/${id}`, { body: { title: 'x' } })).status).toBe(401);
  });
});

// Last in this file, after every sign-up, cancellation, promotion, rejoin, capacity change and cancelled session above.
describe('each session\'s confirmed count (kept by a trigger, migration 0017)', () => {
  it('equals its confirmed sign-ups after all of the above, an erasure and a deleted session; places left follow it', async () => {
    const session = await makeSession(h.call, h.adminToken, { capacity: 3 });
    for (const who of ['count-a', 'count-b', 'count-c', 'count-d']) expect((await signUp(session, `${who}@example.org`)).status).toBe(201);
    // Erasing a confirmed person (no session lock on that path) frees their place in the count.
    expect((await h.call('DELETE', '/v1/admin/people?email=count-a@example.org', { token: h.adminToken })).status).toBe(200);
    const listed = await h.call('GET', '/v1/canvass-sessions?constituency=E14001279');
    expect(listed.json.sessions.find((s: { id: string }) => s.id === session)).toMatchObject({ placesLeft: 1, status: 'open' });
    // Deleting a session (retention) takes its count with it.
    const other = await makeSession(h.call, h.adminToken, { capacity: 2 });
    await signUp(other, 'count-e@example.org');
    await h.store.query('DELETE FROM canvass_sessions WHERE id = $1', [other]);
    expect((await h.store.query('SELECT 1 FROM canvass_session_counts WHERE session_id = $1', [other])).rows).toEqual([]);
    expect(await sessionCountDrift(h.store)).toEqual([]);
    const { rows } = await h.store.query<{ n: number }>('SELECT count(*)::int AS n FROM canvass_session_counts');
    expect(Number(rows[0]!.n)).toBeGreaterThan(5); // the check above compared many sessions, not none
  });
});
