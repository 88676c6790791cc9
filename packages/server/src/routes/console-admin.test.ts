import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../services/tokens.js';
import { expectShape, makeSession, setup, signupBody } from '../testing/harness.js';
import { signIn, type ConsoleAgent } from '../testing/console.js';

let h: Awaited<ReturnType<typeof setup>>;
const HENDON = 'E14001279';
const LEWISHAM_EAST = 'E14001331';
let hendon: ConsoleAgent;
let lewisham: ConsoleAgent;
let adminAgent: ConsoleAgent;
beforeAll(async () => {
  h = await setup({ config: { signInLimit: { perAddress: 50, perNetwork: 1000 } } });
  hendon = await signIn(h.call, h.store, { email: 'hendon@example.org', name: 'Hendon organiser', scopes: [`constituency:${HENDON}`] });
  lewisham = await signIn(h.call, h.store, { email: 'lewisham@example.org', name: 'Lewisham organiser', scopes: [`constituency:${LEWISHAM_EAST}`, 'partner:unite'] });
  adminAgent = await signIn(h.call, h.store, { email: 'boss@example.org', name: 'Boss', scopes: ['admin'] });
});
afterAll(() => h?.close());

const signUp = async (sessionId: string, email: string) => {
  const res = await h.call('POST', '/v1/canvass-signups', { body: signupBody(sessionId, { email }), headers: { 'idempotency-key': crypto.randomUUID() } });
  if (res.status !== 201) throw new Error(`${res.status} ${res.text}`);
  return res.json.signup.id as string;
};

describe('organisers (admins only)', () => {
  it('an admin adds, lists, edits and disables organisers; the disabled one is signed out at once', async () => {
    const created = await adminAgent.call('POST', '/v1/admin/organisers', {
      body: { email: 'New@Example.org', name: 'New one', scopes: [`constituency:${HENDON}`], language: 'pl' },
    });
    expect(created.status).toBe(201);
    const o = expectShape('adminCreateOrganiser', created.json);
    expect(o).toMatchObject({ email: 'new@example.org', name: 'New one', role: 'organiser', language: 'pl', notify: 'immediate', disabledAt: null, lastSignInAt: null });
    const again = await adminAgent.call('POST', '/v1/admin/organisers', { body: { email: 'new@example.org', name: 'Twice', scopes: ['admin'] } });
    expect([again.status, again.json.error.code]).toEqual([409, 'organiser_exists']);

    const edited = await h.call('PATCH', `/v1/admin/organisers/${o.id}`, { token: h.adminToken, body: { scopes: ['partner:unite'], notify: 'off' } });
    expect(expectShape('adminUpdateOrganiser', edited.json)).toMatchObject({ role: 'moderator', scopes: ['partner:unite'], notify: 'off' });
    const taken = await h.call('PATCH', `/v1/admin/organisers/${o.id}`, { token: h.adminToken, body: { email: 'hendon@example.org' } });
    expect([taken.status, taken.json.error.code]).toEqual([409, 'organiser_exists']);

    const list = expectShape('adminListOrganisers', (await adminAgent.call('GET', '/v1/admin/organisers')).json);
    expect(list.organisers.map((x) => x.email)).toEqual(expect.arrayContaining(['new@example.org', 'hendon@example.org', 'boss@example.org']));
    expect(list.organisers.find((x) => x.email === 'hendon@example.org')?.lastSignInAt).not.toBeNull();

    const victim = await signIn(h.call, h.store, { email: 'victim@example.org', name: 'Victim', scopes: [`constituency:${HENDON}`] });
    expect((await victim.call('GET', '/v1/console/me')).status).toBe(200);
    const disabled = await adminAgent.call('POST', `/v1/admin/organisers/${victim.organiserId}/disable`);
    expect(disabled.status).toBe(200);
    expect(expectShape('adminDisableOrganiser', disabled.json).disabledAt).not.toBeNull();
    expect((await victim.call('GET', '/v1/console/me')).status).toBe(401);
    const { rows } = await h.store.query('SELECT 1 FROM console_sessions WHERE organiser_id = $1', [victim.organiserId]);
    expect(rows).toHaveLength(0);
    // Signing in again sends nothing now.
    await h.call('POST', '/v1/console/sign-in', { body: { email: 'victim@example.org' } });
    const sent = await h.store.query(`SELECT 1 FROM outbox WHERE to_address = 'victim@example.org'`);
    expect(sent.rows).toHaveLength(1);

    const missing = await adminAgent.call('POST', `/v1/admin/organisers/${crypto.randomUUID()}/disable`);
    expect([missing.status, missing.json.error.code]).toEqual([404, 'organiser_not_found']);
  });

  it('an organiser or moderator cannot see or change organisers (403), by cookie or token', async () => {
    expect((await hendon.call('GET', '/v1/admin/organisers')).status).toBe(403);
    expect((await hendon.call('POST', '/v1/admin/organisers', { body: { email: 'x@example.org', name: 'X', scopes: ['admin'] } })).status).toBe(403);
    expect((await hendon.call('PATCH', `/v1/admin/organisers/${hendon.organiserId}`, { body: { scopes: ['admin'] } })).status).toBe(403);
    const token = (await createToken(h.store, 'mod', ['partner:unite'])).token;
    expect((await h.call('GET', '/v1/admin/organisers', { token })).status).toBe(403);
  });
});

