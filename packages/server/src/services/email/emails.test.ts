import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../cli/start.js';
import { makeConfig } from '../../config.js';
import { silentLogger } from '../../http/logging.js';
import { futureIso, signupBody } from '../../testing/harness.js';
import { startSmtpSink, type ReceivedEmail, type SmtpSink } from '../../testing/smtp.js';
import { loadElectoralData } from '@solidarity-widgets/data';
import type { EmailContext } from './context.js';
import { enqueueDueReminders } from './supporter.js';

// The real server (startServer) delivering to a real SMTP server: what a supporter receives, read as they would.
let sink: SmtpSink;
let server: RunningServer;
const SECRET = 'test-signing-secret-for-emails';
const data = loadElectoralData();
const ctx = (): EmailContext => ({ data, secret: SECRET, baseUrl: server.url, partnerNames: {} });

beforeAll(async () => {
  sink = await startSmtpSink();
  server = await startServer({
    port: 0,
    memory: true,
    seed: false,
    log: silentLogger,
    config: makeConfig({ smtpUrl: sink.url, mailFrom: 'Canvassing <no-reply@widgets.example>', partnerNames: { 'unite-polish-branch': 'Unite Polish Branch' }, signingSecret: SECRET }),
    outbox: { pollMs: 50 },
  });
});
afterAll(async () => {
  await server?.close();
  await sink?.close();
});

