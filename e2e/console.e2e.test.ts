import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createClient } from '@solidarity-widgets/sdk';
import { startStack, type Stack } from './stack.js';
import { consoleHelpers } from './console-helpers.js';

// The organisers' console (/console) in Chromium against the real server: sign-in by emailed link (read from the
// outbox, where every email is written first), the pages an organiser and a moderator use, and what they must not see.

const LEWISHAM = 'E14001331';
const HENDON = 'E14001279';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let stack: Stack;
let lewishamSession: string;
let hendonSession: string;
let addOrganiser: ReturnType<typeof consoleHelpers>['addOrganiser'];
let addPendingMessage: ReturnType<typeof consoleHelpers>['addPendingMessage'];
let signIn: ReturnType<typeof consoleHelpers>['signIn'];
let signInLink: ReturnType<typeof consoleHelpers>['signInLink'];

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
  return result;
}

/** Everything the page shows as text, shadow roots included (`innerText` of the body stops at them). */
const shownText = (page: Page) =>
  page.evaluate(() => {
    const walk = (node: Node): string => {
      let text = node instanceof Element && node.shadowRoot ? walk(node.shadowRoot) : '';
      for (const child of Array.from(node.childNodes)) text += child.nodeType === Node.TEXT_NODE ? (child.textContent ?? '') : walk(child);
      return text;
    };
    return walk(document.body);
  });

const focusedHeading = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.tagName === 'H1' ? el.textContent : null;
  });

beforeAll(async () => {
  // Every test signs someone in from this one machine: the per-network limits (20 sign-ins an hour, 30 public writes
  // in ten minutes) are for the open internet, not for a test run; the per-address sign-in limit stays as it is.
  stack = await startStack({ signInLimit: { perAddress: 5, perNetwork: 200 }, rateLimit: { perIp: 1000 } });
  ({ addOrganiser, addPendingMessage, signIn, signInLink } = consoleHelpers(stack));
  const sessions = (await createClient({ baseUrl: stack.server.url }).listCanvassSessions()).sessions;
  lewishamSession = sessions.find((s) => s.constituency.code === LEWISHAM)!.id;
  hendonSession = sessions.find((s) => s.constituency.code === HENDON)!.id;
  await addOrganiser('lew@example.org', 'Lewisham Organiser', [`constituency:${LEWISHAM}`]);
  await addOrganiser('mod@example.org', 'Example Union Moderator', ['partner:example-union']);
  await addOrganiser('other-mod@example.org', 'Other Union Moderator', ['partner:other-union']);
  await addOrganiser('admin@example.org', 'Console Admin', ['admin']);
  // Sign-in links are rate-limited per address (5 in a window): the later tests sign in as colleagues of the same seat.
  for (const who of ['lew-b', 'lew-c', 'lew-d', 'lew-e']) await addOrganiser(`${who}@example.org`, `Lewisham Organiser ${who}`, [`constituency:${LEWISHAM}`]);
});
afterAll(async () => {
  await stack?.close();
});

