import { describe, expect, it } from 'vitest';
import { PARTNER_ORIGIN, makeSession, messageBody, setup, signupBody } from '../../testing/harness.js';
import { upsertOrganiser } from '../organisers.js';
import { emailContextFor } from './context.js';
import { enqueueDigests } from './organiser.js';

const HENDON = 'E14001279';
const LEWISHAM_EAST = 'E14001331';

interface Row {
  kind: string;
  to_address: string;
  language: string;
  subject: string;
  text_body: string;
  html_body: string;
  headers: Record<string, string>;
}

// Read as the worker sends them: a sign-up's emails are rendered from their facts first.
async function outbox(h: Awaited<ReturnType<typeof setup>>, kind?: string): Promise<Row[]> {
  await h.renderOutbox();
  const { rows } = await h.store.query<Row>(
    `SELECT kind, to_address, language, subject, text_body, html_body, headers FROM outbox ${kind ? 'WHERE kind = $1' : ''} ORDER BY created_at, to_address`,
    kind ? [kind] : [],
  );
  return rows;
}

const introduction = (overrides: Record<string, unknown> = {}) => ({
  organisation: 'Polish Workers Association Lewisham',
  organisationType: 'diaspora_association',
  languages: ['pl', 'en'],
  constituencies: [LEWISHAM_EAST],
  contactName: 'Marta Kowalska',
  email: 'marta@example.org',
  offers: ['canvassers'],
  consentToContact: true,
  consentVersion: '2026-12-01',
  partner: 'unite-polish-branch',
  ...overrides,
});

