import { describe, expect, it } from 'vitest';
import { configFromEnv, type ServerConfig } from '../config.js';
import { HTML_CSP } from '../http/security-headers.js';
import { renderEmail } from '../services/email/layout.js';
import { enqueueEmail } from '../services/outbox.js';
import { makeSession, setup, signupBody } from '../testing/harness.js';

async function withEmail(config: Partial<Omit<ServerConfig, 'rateLimit'>>) {
  const h = await setup({ config });
  await enqueueEmail(h.store, {
    kind: 'signup-confirmation',
    to: 'ola@example.org',
    language: 'en',
    ...renderEmail({
      language: 'en',
      subject: 'You are signed up <script>alert(1)</script>',
      paragraphs: ['Hello <img src=x onerror=alert(2)>'],
      action: { label: 'Cancel my place', url: 'https://api.example/cancel-signup?id=1&token=abc' },
      footer: ['Sent for Unite'],
    }),
    attachments: [{ filename: 'canvass.ics', contentType: 'text/calendar; charset=utf-8', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' }],
  });
  const { rows } = await h.store.query<{ id: string }>('SELECT id FROM outbox');
  return { h, id: rows[0]!.id };
}

describe('the development mailbox at /console/mail', () => {
  it('lists the emails and shows one: text with clickable links, the HTML in a script-less sandbox, the .ics to download', async () => {
    const { h, id } = await withEmail({ devMailbox: true });
    try {
      const list = await h.call('GET', '/console/mail');
      expect(list.status).toBe(200);
      expect(list.headers.get('content-security-policy')).toBe(HTML_CSP);
      expect(list.text).toContain(`href="/console/mail/${id}"`);
      expect(list.text).toContain('ola@example.org');
      expect(list.text).toContain('You are signed up &lt;script&gt;');
      expect(list.text).not.toContain('<script>');

      const one = await h.call('GET', `/console/mail/${id}`);
      expect(one.status).toBe(200);
      expect(one.headers.get('content-security-policy')).toBe(HTML_CSP);
      expect(one.text).not.toMatch(/<script|<img/);
      // The cancellation link of the plain text is a link.
      expect(one.text).toContain('<a href="https://api.example/cancel-signup?id=1&amp;token=abc">');
      const frame = /<iframe[^>]*>/.exec(one.text)?.[0] ?? '';
      expect(frame).toContain(`src="/console/mail/${id}/html"`);
      expect(frame).toMatch(/sandbox="[^"]*"/);
      expect(frame).not.toContain('allow-scripts');
      expect(frame).not.toContain('allow-same-origin');
      expect(one.text).toContain(`href="/console/mail/${id}/attachments/0" download="canvass.ics"`);

      const html = await h.call('GET', `/console/mail/${id}/html`);
      expect(html.status).toBe(200);
      const csp = html.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toMatch(/sandbox [^;]*allow-popups/);
      expect(csp).not.toMatch(/script-src|allow-scripts/);
      expect(html.text).toContain('<base target="_top">');
      expect(html.text).toContain('Hello &lt;img src=x onerror=alert(2)&gt;');

      const ics = await h.call('GET', `/console/mail/${id}/attachments/0`);
      expect(ics.status).toBe(200);
      expect(ics.headers.get('content-type')).toContain('text/calendar');
      expect(ics.headers.get('content-disposition')).toBe('attachment; filename="canvass.ics"');
      expect(ics.text).toContain('BEGIN:VCALENDAR');

      expect((await h.call('GET', '/console/mail/00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await h.call('GET', `/console/mail/${id}/attachments/1`)).status).toBe(404);
    } finally {
      await h.close();
    }
  });

  it('shows a sign-up\'s confirmation, written as facts, rendered as it will be sent, before any worker has reached it', async () => {
    const h = await setup({ config: { devMailbox: true } });
    try {
      const session = await makeSession(h.call, h.adminToken, { capacity: 5, title: 'Canvass <b>bold</b>' });
      const res = await h.call('POST', '/v1/canvass-signups', { body: signupBody(session, { email: 'facts@example.org' }) });
      expect(res.status).toBe(201);
      const list = await h.call('GET', '/console/mail');
      expect(list.text).toContain('facts@example.org');
      expect(list.text).toContain('You are signed up: \u2068Canvass &lt;b&gt;bold&lt;/b&gt;\u2069');
      const { rows } = await h.store.query<{ id: string; facts: unknown }>(`SELECT id, facts FROM outbox WHERE to_address = 'facts@example.org'`);
      expect(rows[0]!.facts).toBeNull();
      const one = await h.call('GET', `/console/mail/${rows[0]!.id}`);
      expect(one.text).toContain(`/cancel-signup?id=${res.json.signup.id}&amp;token=`);
      expect(one.text).toContain('download="canvassing-session.ics"');
    } finally {
      await h.close();
    }
  });

  it('is not there when SMTP_URL is set or NODE_ENV is production', async () => {
    for (const config of [{ devMailbox: false }, { devMailbox: true, smtpUrl: 'smtp://127.0.0.1:2525' }]) {
      const { h, id } = await withEmail(config);
      try {
        expect((await h.call('GET', '/console/mail')).status).toBe(404);
        expect((await h.call('GET', `/console/mail/${id}`)).status).toBe(404);
        expect((await h.call('GET', `/console/mail/${id}/html`)).status).toBe(404);
      } finally {
        await h.close();
      }
    }
    expect(configFromEnv({}).devMailbox).toBe(true);
    expect(configFromEnv({ NODE_ENV: 'production' }).devMailbox).toBe(false);
    expect(configFromEnv({ SMTP_URL: 'smtp://relay.example:587' }).devMailbox).toBe(false);
    expect(() => configFromEnv({ SMTP_URL: 'http://relay.example' })).toThrow(/smtp:\/\//);
  });
});
