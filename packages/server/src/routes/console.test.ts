import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARTNER_ORIGIN, expectShape, makeSession, setup } from '../testing/harness.js';
import { emailedToken, signIn } from '../testing/console.js';
import { upsertOrganiser } from '../services/organisers.js';

let h: Awaited<ReturnType<typeof setup>>;
// The per-network limit is tested on its own app: here one test network signs many people in.
const roomy = { signInLimit: { perAddress: 5, perNetwork: 1000 } };
beforeAll(async () => {
  h = await setup({ config: roomy });
});
afterAll(() => h?.close());

const HENDON = 'E14001279';
const LEWISHAM_EAST = 'E14001331';
let n = 0;
/** A fresh address per test, so the per-address limit of one test never reaches another. */
const address = (who: string) => `${who}-${++n}@example.org`;
const outboxCount = async (to: string) =>
  Number((await h.store.query<{ n: string }>(`SELECT count(*)::text AS n FROM outbox WHERE to_address = lower($1)`, [to])).rows[0]?.n);

describe('sign-in by emailed link', () => {
  it('answers the same 202 for a known and an unknown address, and only emails the organiser', async () => {
    const known = address('known');
    await upsertOrganiser(h.store, { email: known, name: 'Priya', scopes: [`constituency:${HENDON}`] });
    const unknown = address('nobody');
    const a = await h.call('POST', '/v1/console/sign-in', { body: { email: known } });
    const b = await h.call('POST', '/v1/console/sign-in', { body: { email: unknown } });
    expect([a.status, b.status]).toEqual([202, 202]);
    expect(a.json).toEqual(b.json);
    expect(expectShape('consoleSignIn', a.json)).toEqual({ accepted: true, expiresInMinutes: 15 });
    expect(await outboxCount(known)).toBe(1);
    expect(await outboxCount(unknown)).toBe(0);
    const { rows } = await h.store.query<{ subject: string; text_body: string; html_body: string }>(
      'SELECT subject, text_body, html_body FROM outbox WHERE to_address = $1', [known],
    );
    expect(rows[0]?.subject).toMatch(/sign-in link/i);
    expect(rows[0]?.text_body).toMatch(/^Hello Priya,/);
    expect(rows[0]?.text_body).toMatch(/http:\/\/localhost\/console\/sign-in\?token=[A-Za-z0-9_-]{43}/);
  });

  it('emails the link in the organiser\'s language', async () => {
    const email = address('cy');
    await upsertOrganiser(h.store, { email, name: 'Rhian', scopes: [`constituency:${HENDON}`], language: 'cy' });
    await h.call('POST', '/v1/console/sign-in', { body: { email } });
    const { rows } = await h.store.query<{ text_body: string; language: string }>('SELECT text_body, language FROM outbox WHERE to_address = $1', [email]);
    expect(rows[0]?.language).toBe('cy');
    expect(rows[0]?.text_body).toContain('Mewngofnodi');
  });

  it('a link works once: the second use is refused, and a GET of the page never uses it up', async () => {
    const email = address('once');
    await upsertOrganiser(h.store, { email, name: 'Once', scopes: [`constituency:${HENDON}`] });
    await h.call('POST', '/v1/console/sign-in', { body: { email } });
    const token = await emailedToken(h.store, email);
    // A mail scanner prefetching the link: a GET of the page, and of the API path, changes nothing.
    await h.call('GET', `/console/sign-in?token=${token}`);
    expect((await h.call('GET', '/v1/console/session')).status).toBe(405);
    const first = await h.call('POST', '/v1/console/session', { body: { token } });
    expect(first.status).toBe(201);
    expect(expectShape('consoleOpenSession', first.json).organiser.email).toBe(email);
    const second = await h.call('POST', '/v1/console/session', { body: { token } });
    expect(second.status).toBe(400);
    expect(second.json.error.code).toBe('sign_in_link_invalid');
  });

  it('a link older than 15 minutes is refused', async () => {
    const email = address('late');
    await upsertOrganiser(h.store, { email, name: 'Late', scopes: [`constituency:${HENDON}`] });
    await h.call('POST', '/v1/console/sign-in', { body: { email } });
    const token = await emailedToken(h.store, email);
    await h.store.query(`UPDATE sign_in_links SET created_at = now() - interval '16 minutes', expires_at = now() - interval '1 minute'`);
    const res = await h.call('POST', '/v1/console/session', { body: { token } });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('sign_in_link_invalid');
  });

  it('only the SHA-256 of a link is stored', async () => {
    const email = address('hash');
    await upsertOrganiser(h.store, { email, name: 'Hash', scopes: [`constituency:${HENDON}`] });
    await h.call('POST', '/v1/console/sign-in', { body: { email } });
    const token = await emailedToken(h.store, email);
    const { rows } = await h.store.query<{ token_hash: string }>('SELECT token_hash FROM sign_in_links');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
  });

  it('is limited per address (whatever its case), known or not', async () => {
    const email = address('flood');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await h.call('POST', '/v1/console/sign-in', { body: { email: i % 2 ? email.toUpperCase() : email } })).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    // Another address from the same network is not held up by it.
    expect((await h.call('POST', '/v1/console/sign-in', { body: { email: address('other') } })).status).toBe(202);
  });

  it('is limited per network (20 an hour by default)', async () => {
    const own = await setup();
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 21; i++) statuses.push((await own.call('POST', '/v1/console/sign-in', { body: { email: `n${i}@example.org` } })).status);
      expect(statuses.slice(0, 20).every((s) => s === 202)).toBe(true);
      expect(statuses[20]).toBe(429);
    } finally {
      await own.close();
    }
  });

  it('a disabled organiser gets no email', async () => {
    const email = address('disabled');
    const o = await upsertOrganiser(h.store, { email, name: 'Gone', scopes: [`constituency:${HENDON}`] });
    await h.store.query('UPDATE organisers SET disabled_at = now() WHERE id = $1', [o.id]);
    expect((await h.call('POST', '/v1/console/sign-in', { body: { email } })).status).toBe(202);
    expect(await outboxCount(email)).toBe(0);
  });
});