describe('organisers’ emails', () => {
  it('a new sign-up reaches the seat’s organisers who chose immediate emails, without the supporter’s contact details, with a one-click stop', async () => {
    const h = await setup();
    try {
      await upsertOrganiser(h.store, { email: 'hendon@example.org', name: 'Hendon organiser', scopes: [`constituency:${HENDON}`], language: 'cy' });
      await upsertOrganiser(h.store, { email: 'lewisham@example.org', name: 'Lewisham organiser', scopes: [`constituency:${LEWISHAM_EAST}`] });
      await upsertOrganiser(h.store, { email: 'digest@example.org', name: 'Digest', scopes: [`constituency:${HENDON}`], notify: 'digest' });
      const sessionId = await makeSession(h.call, h.adminToken);
      const res = await h.call('POST', '/v1/canvass-signups', { origin: PARTNER_ORIGIN, body: signupBody(sessionId, { phone: '+44 7700 900123' }) });
      expect(res.status).toBe(201);
      const sent = await outbox(h, 'organiser-signup');
      expect(sent.map((r) => r.to_address)).toEqual(['hendon@example.org']);
      const [email] = sent;
      expect(email!.language).toBe('cy');
      expect(email!.subject).toBe('Cofrestriad newydd: \u2068Hendon: Saturday canvass\u2069');
      expect(email!.text_body).toContain('Aleksandra Nowak');
      expect(email!.text_body).not.toMatch(/ola@example\.org|7700/);
      expect(email!.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
      const stop = /^<(.+)>$/.exec(email!.headers['List-Unsubscribe'] ?? '')?.[1];
      expect(stop).toMatch(/\/email\/stop\?what=organiser&id=/);

      // One click turns them off: the next sign-up tells them nothing.
      const path = stop!.replace(/^https?:\/\/[^/]+/, '');
      expect((await h.call('POST', path, { rawBody: 'List-Unsubscribe=One-Click', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })).status).toBe(200);
      await h.call('POST', '/v1/canvass-signups', { origin: PARTNER_ORIGIN, body: signupBody(sessionId, { email: 'second@example.org' }) });
      expect(await outbox(h, 'organiser-signup')).toHaveLength(1);
    } finally {
      await h.close();
    }
  });

  it('an introduction: the organisation gets a receipt in its language, the seat’s organisers a notice', async () => {
    const h = await setup();
    try {
      await upsertOrganiser(h.store, { email: 'lewisham@example.org', name: 'Lewisham organiser', scopes: [`constituency:${LEWISHAM_EAST}`] });
      const res = await h.call('POST', '/v1/introductions', { origin: PARTNER_ORIGIN, body: introduction({ language: 'pl' }) });
      expect(res.status).toBe(201);
      const [receipt] = await outbox(h, 'introduction-received');
      expect(receipt!.to_address).toBe('marta@example.org');
      expect(receipt!.subject).toBe('Otrzymaliśmy Twoją prośbę: \u2068Polish Workers Association Lewisham\u2069');
      expect(receipt!.text_body).toContain('Lewisham East');
      // Partner without a configured name: its slug.
      expect(receipt!.text_body).toContain('unite-polish-branch');
      const notices = await outbox(h, 'organiser-introduction');
      expect(notices.map((r) => r.to_address)).toEqual(['lewisham@example.org']);
      expect(notices[0]!.text_body).not.toContain('marta@example.org');
    } finally {
      await h.close();
    }
  });

  it('messages waiting for moderation: one email per moderator per interval, not one per message; a bot’s send tells no one', async () => {
    const h = await setup();
    try {
      await upsertOrganiser(h.store, { email: 'mod@example.org', name: 'Moderator', scopes: ['partner:tuc-diaspora'] });
      await upsertOrganiser(h.store, { email: 'other-mod@example.org', name: 'Other', scopes: ['partner:someone-else'] });
      for (let i = 0; i < 3; i++) {
        expect((await h.call('POST', '/v1/solidarity-messages', { origin: PARTNER_ORIGIN, body: messageBody({ message: `Solidarity number ${i}` }) })).status).toBe(202);
      }
      let notices = await outbox(h, 'organiser-moderation');
      expect(notices.map((r) => r.to_address)).toEqual(['mod@example.org']);
      expect(notices[0]!.text_body).toContain('1 solidarity messages');
      // The interval has passed: the next message sends a second notice, with the count waiting now.
      await h.store.query(`UPDATE organiser_email_state SET last_moderation_at = now() - interval '2 hours'`);
      await h.call('POST', '/v1/solidarity-messages', { origin: PARTNER_ORIGIN, body: messageBody({ message: 'Solidarity number 4' }) });
      notices = await outbox(h, 'organiser-moderation');
      expect(notices).toHaveLength(2);
      expect(notices[1]!.text_body).toContain('4 solidarity messages');
      await h.store.query(`UPDATE organiser_email_state SET last_moderation_at = now() - interval '2 hours'`);
      await h.call('POST', '/v1/solidarity-messages', { origin: PARTNER_ORIGIN, body: messageBody({ message: 'Bot text', website: 'http://spam.example' }) });
      expect(await outbox(h, 'organiser-moderation')).toHaveLength(2);
    } finally {
      await h.close();
    }
  });

  it('the daily digest sums up a day’s sign-ups and introductions in the organiser’s seats, once a day', async () => {
    const h = await setup();
    try {
      await upsertOrganiser(h.store, { email: 'digest@example.org', name: 'Digest', scopes: [`constituency:${HENDON}`], notify: 'digest' });
      const sessionId = await makeSession(h.call, h.adminToken);
      await h.call('POST', '/v1/canvass-signups', { origin: PARTNER_ORIGIN, body: signupBody(sessionId, { name: 'Ada', email: 'ada@example.org' }) });
      await h.call('POST', '/v1/canvass-signups', { origin: PARTNER_ORIGIN, body: signupBody(sessionId, { name: 'Bo', email: 'bo@example.org' }) });
      await h.call('POST', '/v1/introductions', { origin: PARTNER_ORIGIN, body: introduction() });
      expect(await outbox(h, 'organiser-signup')).toHaveLength(0);
      const ctx = emailContextFor(h.config, h.data, 'http://127.0.0.1:8787/');
      expect(await enqueueDigests(h.store, ctx)).toBe(1);
      expect(await enqueueDigests(h.store, ctx)).toBe(0);
      const [digest] = await outbox(h, 'organiser-digest');
      expect(digest!.subject).toBe('Since yesterday: 2 new sign-ups and introductions');
      expect(digest!.text_body).toMatch(/Ada[\s\S]*Bo/);
      // The Lewisham introduction is not in a Hendon organiser's digest.
      expect(digest!.text_body).not.toContain('Polish Workers');
    } finally {
      await h.close();
    }
  });

  it('what a supporter typed is inert in the HTML: no markup, no bidirectional override, long words wrap', async () => {
    const h = await setup();
    try {
      const sessionId = await makeSession(h.call, h.adminToken, { title: 'Canvass <img src=x onerror=alert(1)>' });
      const name = '<script>alert("x")</script>\u202eevil\u2066 ' + 'W'.repeat(60);
      const res = await h.call('POST', '/v1/canvass-signups', { origin: PARTNER_ORIGIN, body: signupBody(sessionId, { name }) });
      expect(res.status).toBe(201);
      const [email] = await outbox(h, 'signup-confirmed');
      expect(email!.html_body).not.toMatch(/<script|<img|<[^>]*onerror/i);
      expect(email!.html_body).toContain('Canvass &lt;img src=x onerror=alert(1)&gt;');
      expect(email!.html_body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(email!.html_body).not.toMatch(/[\u202a-\u202e\u2066\u2067]/);
      expect(email!.subject).not.toMatch(/[\u202a-\u202e\u2066\u2067]/);
      // The typed name sits in its own isolate, so it cannot reorder the sentence around it.
      expect(email!.text_body).toContain(`Hello \u2068<script>alert("x")</script>evil ${'W'.repeat(60)}\u2069,`);
      expect(email!.html_body).toMatch(/overflow-wrap:anywhere/);
    } finally {
      await h.close();
    }
  });
});