describe('the organisers’ console', () => {
  it('an organiser signs in with the emailed link, sees a sign-up on the dashboard, marks attendance and exports the CSV', async () => {
    const supporter = createClient({ baseUrl: stack.server.url, partner: 'example-union' });
    await supporter.signUpToCanvass({
      sessionId: lewishamSession,
      name: 'Kasia Console',
      email: 'kasia.console@example.org',
      languages: ['pl'],
      firstTime: true,
      consentToContact: true,
      consentVersion: '2026-11-23',
    });
    const { page, context, problems } = await signIn('lew@example.org');
    // Focus is on the new page's heading, and the title says where we are.
    expect(await focusedHeading(page)).toBe('Dashboard');
    expect(await page.title()).toBe('Dashboard – Organisers’ console');
    const next = page.locator('li', { hasText: 'Lewisham East: door-knocking in Catford' });
    await expect.poll(() => next.innerText()).toContain('Places taken: 1 of 25');
    expect(await next.innerText()).toContain('Waitlist: 0');

    await next.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /Session: Lewisham East/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/console/sessions/${lewishamSession}`);
    const attended = page.getByRole('checkbox', { name: 'Kasia Console attended' });
    await attended.check();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const { rows } = await stack.server.store.query<{ attended: boolean | null }>(`SELECT attended FROM canvass_signups WHERE email = $1`, ['kasia.console@example.org']);
    expect(rows).toEqual([{ attended: true }]);
    // Still marked after a reload (it came from the server, not the checkbox's memory).
    await page.reload();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Kasia Console attended' }).isChecked()).toBe(true);

    await page.getByRole('link', { name: 'Canvassing sessions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Canvassing sessions' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download sign-ups (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^sign-ups-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    // With the byte-order mark, so Excel opens it as UTF-8.
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Kasia Console');
    expect(csv).toContain('kasia.console@example.org');
    expect(csv).not.toContain('Hendon');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('another organiser’s session, typed into the address bar, is “not found”', async () => {
    const { page, context } = await signIn('lew@example.org');
    await page.goto(`${stack.server.url}/console/sessions/${hendonSession}`);
    await page.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();
    expect(await page.title()).toBe('Not found – Organisers’ console');
    expect(await shownText(page)).not.toContain('Hendon');
    await context.close();
  });

  it('a moderator sees a hostile message inertly, approves it with the keyboard alone, and it is on the public wall', async () => {
    const hostile = 'Hello\u001b[2K<script>alert(1)</script>\u202eevil';
    const id = await addPendingMessage('example-union', hostile, 'Hostile Tester');
    const otherId = await addPendingMessage('other-union', 'Only for the other union', 'Other Sender');
    const { page, context, problems } = await signIn('mod@example.org');

    // Keyboard only: Tab to the Moderation link, Enter, then the listed shortcuts.
    const nav = page.getByRole('link', { name: 'Moderation' });
    for (let i = 0; i < 20 && !(await nav.evaluate((el) => el.matches(':focus'))); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Moderation' }).waitFor();
    expect(await focusedHeading(page)).toBe('Moderation');
    expect(await page.getByText('Keyboard: j next, k previous, a approve, r reject').count()).toBe(1);

    const card = page.locator('li[data-index]', { hasText: 'Hostile Tester' });
    const shown = await card.locator('.message-text').innerText();
    // Only this moderator's partner's messages.
    expect(await shownText(page)).toContain('Hostile Tester');
    expect(await shownText(page)).not.toContain('Only for the other union');
    expect(shown).toBe('Hello\\u001b[2K<script>alert(1)</script>\\u202eevil');
    expect(await card.locator('.message-text').getAttribute('dir')).toBe('auto');
    expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0);

    // j selects (and focuses) the message; a approves it.
    const index = Number(await card.getAttribute('data-index'));
    for (let i = 0; i <= index; i++) await page.keyboard.press('j');
    if (index === 0) await page.keyboard.press('k');
    await expect.poll(() => card.getAttribute('aria-current')).toBe('true');
    await page.keyboard.press('a');
    await page.getByRole('status').filter({ hasText: 'Approved' }).waitFor();
    const wall = await createClient({ baseUrl: stack.server.url, partner: 'example-union' }).listSolidarityMessages({ partner: 'example-union' });
    expect(wall.messages.find((m) => m.id === id)?.message).toBe(hostile);

    // r asks for a reason in a modal dialog (focus starts in the reason box), then rejects.
    const other = await addPendingMessage('example-union', 'A second message', 'Second Sender');
    await page.reload();
    await page.getByText('A second message').waitFor();
    await page.keyboard.press('j');
    await page.keyboard.press('r');
    await page.getByRole('dialog').getByLabel(/Reason for rejecting/).fill('Off topic');
    await page.getByRole('dialog').getByRole('button', { name: 'Reject' }).press('Enter');
    await page.getByRole('status').filter({ hasText: 'Rejected.' }).waitFor();
    const { rows } = await stack.server.store.query<{ id: string; status: string; rejection_reason: string | null }>(
      `SELECT id, status, rejection_reason FROM solidarity_messages WHERE id = ANY($1) ORDER BY name`,
      [[other, otherId]],
    );
    expect(rows).toEqual([
      { id: otherId, status: 'pending', rejection_reason: null },
      { id: other, status: 'rejected', rejection_reason: 'Off topic' },
    ]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the other partner’s moderator sees only their own partner’s messages, and no organiser sections', async () => {
    await addPendingMessage('other-union', 'From the other union’s page', 'Other Union Sender');
    await addPendingMessage('example-union', 'Not for the other union', 'Example Sender');
    const { page, context } = await signIn('other-mod@example.org');
    await page.getByRole('link', { name: 'Moderation' }).click();
    await page.getByText('From the other union’s page').waitFor();
    expect(await shownText(page)).not.toContain('Not for the other union');
    expect(await page.getByRole('link', { name: 'Canvassing sessions' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Organisers' }).count()).toBe(0);
    await context.close();
  });

  it('a partner’s moderator sees what their share links brought (counts, their partner only), and the page passes axe', async () => {
    const theirs = createClient({ baseUrl: stack.server.url, partner: 'other-union' });
    await theirs.recordReferralVisit('k2m3n4p5q6');
    await theirs.recordReferralVisit('k2m3n4p5q6');
    await theirs.recordReferralVisit('k2m3n4p5q6', { action: 'signup' });
    await createClient({ baseUrl: stack.server.url, partner: 'example-union' }).recordReferralVisit('abcdefghjk');
    const { page, context, problems } = await signIn('other-mod@example.org', { width: 360, height: 740 });
    await page.getByRole('link', { name: 'Sharing' }).click();
    await page.getByRole('heading', { level: 1, name: 'What sharing brought' }).waitFor();
    await page.getByText('1 shares brought 2 visits and 1 actions.').waitFor();
    const shown = await shownText(page);
    expect(shown).toContain('k2m3n4p5q6');
    expect(shown).not.toContain('example-union');
    expect(shown).not.toContain('abcdefghjk');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an organiser sees the pledge counts of their seat only, downloads them as CSV, and the page passes axe at 360 px', async () => {
    // Next year's polling day: always still to come.
    const election = { type: 'general', date: `${new Date().getUTCFullYear() + 1}-05-06` } as const;
    const example = createClient({ baseUrl: stack.server.url, partner: 'example-union' });
    await example.createPledge({ constituencyCode: LEWISHAM, intent: 'vote', election, email: 'pledge-one@example.org', reminders: true });
    await example.createPledge({ constituencyCode: LEWISHAM, intent: 'register-and-vote', election, reminders: false });
    await createClient({ baseUrl: stack.server.url, partner: 'other-union' }).createPledge({ constituencyCode: HENDON, intent: 'vote', election, reminders: false });
    const { page, context, problems } = await signIn('lew@example.org', { width: 360, height: 740 });
    await page.getByRole('link', { name: 'Pledges' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pledges to vote' }).waitFor();
    const table = page.getByRole('table', { name: 'Pledges per constituency and partner' });
    await table.waitFor();
    expect(await table.getByRole('row').allInnerTexts()).toEqual([
      expect.stringMatching(/Constituency\s+Partner\s+Pledges\s+With reminders/),
      expect.stringMatching(/Lewisham East\s+example-union\s+2\s+1/),
    ]);
    expect(await shownText(page)).not.toContain('Hendon');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the counts (CSV)' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    // With the byte-order mark the server sent (fetch's text() drops it; the console puts it back for Excel).
    expect(csv).toBe('\uFEFFconstituency_code,constituency,partner,pledges,with_reminders\r\nE14001331,Lewisham East,example-union,2,1\r\n');
    const { rows } = await stack.server.store.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'export_pledges' AND actor_name = 'Lewisham Organiser'`);
    expect(rows[0]?.n).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('every page has no axe violations and fits a 360 px screen without sideways scrolling', async () => {
    const { page, context, problems } = await signIn('lew@example.org', { width: 360, height: 740 });
    for (const path of ['/', '/sessions', `/sessions/${lewishamSession}`, '/introductions', '/listings', '/local-contact', '/erase', '/audit', '/settings', '/nowhere']) {
      await page.goto(`${stack.server.url}/console${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForFunction(() => !document.querySelector('console-app')?.shadowRoot?.querySelector('main')?.innerHTML.includes('Loading…'));
      expect(await axeViolations(page), path).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
    // The sign-in pages too, signed out.
    const signedOut = await stack.browser.newContext({ viewport: { width: 360, height: 740 } });
    const p = await signedOut.newPage();
    for (const path of ['/sign-in', '/sign-in?token=not-a-real-token-0123456789']) {
      await p.goto(`${stack.server.url}/console${path}`);
      await p.getByRole('heading', { level: 1 }).waitFor();
      expect(await axeViolations(p), path).toEqual([]);
      expect(await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    }
    await signedOut.close();
    expect(problems).toEqual([]);
  });

  it('an admin: moderation, organisers and audit pages and an open dialog pass axe; adds an organiser with a scope and disables them', async () => {
    await addPendingMessage('example-union', 'Solidarity from Porto', 'Axe Sender');
    const { page, context, problems } = await signIn('admin@example.org', { width: 360, height: 740 });
    for (const path of ['/moderation', '/organisers', '/audit']) {
      await page.goto(`${stack.server.url}/console${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForFunction(() => !document.querySelector('console-app')?.shadowRoot?.querySelector('main')?.innerHTML.includes('Loading…'));
      expect(await axeViolations(page), path).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBeLessThanOrEqual(0);
    }
    // The audit log shows what this admin's sign-in did.
    const audit = await shownText(page);
    expect(audit).toContain('Console Admin');
    expect(audit).toContain('signed in');
    // Adds an organiser with a scope, then disables them after a confirmation that names them.
    await page.goto(`${stack.server.url}/console/organisers`);
    await page.getByLabel('Name', { exact: true }).fill('Hendon Organiser');
    await page.getByLabel('Email address').fill('hendon@example.org');
    await page.getByLabel('Scopes', { exact: true }).fill(`constituency:${HENDON}`);
    await page.getByRole('button', { name: 'Add an organiser' }).click();
    await page.getByLabel('Scopes of Hendon Organiser').waitFor();
    const hendon = async () =>
      (await stack.server.store.query<{ scopes: string[]; disabled: boolean }>(`SELECT scopes, disabled_at IS NOT NULL AS disabled FROM organisers WHERE email = $1`, ['hendon@example.org'])).rows;
    expect(await hendon()).toEqual([{ scopes: [`constituency:${HENDON}`], disabled: false }]);
    await page.locator('li', { hasText: 'hendon@example.org' }).getByRole('button', { name: 'Disable' }).click();
    expect(await page.getByRole('dialog').innerText()).toContain('Disable Hendon Organiser (hendon@example.org)?');
    await page.getByRole('dialog').getByRole('button', { name: 'Disable' }).click();
    await expect.poll(hendon).toEqual([{ scopes: [`constituency:${HENDON}`], disabled: true }]);

    await page.goto(`${stack.server.url}/console/erase`);
    await page.getByLabel('Their email address').fill('nobody@example.org');
    await page.getByRole('button', { name: 'Erase this person…' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('creates, edits and cancels a session: the confirmation names it, keeps focus inside and gives it back', async () => {
    const { page, context } = await signIn('lew-b@example.org');
    await page.getByRole('link', { name: 'Canvassing sessions' }).click();
    await page.getByRole('button', { name: 'Create a session' }).click();
    await page.getByLabel('Constituency code').fill(LEWISHAM);
    await page.getByLabel('Title').fill('Console test: Hither Green doors');
    await page.getByLabel('Starts').fill('2027-03-06T10:00');
    await page.getByLabel('Ends').fill('2027-03-06T13:00');
    await page.getByLabel('Meeting point').fill('Hither Green station');
    await page.getByLabel('Organiser’s name').fill('Lewisham East CLP');
    await page.getByLabel('Organiser’s contact').fill('lewisham@example.org');
    await page.getByLabel('Places').fill('8');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: 'Session: Console test: Hither Green doors' }).waitFor();
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const publicView = async () => (await createClient({ baseUrl: stack.server.url }).listCanvassSessions({ constituency: LEWISHAM })).sessions.find((s) => s.id === id);
    // 10:00 in London in March is 10:00 UTC (GMT).
    expect((await publicView())?.startsAt).toBe('2027-03-06T10:00:00.000Z');

    await page.getByRole('button', { name: 'Edit this session' }).click();
    await page.getByLabel('Places').fill('12');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect((await publicView())?.capacity).toBe(12);

    const cancel = page.getByRole('button', { name: 'Cancel this session' });
    await cancel.click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.innerText()).toContain('Cancel “Console test: Hither Green doors” on 6 Mar 2027, 10:00?');
    // Tab cycles inside the modal dialog; Escape closes it and focus returns to the button that opened it.
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.querySelector('console-app')?.shadowRoot?.querySelector('console-session')?.shadowRoot?.querySelector('console-confirm')?.shadowRoot?.activeElement?.tagName ?? null)).not.toBeNull();
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => cancel.evaluate((el) => el.matches(':focus'))).toBe(true);
    expect((await publicView())?.status).toBe('open');
    await cancel.click();
    await dialog.getByRole('button', { name: 'Cancel this session' }).click();
    await page.getByText('This session is cancelled.').waitFor();
    const { rows } = await stack.server.store.query<{ status: string }>(`SELECT status FROM canvass_sessions WHERE id = $1`, [id]);
    expect(rows).toEqual([{ status: 'cancelled' }]);
    await context.close();
  });

  it('when the session ends, the next click goes to sign-in and back to the same page afterwards', async () => {
    const { page, context } = await signIn('lew-c@example.org');
    await page.getByRole('link', { name: 'Introductions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Introductions' }).waitFor();
    // Signed out everywhere from another device (here: the sessions are ended in the database).
    await stack.server.store.query(`DELETE FROM console_sessions`);
    await page.getByRole('link', { name: 'Canvassing sessions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/console/sessions');
    expect(await page.getByRole('status').innerText()).toContain('You were signed out');
    // Signing in again (the emailed link opens without ?next=) lands on the page they were going to.
    await page.getByLabel('Email address').fill('lew-c@example.org');
    await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
    const link = new URL(await signInLink('lew-c@example.org'));
    await page.goto(`${stack.server.url}${link.pathname}${link.search}`);
    await page.getByRole('button', { name: 'Sign me in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Canvassing sessions' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/console/sessions');
    await context.close();
  });

  it('your settings: the console in Welsh and in Arabic (right to left), a daily digest, and signing out everywhere', async () => {
    const { page, context } = await signIn('lew-d@example.org');
    await page.getByRole('link', { name: 'Your settings' }).click();
    await page.getByLabel('Console language').selectOption('cy');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('link', { name: 'Sesiynau canfasio' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    await page.getByLabel('Iaith y consol').selectOption('ar');
    await page.getByRole('button', { name: 'Cadw' }).click();
    await page.getByRole('link', { name: 'جلسات الحملة الميدانية' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('لغة لوحة التحكم').selectOption('en');
    await page.getByRole('button', { name: 'حفظ' }).click();
    await page.getByRole('link', { name: 'Canvassing sessions' }).waitFor();

    // How they hear of new sign-ups: a daily digest.
    await page.getByRole('radio', { name: 'Once a day, in one email' }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const { rows } = await stack.server.store.query<{ notify: string; language: string }>(`SELECT notify, language FROM organisers WHERE email = $1`, ['lew-d@example.org']);
    expect(rows).toEqual([{ notify: 'digest', language: 'en' }]);

    // Signed in on a second device too; "sign out everywhere" here ends that one as well.
    const second = await signIn('lew-d@example.org');
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => fetch('/v1/console/me').then((r) => r.status))).toBe(401);
    await second.page.getByRole('link', { name: 'Canvassing sessions' }).click();
    await second.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await second.context.close();
    await context.close();
  });

  it('an introduction: status, its directory listing approved, the seat’s local contact, then the person erased after a confirmation that names them', async () => {
    await createClient({ baseUrl: stack.server.url, partner: 'example-union' }).requestIntroduction({
      organisation: 'Catford Console Association',
      organisationType: 'community_group',
      languages: ['en'],
      constituencies: [LEWISHAM],
      contactName: 'Dana Console',
      email: 'dana.console@example.org',
      offers: ['translators'],
      consentToContact: true,
      consentVersion: '2026-12-01',
      listInDirectory: true,
    });
    const { page, context, problems } = await signIn('lew-e@example.org');
    await page.getByRole('link', { name: 'Introductions' }).click();
    await page.getByLabel('Status of Catford Console Association').selectOption('contacted');
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const row = async () =>
      (await stack.server.store.query<{ status: string; listing: string }>(`SELECT status, listing FROM introductions WHERE email = $1`, ['dana.console@example.org'])).rows;
    expect(await row()).toEqual([{ status: 'contacted', listing: 'pending' }]);
    // Notes for the other organisers: saved as typed (markup stays text), still there after a reload.
    const notes = 'Spoke to Dana on Monday <b>by phone</b>.\nThey can translate leaflets into Polish.';
    await page.getByLabel('Notes on Catford Console Association').fill(notes);
    await page.getByRole('button', { name: 'Save notes' }).click();
    await page.getByRole('status').filter({ hasText: 'Notes saved.' }).waitFor();
    expect((await stack.server.store.query<{ notes: string }>(`SELECT notes FROM introductions WHERE email = $1`, ['dana.console@example.org'])).rows[0]?.notes).toBe(notes);
    await page.reload();
    await expect.poll(() => page.getByLabel('Notes on Catford Console Association').inputValue()).toBe(notes);
    expect(await page.locator('b').count()).toBe(0);

    await page.getByRole('link', { name: 'Directory listings' }).click();
    await page.getByRole('button', { name: 'Approve listing: Catford Console Association' }).click();
    await page.getByText('No listings are waiting for approval.').waitFor();
    expect(await row()).toEqual([{ status: 'contacted', listing: 'approved' }]);

    await page.getByRole('link', { name: 'Local contact' }).click();
    expect(await page.getByLabel('Constituency code').inputValue()).toBe(LEWISHAM);
    await page.getByLabel('Name of the local campaign').fill('Lewisham East Labour');
    await page.getByLabel('Public email address').fill('campaign@example.org');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect((await createClient({ baseUrl: stack.server.url }).getLocalContact(LEWISHAM)).name).toBe('Lewisham East Labour');
    // Coming back, the form shows the contact as it is, to edit rather than retype.
    await page.reload();
    await expect.poll(() => page.getByLabel('Name of the local campaign').inputValue()).toBe('Lewisham East Labour');

    await page.getByRole('link', { name: 'Erase data' }).click();
    await page.getByLabel('Their email address').fill('dana.console@example.org');
    await page.getByRole('button', { name: 'Erase this person…' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.innerText()).toContain('Erase every sign-up, message and introduction sent with dana.console@example.org?');
    await dialog.getByRole('button', { name: 'Erase a person' }).click();
    await page.getByRole('status').filter({ hasText: 'Erased: sign-ups 0, messages 0, introductions 1.' }).waitFor();
    expect(await row()).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