async function api(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${server.apiUrl}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Origin: server.url, Authorization: `Bearer ${server.adminToken}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}

async function newSession(overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await api('POST', '/admin/canvass-sessions', {
    constituencyCode: 'E14001279',
    title: 'Hendon: Saturday canvass',
    startsAt: futureIso(7, 10),
    endsAt: futureIso(7, 13),
    meetingPoint: 'Colindale station, Colindale Avenue exit',
    organiserName: 'Hendon CLP',
    organiserContact: 'organiser@example.org',
    capacity: 10,
    ...overrides,
  });
  expect(res.status).toBe(201);
  return res.json.id as string;
}

/** The next email to `to`, waiting for it to arrive. */
async function emailTo(to: string, after = 0, timeoutMs = 20_000): Promise<ReceivedEmail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = sink.received.slice(after).find((r) => r.to === to);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no email to ${to}; got ${sink.received.map((r) => r.to).join(', ')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function emailMatching(test: (m: ReceivedEmail) => boolean, timeoutMs = 20_000): Promise<ReceivedEmail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = sink.received.find(test);
    if (found) return found;
    if (Date.now() > deadline) throw new Error('the expected email did not arrive');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const cancelLink = (mail: ReceivedEmail): string => {
  const url = /https?:\/\/\S+\/cancel-signup\?\S+/.exec(mail.mail.text ?? '')?.[0];
  if (!url) throw new Error('no cancellation link in the email');
  return url;
};

describe('supporters’ emails, delivered over SMTP', () => {
  it('the sign-up confirmation arrives with the session, the .ics and a cancellation link that works (GET asks, POST cancels)', async () => {
    const sessionId = await newSession();
    const res = await api('POST', '/canvass-signups', signupBody(sessionId, { email: 'ola@example.org', name: 'Aleksandra Nowak' }));
    expect(res.status).toBe(201);
    const mail = await emailTo('ola@example.org');
    expect(mail.mail.subject).toBe('You are signed up: \u2068Hendon: Saturday canvass\u2069');
    expect(mail.mail.from?.text).toContain('no-reply@widgets.example');
    expect(mail.mail.text).toContain('Hello \u2068Aleksandra Nowak\u2069,');
    expect(mail.mail.text).toContain('Colindale station, Colindale Avenue exit');
    expect(mail.mail.text).toContain('Unite Polish Branch');
    expect(mail.mail.html).toContain('Cancel my place');
    const ics = mail.mail.attachments.find((a) => a.filename === 'canvassing-session.ics');
    expect(ics?.contentType).toBe('text/calendar');
    expect(ics?.content.toString()).toContain('SUMMARY:Hendon: Saturday canvass');
    // Sign-ups carry no List-Unsubscribe: a confirmation is not a mailing.
    expect(mail.mail.headers.has('list-unsubscribe')).toBe(false);

    const link = cancelLink(mail);
    expect(link.startsWith(`${server.url}/cancel-signup?id=${res.json.signup.id}&token=`)).toBe(true);
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Cancel my place');
    // A GET never cancels.
    expect((await api('GET', `/admin/canvass-signups?session=${sessionId}`)).json.signups[0].status).toBe('confirmed');
    const url = new URL(link);
    const done = await fetch(`${server.url}/cancel-signup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ id: url.searchParams.get('id')!, token: url.searchParams.get('token')! }),
    });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Your place is cancelled');
    expect((await api('GET', `/admin/canvass-signups?session=${sessionId}`)).json.signups[0].status).toBe('cancelled');
  });

  it('a cancelled place promotes the waiting list, and the promoted person gets an email in their language', async () => {
    const sessionId = await newSession({ capacity: 1, title: 'Lewisham: evening canvass' });
    const first = await api('POST', '/canvass-signups', signupBody(sessionId, { email: 'first@example.org', name: 'First' }));
    const second = await api('POST', '/canvass-signups', signupBody(sessionId, { email: 'second@example.org', name: 'Zofia', language: 'pl' }));
    expect(second.json.signup.status).toBe('waitlisted');
    const waiting = await emailTo('second@example.org');
    expect(waiting.mail.subject).toBe('Jesteś na liście oczekujących: \u2068Lewisham: evening canvass\u2069');
    expect(waiting.mail.text).toContain('numerem 1');
    expect(waiting.mail.html).toContain('lang="pl"');

    const before = sink.received.length;
    expect((await api('POST', `/canvass-signups/${first.json.signup.id}/cancel`, { token: first.json.cancelToken })).status).toBe(200);
    const promoted = await emailTo('second@example.org', before);
    expect(promoted.mail.subject).toBe('Zwolniło się miejsce: jesteś potwierdzony(-a) na \u2068Lewisham: evening canvass\u2069');
    expect(promoted.mail.attachments.some((a) => a.filename === 'canvassing-session.ics')).toBe(true);
    expect(cancelLink(promoted)).toContain(second.json.signup.id);
    // The cancellation page the link opens speaks Polish too.
    const page = await fetch(cancelLink(promoted));
    const html = await page.text();
    expect(html).toContain('<html lang="pl"');
    expect(html).toContain('<button type="submit">Rezygnuję z miejsca</button>');
  });

  it('an organiser’s change or cancellation reaches everyone signed up, once; a new capacity alone emails no one', async () => {
    const sessionId = await newSession({ title: 'Harrow: Sunday canvass' });
    await api('POST', '/canvass-signups', signupBody(sessionId, { email: 'changed@example.org', name: 'Sam', language: 'cy' }));
    await emailTo('changed@example.org');
    let before = sink.received.length;
    expect((await api('PATCH', `/admin/canvass-sessions/${sessionId}`, { capacity: 20 })).status).toBe(200);
    expect((await api('PATCH', `/admin/canvass-sessions/${sessionId}`, { meetingPoint: 'Harrow-on-the-Hill station' })).status).toBe(200);
    const changed = await emailTo('changed@example.org', before);
    expect(changed.mail.subject).toBe('Wedi newid: \u2068Harrow: Sunday canvass\u2069');
    expect(changed.mail.text).toContain('Harrow-on-the-Hill station');
    before = sink.received.length;
    expect((await api('POST', `/admin/canvass-sessions/${sessionId}/cancel`)).status).toBe(200);
    expect((await api('POST', `/admin/canvass-sessions/${sessionId}/cancel`)).status).toBe(200);
    const cancelled = await emailTo('changed@example.org', before);
    expect(cancelled.mail.subject).toBe('Wedi’i chanslo: \u2068Harrow: Sunday canvass\u2069');
    expect(cancelled.mail.text).not.toContain('/cancel-signup');
    await new Promise((r) => setTimeout(r, 500));
    const { rows } = await server.store.query<{ kind: string; n: number }>(
      `SELECT kind, count(*)::int AS n FROM outbox WHERE to_address = 'changed@example.org' GROUP BY kind ORDER BY kind`,
    );
    expect(rows).toEqual([
      { kind: 'signup-cancelled', n: 1 },
      { kind: 'signup-changed', n: 1 },
      { kind: 'signup-confirmed', n: 1 },
    ]);
  });

  it('reminds confirmed supporters before their session, once, with a one-click way to stop; never a cancelled place or a past session', async () => {
    const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
    const soon = await newSession({ title: 'Barnet: tomorrow', startsAt: inHours(20), endsAt: inHours(23) });
    const later = await newSession({ title: 'Barnet: next week' });
    await api('POST', '/canvass-signups', signupBody(soon, { email: 'remind-me@example.org', name: 'Remy' }));
    const gone = await api('POST', '/canvass-signups', signupBody(soon, { email: 'cancelled@example.org', name: 'Gone' }));
    await api('POST', '/canvass-signups', signupBody(later, { email: 'next-week@example.org', name: 'Later' }));
    await api('POST', `/canvass-signups/${gone.json.signup.id}/cancel`, { token: gone.json.cancelToken });
    expect(await enqueueDueReminders(server.store, ctx(), 24)).toBe(1);
    // Run again (or by a second instance): nothing more.
    expect(await enqueueDueReminders(server.store, ctx(), 24)).toBe(0);
    const isReminder = (m: ReceivedEmail) => m.mail.subject?.startsWith('Reminder') === true;
    const r = await emailMatching((m) => m.to === 'remind-me@example.org' && isReminder(m));
    expect(r.mail.subject).toContain('\u2068Barnet: tomorrow\u2069');
    expect(r.mail.headerLines.find((l) => l.key === 'list-unsubscribe-post')?.line).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const stop = /<(http:\/\/127\.0\.0\.1:\d+\/email\/stop\?what=reminders&[^>]+)>/.exec(r.mail.headerLines.find((l) => l.key === 'list-unsubscribe')?.line ?? '')?.[1];
    expect(stop).toBeDefined();
    expect(r.mail.text).toContain(stop!);
    expect(sink.received.some((m) => m.to === 'cancelled@example.org' && isReminder(m))).toBe(false);
    expect(sink.received.some((m) => m.to === 'next-week@example.org' && isReminder(m))).toBe(false);

    // The mail client's one-click unsubscribe (RFC 8058): a POST to the link. A session moved to another time would
    // remind again, but not someone who stopped reminders.
    const gets = await fetch(stop!);
    expect(gets.status).toBe(200);
    expect(await gets.text()).toContain('Stop reminders');
    const oneClick = await fetch(stop!, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(oneClick.status).toBe(200);
    expect((await fetch(stop!.replace(/token=[^&]+/, 'token=forged'), { method: 'POST' })).status).toBe(404);
    await api('PATCH', `/admin/canvass-sessions/${soon}`, { startsAt: inHours(21), endsAt: inHours(23) });
    expect(await enqueueDueReminders(server.store, ctx(), 24)).toBe(0);
  });
});
