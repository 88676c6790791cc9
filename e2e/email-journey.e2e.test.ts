import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createClient } from '@solidarity-widgets/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The SMTP server the server's own email tests deliver to (npm smtp-server, parsed with mailparser).
import { startSmtpSink, type ReceivedEmail, type SmtpSink } from '../packages/server/src/testing/smtp.js';
import { openPage } from './browser.js';
import { startStack, type Stack } from './stack.js';

/**
 * Issue 12's proof, end to end in Chromium with real email: the server delivers over SMTP to a real SMTP server
 * started here, and the test reads what arrived, as a supporter or organiser reads their inbox.
 */
const LEWISHAM = 'E14001331';
let sink: SmtpSink;
let stack: Stack;

beforeAll(async () => {
  sink = await startSmtpSink();
  stack = await startStack({ smtpUrl: sink.url, signInLimit: { perAddress: 5, perNetwork: 200 } }, { outbox: { pollMs: 100 } });
}, 60_000);
afterAll(async () => {
  await stack?.close();
  await sink?.close();
});

/** The first email to `to` whose subject matches, waiting for it to arrive over SMTP. */
async function mailTo(to: string, subject: RegExp, after = 0): Promise<ReceivedEmail> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const found = sink.received.slice(after).find((m) => m.to === to && subject.test(m.mail.subject ?? ''));
    if (found) return found;
    if (Date.now() > deadline) {
      throw new Error(`no email to ${to} matching ${subject}; got: ${sink.received.map((m) => `${m.to}: ${m.mail.subject}`).join(' | ')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

const linkIn = (mail: ReceivedEmail, pattern: RegExp): URL => {
  const match = pattern.exec(mail.mail.text ?? '');
  if (!match) throw new Error(`no link matching ${pattern} in: ${mail.mail.text}`);
  return new URL(match[0]);
};

describe('email, end to end (Chromium, real SMTP)', () => {
  it('a supporter signs up on the example page; the confirmation arrives with the .ics; an organiser signs in through the emailed link, sees the sign-up, marks attendance and exports the CSV', async () => {
    const email = `journey-${randomUUID().slice(0, 8)}@example.org`;
    const { page, problems } = await openPage(stack.browser, `${stack.server.url}/`);
    const finder = page.locator('find-your-constituency');
    await finder.getByLabel('Your postcode').fill('SE6 4AA');
    await finder.getByRole('button', { name: 'Find', exact: true }).click();
    const canvass = page.locator('sign-up-to-canvass');
    await canvass.getByText('Lewisham East: door-knocking in Catford').first().waitFor({ timeout: 15_000 });
    await canvass.getByRole('button', { name: /Choose this session/ }).first().click();
    await canvass.getByLabel('Your name').fill('Journey Tester');
    await canvass.getByLabel('Email').fill(email);
    await canvass.getByRole('checkbox', { name: /organiser may contact me/ }).check();
    await canvass.getByRole('button', { name: 'Sign up', exact: true }).click();
    await canvass.getByRole('heading', { name: 'You are signed up' }).waitFor({ timeout: 15_000 });
    expect(problems).toEqual([]);
    await page.context().close();

    const confirmation = await mailTo(email, /Lewisham East: door-knocking in Catford/);
    expect(confirmation.mail.text).toContain('Journey Tester');
    const ics = confirmation.mail.attachments.find((a) => /\.ics$/.test(a.filename ?? ''));
    expect(ics?.contentType).toMatch(/text\/calendar/);
    expect(ics?.content.toString('utf8')).toContain('BEGIN:VEVENT');
    linkIn(confirmation, /https?:\/\/\S+\/cancel-signup\?\S+/);

    // The organiser of the seat signs in with the link that reached their inbox.
    const organiser = `lewisham-${randomUUID().slice(0, 8)}@example.org`;
    await stack.server.store.query(`INSERT INTO organisers (id, email, name, scopes) VALUES ($1, $2, 'Lewisham Organiser', $3)`, [randomUUID(), organiser, [`constituency:${LEWISHAM}`]]);
    const context = await stack.browser.newContext({ acceptDownloads: true });
    const console = await context.newPage();
    await console.goto(`${stack.server.url}/console/`);
    await console.getByLabel('Email address').fill(organiser);
    await console.getByRole('button', { name: 'Send me a sign-in link' }).click();
    await console.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
    const signIn = linkIn(await mailTo(organiser, /sign/i), /https?:\/\/\S+\/console\/sign-in\?token=[\w-]+/);
    await console.goto(`${stack.server.url}${signIn.pathname}${signIn.search}`);
    await console.getByRole('button', { name: 'Sign me in' }).click();
    await console.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();

    await console.locator('li', { hasText: 'Lewisham East: door-knocking in Catford' }).first().getByRole('link').click();
    await console.getByRole('heading', { level: 1, name: /Session: Lewisham East/ }).waitFor();
    await console.getByRole('checkbox', { name: 'Journey Tester attended' }).check();
    await console.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await console.getByRole('link', { name: 'Canvassing sessions' }).click();
    await console.getByRole('heading', { level: 1, name: 'Canvassing sessions' }).waitFor();
    const [download] = await Promise.all([console.waitForEvent('download'), console.getByRole('button', { name: 'Download sign-ups (CSV)' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(email);
    expect(csv).toMatch(/Journey Tester.*yes/);
    await context.close();
  });

  it('a supporter cancels from the link in their email; the waiting-list place is given to the next person, who gets an email saying so', async () => {
    const admin = { Authorization: `Bearer ${stack.server.adminToken}`, 'Content-Type': 'application/json' };
    const start = new Date(Date.now() + 9 * 86_400_000);
    const created = await fetch(`${stack.server.url}/v1/admin/canvass-sessions`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({
        constituencyCode: LEWISHAM, title: 'Catford: one place only', startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 3 * 3_600_000).toISOString(), meetingPoint: 'Catford Bridge station',
        organiserName: 'Lewisham East CLP', organiserContact: 'lewisham@example.org', capacity: 1,
      }),
    });
    expect(created.status).toBe(201);
    const session = ((await created.json()) as { id: string }).id;
    const supporter = createClient({ baseUrl: stack.server.url, partner: 'example-union' });
    const first = `first-${randomUUID().slice(0, 8)}@example.org`;
    const second = `second-${randomUUID().slice(0, 8)}@example.org`;
    for (const [name, address] of [['First Person', first], ['Second Person', second]] as const) {
      await supporter.signUpToCanvass({ sessionId: session, name, email: address, languages: ['en'], firstTime: false, consentToContact: true, consentVersion: '2026-11-23' });
    }
    const confirmed = await mailTo(first, /Catford: one place only/);
    const waiting = await mailTo(second, /Catford: one place only/);
    expect(waiting.mail.text).toMatch(/waiting list/i);
    const seen = sink.received.length;

    // The link in the email, in a browser: it asks first (a mail scanner may open it), then cancels.
    const cancel = linkIn(confirmed, /https?:\/\/\S+\/cancel-signup\?\S+/);
    const { page, problems } = await openPage(stack.browser, `${stack.server.url}${cancel.pathname}${cancel.search}`);
    const { rows: before } = await stack.server.store.query<{ status: string }>(`SELECT status FROM canvass_signups WHERE email = $1`, [first]);
    expect(before).toEqual([{ status: 'confirmed' }]);
    await page.getByRole('button', { name: 'Cancel my place' }).click();
    await page.getByRole('heading', { name: /cancelled/i }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();

    const promoted = await mailTo(second, /place came free/i, seen);
    expect(promoted.mail.text).toContain('Catford: one place only');
    const { rows } = await stack.server.store.query<{ email: string; status: string }>(
      `SELECT email, status FROM canvass_signups WHERE session_id = $1 ORDER BY created_at`,
      [session],
    );
    expect(rows).toEqual([{ email: first, status: 'cancelled' }, { email: second, status: 'confirmed' }]);
  });
});