describe('the session cookie', () => {
  it('over plain HTTP: sw_console, HttpOnly, SameSite=Strict, Path=/, not Secure', async () => {
    const agent = await signIn(h.call, h.store, { email: address('http'), name: 'Http', scopes: [`constituency:${HENDON}`] });
    expect(agent.cookie).toMatch(/^sw_console=[A-Za-z0-9_-]{43}$/);
    const email = address('http2');
    await upsertOrganiser(h.store, { email, name: 'Http2', scopes: [`constituency:${HENDON}`] });
    await h.call('POST', '/v1/console/sign-in', { body: { email } });
    const res = await h.call('POST', '/v1/console/session', { body: { token: await emailedToken(h.store, email) } });
    const header = res.headers.get('set-cookie') ?? '';
    expect(header).toMatch(/^sw_console=/);
    expect(header).toContain('; HttpOnly');
    expect(header).toContain('; SameSite=Strict');
    expect(header).toContain('; Path=/');
    expect(header).not.toContain('Secure');
  });

  it('behind a trusted HTTPS proxy: __Host-sw_console and Secure; an untrusted X-Forwarded-Proto changes nothing', async () => {
    for (const trustProxy of [true, false]) {
      const own = await setup({ config: { ...roomy, trustProxy } });
      try {
        const email = 'proxy@example.org';
        await upsertOrganiser(own.store, { email, name: 'Proxy', scopes: [`constituency:${HENDON}`] });
        await own.call('POST', '/v1/console/sign-in', { body: { email } });
        const res = await own.call('POST', '/v1/console/session', {
          body: { token: await emailedToken(own.store, email) },
          headers: { 'x-forwarded-proto': 'https' },
        });
        const header = res.headers.get('set-cookie') ?? '';
        if (trustProxy) {
          expect(header).toMatch(/^__Host-sw_console=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200; Secure$/);
          const value = header.split(';')[0]!;
          // Over HTTPS only the prefixed cookie is read: a plain one (which a sibling subdomain could plant) is not.
          expect((await own.call('GET', '/v1/console/me', { headers: { cookie: value, 'x-forwarded-proto': 'https' } })).status).toBe(200);
          expect((await own.call('GET', '/v1/console/me', { headers: { cookie: value.replace('__Host-', ''), 'x-forwarded-proto': 'https' } })).status).toBe(401);
        } else {
          expect(header).toMatch(/^sw_console=/);
          expect(header).not.toContain('Secure');
        }
      } finally {
        await own.close();
      }
    }
  });

  it('GET /v1/console/me shows the organiser, role, CSRF token and expiry; no cookie is 401', async () => {
    const email = address('me');
    const agent = await signIn(h.call, h.store, { email, name: 'Me', scopes: [`constituency:${HENDON}`, 'partner:unite'] });
    const me = expectShape('consoleMe', (await agent.call('GET', '/v1/console/me')).json);
    expect(me.organiser).toMatchObject({ email, name: 'Me', scopes: [`constituency:${HENDON}`, 'partner:unite'], role: 'organiser' });
    expect(me.role).toBe('organiser');
    expect(me.csrfToken).toBe(agent.csrf);
    const idle = Date.parse(me.idleExpiresAt) - Date.now();
    const absolute = Date.parse(me.expiresAt) - Date.now();
    expect(idle).toBeGreaterThan(119 * 60_000);
    expect(idle).toBeLessThanOrEqual(120 * 60_000);
    expect(absolute).toBeGreaterThan(719 * 60_000);
    const none = await h.call('GET', '/v1/console/me');
    expect(none.status).toBe(401);
    expect(none.json.error.code).toBe('unauthorized');
  });

  it('ends after 2 idle hours, and 12 hours after sign-in', async () => {
    const idle = await signIn(h.call, h.store, { email: address('idle'), name: 'Idle', scopes: [`constituency:${HENDON}`] });
    const old = await signIn(h.call, h.store, { email: address('old'), name: 'Old', scopes: [`constituency:${HENDON}`] });
    await h.store.query(`UPDATE console_sessions SET idle_expires_at = now() - interval '1 second' WHERE organiser_id = $1`, [idle.organiserId]);
    await h.store.query(`UPDATE console_sessions SET expires_at = now() - interval '1 second' WHERE organiser_id = $1`, [old.organiserId]);
    expect((await idle.call('GET', '/v1/console/me')).status).toBe(401);
    expect((await old.call('GET', '/v1/console/me')).status).toBe(401);
  });

  it('stores only a hash of the session id', async () => {
    const agent = await signIn(h.call, h.store, { email: address('hashed'), name: 'Hashed', scopes: [`constituency:${HENDON}`] });
    const value = agent.cookie.split('=')[1];
    const { rows } = await h.store.query<{ id_hash: string }>('SELECT id_hash FROM console_sessions WHERE organiser_id = $1', [agent.organiserId]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id_hash).not.toBe(value);
  });

  it('PATCH /v1/console/me changes only the language and notify choice', async () => {
    const agent = await signIn(h.call, h.store, { email: address('prefs'), name: 'Prefs', scopes: [`constituency:${HENDON}`] });
    const res = await agent.call('PATCH', '/v1/console/me', { body: { language: 'pl', notify: 'digest' } });
    expect(res.status).toBe(200);
    expect(expectShape('consoleUpdateMe', res.json).organiser).toMatchObject({ language: 'pl', notify: 'digest', scopes: [`constituency:${HENDON}`] });
    const refused = await agent.call('PATCH', '/v1/console/me', { body: { scopes: ['admin'] } });
    expect((await agent.call('GET', '/v1/console/me')).json.organiser.scopes).toEqual([`constituency:${HENDON}`]);
    expect([200, 400]).toContain(refused.status);
  });
});