describe('attendance', () => {
  it('an organiser marks who came; it shows in the list and the CSV; another seat\'s sign-up is 404', async () => {
    const session = await makeSession(h.call, h.adminToken, { constituencyCode: HENDON });
    const came = await signUp(session, 'came@example.org');
    const absent = await signUp(session, 'absent@example.org');
    const res = await hendon.call('PUT', `/v1/admin/canvass-signups/${came}/attendance`, { body: { attended: true } });
    expect(res.status).toBe(200);
    expect(expectShape('adminSetAttendance', res.json)).toMatchObject({ id: came, attended: true });
    await hendon.call('PUT', `/v1/admin/canvass-signups/${absent}/attendance`, { body: { attended: false } });

    const list = expectShape('adminListCanvassSignups', (await hendon.call('GET', `/v1/admin/canvass-signups?session=${session}`)).json);
    expect(Object.fromEntries(list.signups.map((s) => [s.email, s.attended]))).toEqual({ 'came@example.org': true, 'absent@example.org': false });

    const csv = (await hendon.call('GET', '/v1/admin/canvass-signups.csv')).text;
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/,attended$/);
    expect(lines.find((l) => l.includes('came@example.org'))).toMatch(/,yes$/);
    expect(lines.find((l) => l.includes('absent@example.org'))).toMatch(/,no$/);

    await hendon.call('PUT', `/v1/admin/canvass-signups/${absent}/attendance`, { body: { attended: null } });
    const cleared = expectShape('adminListCanvassSignups', (await hendon.call('GET', `/v1/admin/canvass-signups?session=${session}`)).json);
    expect(cleared.signups.find((s) => s.id === absent)?.attended).toBeNull();

    const other = await lewisham.call('PUT', `/v1/admin/canvass-signups/${came}/attendance`, { body: { attended: false } });
    expect([other.status, other.json.error.code]).toEqual([404, 'signup_not_found']);
    const after = expectShape('adminListCanvassSignups', (await hendon.call('GET', `/v1/admin/canvass-signups?session=${session}`)).json);
    expect(after.signups.find((s) => s.id === came)?.attended).toBe(true);
  });
});

describe('dashboard', () => {
  it('shows the next sessions in scope with places taken and waitlist, messages waiting, new introductions and reports', async () => {
    const own = await setup({ config: { signInLimit: { perAddress: 50, perNetwork: 1000 } } });
    try {
      const small = await makeSession(own.call, own.adminToken, { constituencyCode: LEWISHAM_EAST, capacity: 1, title: 'Small' });
      await makeSession(own.call, own.adminToken, { constituencyCode: HENDON, title: 'Not mine' });
      const cancelled = await makeSession(own.call, own.adminToken, { constituencyCode: LEWISHAM_EAST, title: 'Cancelled' });
      await own.call('POST', `/v1/admin/canvass-sessions/${cancelled}/cancel`, { token: own.adminToken });
      for (const email of ['a@example.org', 'b@example.org', 'c@example.org']) {
        await own.call('POST', '/v1/canvass-signups', { body: signupBody(small, { email }), headers: { 'idempotency-key': crypto.randomUUID() } });
      }
      for (const partner of ['unite', 'unite', 'other']) {
        await own.call('POST', '/v1/solidarity-messages', {
          body: { name: 'K', country: 'GH', language: 'en', message: `Solidarity ${crypto.randomUUID()}`, consentToPublish: true, partner, elapsedMs: 10_000 },
          headers: { 'idempotency-key': crypto.randomUUID() },
        });
      }
      await own.store.query(
        `INSERT INTO introductions (id, organisation, organisation_type, languages, constituency_codes, contact_name, email, offers, consent_version, consent_at, listing, created_at, updated_at)
         SELECT gen_random_uuid(), 'Org', 'community_group', '{}', $1::text[], 'C', 'c@example.org', '{}', 'v', t, 'not_requested', t, t FROM unnest($2::timestamptz[]) AS t`,
        [[LEWISHAM_EAST], [new Date(Date.now() - 86_400_000).toISOString(), new Date(Date.now() - 10 * 86_400_000).toISOString()]],
      );
      const agent = await signIn(own.call, own.store, { email: 'le@example.org', name: 'LE', scopes: [`constituency:${LEWISHAM_EAST}`, 'partner:unite'] });
      const d = expectShape('adminDashboard', (await agent.call('GET', '/v1/admin/dashboard')).json);
      expect(d.sessions.map((s) => [s.title, s.status, s.capacity, s.placesTaken, s.waitlisted])).toEqual([['Small', 'full', 1, 1, 2]]);
      expect(d.messagesWaiting).toBe(2);
      expect(d.newIntroductions).toBe(1);
      expect(d.answerReports).toBe(0);
      expect(Date.now() - Date.parse(d.since)).toBeGreaterThan(6.9 * 86_400_000);

      const hendonOnly = await signIn(own.call, own.store, { email: 'he@example.org', name: 'HE', scopes: [`constituency:${HENDON}`] });
      const hd = expectShape('adminDashboard', (await hendonOnly.call('GET', '/v1/admin/dashboard')).json);
      expect(hd.sessions.map((s) => s.title)).toEqual(['Not mine']);
      expect(hd.messagesWaiting).toBeNull();

      // Signed in again: "since" is the previous sign-in.
      const again = await signIn(own.call, own.store, { email: 'le@example.org', name: 'LE', scopes: [`constituency:${LEWISHAM_EAST}`, 'partner:unite'] });
      const d2 = expectShape('adminDashboard', (await again.call('GET', '/v1/admin/dashboard')).json);
      expect(Date.now() - Date.parse(d2.since)).toBeLessThan(60_000);
    } finally {
      await own.close();
    }
  });
});