describe('CSRF: writes with the cookie must come from the console', () => {
  let agent: Awaited<ReturnType<typeof signIn>>;
  let sessionId: string;
  beforeAll(async () => {
    agent = await signIn(h.call, h.store, { email: address('csrf'), name: 'Csrf', scopes: [`constituency:${HENDON}`] });
    sessionId = await makeSession(h.call, h.adminToken);
  });
  const edit = (headers: Record<string, string>) =>
    h.call('PATCH', `/v1/admin/canvass-sessions/${sessionId}`, { body: { title: 'Edited' }, headers: { cookie: agent.cookie, ...headers } });

  it('with the token and the server\'s own Origin, the write goes through', async () => {
    const res = await edit({ 'x-csrf-token': agent.csrf, origin: 'http://localhost' });
    expect(res.status).toBe(200);
    expect(res.json.title).toBe('Edited');
    // Or, without Origin, when the browser says the request is same-origin.
    expect((await edit({ 'x-csrf-token': agent.csrf, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  const own = 'http://localhost';
  it.each([
    ['no token', () => ({ origin: own })],
    ['a wrong token', () => ({ 'x-csrf-token': 'x'.repeat(43), origin: own })],
    ['the right token from an allowed partner Origin', () => ({ 'x-csrf-token': agent.csrf, origin: PARTNER_ORIGIN })],
    ['the right token, no Origin, a cross-site fetch', () => ({ 'x-csrf-token': agent.csrf, 'sec-fetch-site': 'cross-site' })],
    ['the right token and no Origin at all', () => ({ 'x-csrf-token': agent.csrf })],
  ])('%s is 403 csrf_failed, and nothing changes', async (_name, headers) => {
    const res = await edit(headers());
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('csrf_failed');
    const { rows } = await h.store.query<{ title: string }>('SELECT title FROM canvass_sessions WHERE id = $1', [sessionId]);
    expect(rows[0]?.title).toBe('Edited');
  });

  it('a foreign Origin the server does not allow is refused before anything else', async () => {
    const res = await edit({ 'x-csrf-token': agent.csrf, origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('origin_not_allowed');
  });

  it('console writes need it too (sign-out)', async () => {
    const res = await h.call('POST', '/v1/console/sign-out', { headers: { cookie: agent.cookie, origin: 'http://localhost' } });
    expect(res.json.error.code).toBe('csrf_failed');
    expect((await agent.call('GET', '/v1/console/me')).status).toBe(200);
  });

  it('a bearer token needs no CSRF token (scripts and the CLI keep working)', async () => {
    const res = await h.call('PATCH', `/v1/admin/canvass-sessions/${sessionId}`, { token: h.adminToken, body: { title: 'By token' } });
    expect(res.status).toBe(200);
  });
});

describe('scopes through the cookie', () => {
  it("another organiser's session is 404 through the console, as through a token", async () => {
    const hendon = await signIn(h.call, h.store, { email: address('hendon'), name: 'Hendon', scopes: [`constituency:${HENDON}`] });
    const lewishamSession = await makeSession(h.call, h.adminToken, { constituencyCode: LEWISHAM_EAST });
    const res = await hendon.call('PATCH', `/v1/admin/canvass-sessions/${lewishamSession}`, { body: { title: 'Mine now' } });
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe('session_not_found');
    const list = await hendon.call('GET', '/v1/admin/canvass-sessions');
    expect(list.json.sessions.map((s: { id: string }) => s.id)).not.toContain(lewishamSession);
  });
});

describe('signing out', () => {
  it('sign-out ends this session only; sign-out everywhere ends every one', async () => {
    const email = address('out');
    const scopes = [`constituency:${HENDON}`];
    const phone = await signIn(h.call, h.store, { email, name: 'Out', scopes });
    const laptop = await signIn(h.call, h.store, { email, name: 'Out', scopes });
    const tablet = await signIn(h.call, h.store, { email, name: 'Out', scopes });
    const out = await phone.call('POST', '/v1/console/sign-out');
    expect(out.status).toBe(200);
    expect(expectShape('consoleSignOut', out.json)).toEqual({ sessionsEnded: 1 });
    expect(out.headers.get('set-cookie')).toMatch(/^sw_console=; Path=\/; HttpOnly; SameSite=Strict; Max-Age=0/);
    expect((await phone.call('GET', '/v1/console/me')).status).toBe(401);
    expect((await laptop.call('GET', '/v1/console/me')).status).toBe(200);

    const everywhere = await laptop.call('POST', '/v1/console/sign-out-everywhere');
    expect(everywhere.json).toEqual({ sessionsEnded: 2 });
    expect((await laptop.call('GET', '/v1/console/me')).status).toBe(401);
    expect((await tablet.call('GET', '/v1/console/me')).status).toBe(401);
  });

  it('a disabled organiser loses their sessions at once', async () => {
    const agent = await signIn(h.call, h.store, { email: address('fired'), name: 'Fired', scopes: [`constituency:${HENDON}`] });
    expect((await agent.call('GET', '/v1/admin/canvass-sessions')).status).toBe(200);
    await h.store.query('UPDATE organisers SET disabled_at = now() WHERE id = $1', [agent.organiserId]);
    expect((await agent.call('GET', '/v1/admin/canvass-sessions')).status).toBe(401);
    expect((await agent.call('GET', '/v1/console/me')).status).toBe(401);
  });
});
