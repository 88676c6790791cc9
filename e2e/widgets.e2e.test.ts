import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminClient } from '@solidarity-widgets/sdk/admin';
import { openPage } from './browser.js';
import { startStack, type Stack } from './stack.js';

// Each test drives the built example page (examples/script-tag, loading /cdn/widgets.js) served by the real server.
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

describe('example partner page, end to end', () => {
  it('finder: a supporter types a postcode and sees Lewisham East, its MP and nearby marginals', async () => {
    const { page, problems } = await openPage(stack.browser, `${stack.server.url}/`);
    const finder = page.locator('find-your-constituency');
    await finder.getByLabel('Your postcode').fill('se6 4aa');
    await finder.getByRole('button', { name: 'Find', exact: true }).click();
    await expect.poll(() => finder.getByRole('heading', { name: /Lewisham East/ }).count(), { timeout: 15_000 }).toBe(1);
    const shown = () => finder.locator('[part~="base"]').first().innerText();
    await expect.poll(shown).toContain('MP: Janet Daby (Labour)');
    await expect.poll(shown, { timeout: 15_000 }).toMatch(/Nearby marginal seats[\s\S]*majority/);
    // The page heard the typed event, and it carries no personal data.
    await expect.poll(() => page.locator('#event-log').innerText()).toContain('"code":"E14001331"');
    // Only the sector of the postcode typed, never the full postcode.
    const log = await page.locator('#event-log').innerText();
    expect(log).toContain('"postcodeArea":"SE6 4"');
    expect(log).not.toMatch(/4AA/i);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('finder with party="lab": seats to win and hold from the real data, and a map where all 650 seats have names', async () => {
    const { page, problems } = await openPage(stack.browser, `${stack.server.url}/`);
    const finder = page.locator('find-your-constituency');
    await finder.evaluate((el) => el.setAttribute('party', 'lab'));
    await finder.getByLabel('Your postcode').fill('SE6 4AA');
    await finder.getByRole('button', { name: 'Find', exact: true }).click();
    const targets = finder.locator('[part~="targets"]');
    await expect.poll(() => targets.innerText(), { timeout: 15_000 }).toContain('Where your help counts for Labour');
    // Bromley and Biggin Hill, 2024: Con 15,929, Lab 15,627 of 46,788 valid votes → a swing of 0.32 points.
    await expect.poll(() => targets.innerText()).toMatch(/Bromley and Biggin Hill: Labour needs a swing of 0\.3 points to win it/);
    expect(await targets.innerText()).toContain('Based on 2024 votes');
    const home = finder.locator('path[data-code="E14001331"]');
    await expect.poll(() => home.getAttribute('aria-label'), { timeout: 15_000 }).toBe('Lewisham East: Labour, majority 18,073 votes (44.5%). Your constituency');
    await finder.getByRole('button', { name: 'Show the whole map' }).click();
    const names = await finder.locator('path[data-code]').evaluateAll((paths) => paths.map((p) => p.getAttribute('aria-label') ?? ''));
    expect(names).toHaveLength(650);
    expect(names.filter((n) => !/^[^:]+: [^,]+, majority [\d,]+ votes? \(/.test(n))).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('canvass: CF24 3AA and EH1 1YZ (no sessions near them) say so once and offer the nearest sessions elsewhere and an introduction', async () => {
    const { page, problems } = await openPage(stack.browser, `${stack.server.url}/`);
    const finder = page.locator('find-your-constituency');
    const canvass = page.locator('sign-up-to-canvass');
    const text = () => canvass.locator('[part~="base"]').first().innerText();
    for (const [postcode, seat] of [['CF24 3AA', 'Cardiff East'], ['EH1 1YZ', 'Edinburgh']] as const) {
      await finder.getByLabel('Your postcode').fill(postcode);
      await finder.getByRole('button', { name: 'Find', exact: true }).click();
      await expect.poll(text, { timeout: 15_000 }).toMatch(new RegExp(`No upcoming sessions in ${seat}[^.]* yet\\.`));
      await expect.poll(text, { timeout: 15_000 }).toContain('The nearest sessions elsewhere');
      const shown = await text();
      expect(shown.split('No upcoming sessions').length - 1).toBe(1);
      expect(shown).toMatch(/about [\d.,]+ km/);
      expect(await canvass.getByRole('link', { name: 'ask to be introduced' }).getAttribute('href')).toBe('#introduce');
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('canvass: follows the finder, signs up to a session, confirms, and the row is in the database', async () => {
    const { page, problems } = await openPage(stack.browser, `${stack.server.url}/`);
    const finder = page.locator('find-your-constituency');
    await finder.getByLabel('Your postcode').fill('SE6 4AA');
    await finder.getByRole('button', { name: 'Find', exact: true }).click();

    const canvass = page.locator('sign-up-to-canvass');
    const session = canvass.getByText('Lewisham East: door-knocking in Catford').first();
    await session.waitFor({ timeout: 15_000 });
    await canvass.getByRole('button', { name: /Choose this session/ }).first().click();
    await canvass.getByLabel('Your name').fill('Amina Rahman');
    await canvass.getByLabel('Email').fill('amina.e2e@example.org');
    await canvass.getByRole('checkbox', { name: /Bangla|Bengali/ }).check();
    await canvass.getByRole('checkbox', { name: /organiser may contact me/ }).check();
    await canvass.getByRole('button', { name: 'Sign up', exact: true }).click();
    await canvass.getByRole('heading', { name: 'You are signed up' }).waitFor({ timeout: 15_000 });
    expect(await canvass.getByRole('link', { name: /Add to calendar/ }).getAttribute('href')).toMatch(/^blob:/);

    const rows = await stack.server.store.query<{ name: string; status: string; partner: string | null; languages: string[] }>(
      `SELECT name, status, partner, languages FROM canvass_signups WHERE email = $1`,
      ['amina.e2e@example.org'],
    );
    expect(rows.rows).toEqual([{ name: 'Amina Rahman', status: 'confirmed', partner: 'example-union', languages: ['bn'] }]);
    // The host page's event has no personal details.
    const log = await page.locator('#event-log').innerText();
    expect(log).toContain('canvass-signed-up');
    expect(log).not.toContain('amina');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('pledge: a supporter pledges with reminders on the real server, sees the dates and the count; the same email again is counted once', async () => {
    const { page, problems } = await openPage(stack.browser, `${stack.server.url}/`);
    const pledge = page.locator('pledge-to-vote');
    await pledge.getByLabel('Your postcode').fill('SE6 4AA');
    await pledge.getByRole('button', { name: 'Find my constituency' }).click();
    await pledge.getByRole('heading', { name: 'Your constituency: Lewisham East' }).waitFor({ timeout: 15_000 });
    const fill = async () => {
      await pledge.getByRole('radio', { name: /I need to register first/ }).check();
      await pledge.getByLabel(/Your email address/).fill('Pledger.E2E@example.org');
      await pledge.getByRole('checkbox', { name: /Email me reminders/ }).check();
      await pledge.getByRole('button', { name: 'Pledge to vote', exact: true }).click();
    };
    await fill();
    await pledge.getByRole('heading', { name: 'Thank you for pledging to vote' }).waitFor({ timeout: 15_000 });
    const text = await pledge.locator('[part~="confirmation"]').innerText();
    // The example page's election (2028-05-04, general): a reminder before the deadline, 3 days before, and on the day.
    expect(text).toMatch(/Before the registration deadline: \d+ April 2028/);
    expect(text).toContain('A few days before polling day: 1 May 2028');
    expect(text).toContain('On polling day: 4 May 2028');
    expect(text).toContain('1 person in your constituency has pledged to vote.');
    const rows = await stack.server.store.query<{ partner: string; constituency_code: string; intent: string; reminders: boolean }>(
      `SELECT partner, constituency_code, intent, reminders FROM pledges WHERE lower(email) = $1`,
      ['pledger.e2e@example.org'],
    );
    expect(rows.rows).toEqual([{ partner: 'example-union', constituency_code: 'E14001331', intent: 'register-and-vote', reminders: true }]);

    // The same person again on a fresh page: told they already pledged, and still one row.
    const again = await openPage(stack.browser, `${stack.server.url}/`);
    const second = again.page.locator('pledge-to-vote');
    await second.getByLabel('Your postcode').fill('SE6 4AA');
    await second.getByRole('button', { name: 'Find my constituency' }).click();
    await second.getByRole('heading', { name: 'Your constituency: Lewisham East' }).waitFor({ timeout: 15_000 });
    await second.getByRole('radio', { name: /I need to register first/ }).check();
    await second.getByLabel(/Your email address/).fill('pledger.e2e@example.org');
    await second.getByRole('button', { name: 'Pledge to vote', exact: true }).click();
    await second.getByRole('heading', { name: 'You have already pledged' }).waitFor({ timeout: 15_000 });
    const count = await stack.server.store.query<{ n: number }>(`SELECT count(*)::int AS n FROM pledges WHERE lower(email) = $1`, ['pledger.e2e@example.org']);
    expect(count.rows).toEqual([{ n: 1 }]);

    const log = await page.locator('#event-log').innerText();
    expect(log).toContain('vote-pledged');
    expect(log.toLowerCase()).not.toContain('pledger');
    expect(problems).toEqual([]);
    expect(again.problems).toEqual([]);
    await page.context().close();
    await again.page.context().close();
  });

  it('canvass: when the form\u2019s chunk fails to download, "Try again" fetches it again from the CDN bundle', async () => {
    const { page, problems } = await openPage(stack.browser, `${stack.server.url}/`);
    // The built bundle's hashed chunk, not the source file: offline for its first request(s).
    const chunk = /\/cdn\/sign-up-form-[\w-]+\.js/;
    let offline = true;
    const requested: string[] = [];
    await page.route(chunk, (route) => {
      requested.push(route.request().url());
      return offline ? route.abort('internetdisconnected') : route.continue();
    });
    const finder = page.locator('find-your-constituency');
    await finder.getByLabel('Your postcode').fill('SE6 4AA');
    await finder.getByRole('button', { name: 'Find', exact: true }).click();
    const canvass = page.locator('sign-up-to-canvass');
    await canvass.getByText('Lewisham East: door-knocking in Catford').first().waitFor({ timeout: 15_000 });
    await canvass.getByRole('button', { name: /Choose this session/ }).first().click();
    await expect.poll(() => canvass.getByRole('alert').innerText(), { timeout: 15_000 }).toContain('We could not reach the server');
    const failed = requested.length;
    expect(failed).toBeGreaterThan(0);

    offline = false;
    await canvass.getByRole('button', { name: 'Try again' }).click();
    await canvass.getByLabel('Your name').waitFor({ timeout: 15_000 });
    // A new request for the same hashed file (with a cache-busting query), not the browser's cached failure.
    expect(requested.length).toBe(failed + 1);
    expect(new URL(requested.at(-1)!).pathname).toBe(new URL(requested[0]!).pathname);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('translations: a Polish catalogue that fails to download is fetched again, and the widget switches to Polish', async () => {
    const { page, problems } = await openPage(stack.browser, `${stack.server.url}/`);
    // The shared and the widget's own Polish catalogues, as hashed chunks of the built bundle.
    const catalogue = /\/cdn\/(core|local-groups)\.pl-[\w-]+\.js/;
    let offline = true;
    const requested: string[] = [];
    await page.route(catalogue, (route) => {
      requested.push(route.request().url());
      return offline ? route.abort('internetdisconnected') : route.continue();
    });
    const groups = page.locator('local-groups');
    await groups.getByRole('heading', { name: 'Local groups' }).waitFor({ timeout: 15_000 });
    await page.evaluate(() => document.querySelector('local-groups')!.setAttribute('lang', 'pl'));
    await expect.poll(() => requested.length, { timeout: 15_000 }).toBe(2);
    // Meanwhile it works in English.
    expect(await groups.getByRole('heading', { name: 'Local groups' }).count()).toBe(1);

    offline = false;
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await groups.getByRole('heading', { name: 'Lokalne grupy' }).waitFor({ timeout: 15_000 });
    // Both files were requested again (the browser's cached failures were not reused).
    const paths = requested.slice(2).map((url) => new URL(url).pathname).sort();
    expect(paths).toEqual(requested.slice(0, 2).map((url) => new URL(url).pathname).sort());
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('solidarity: a message is stored pending, approved by a moderator, then shown on the wall as text', async () => {
    const { page, problems } = await openPage(stack.browser, `${stack.server.url}/`);
    const form = page.locator('send-solidarity');
    const text = `Solidarity from the dockers of Lisbon <img src=x onerror=alert(1)> ${Date.now()}`;
    await form.getByLabel('Your name').fill('Rui');
    await form.getByLabel(/Organisation or union/).fill('Sindicato dos Estivadores');
    await form.getByLabel('Country', { exact: true }).selectOption('PT');
    await form.getByLabel('Your message', { exact: true }).fill(text);
    await form.getByRole('checkbox', { name: /may be published/ }).check();
    // The server treats forms sent within 3 s of opening as bots; a person takes longer.
    await page.waitForTimeout(3200);
    await form.getByRole('button', { name: 'Send message' }).click();
    await form.getByText(/will appear after review/).waitFor({ timeout: 15_000 });

    const stored = await stack.server.store.query<{ id: string; status: string; partner: string | null }>(
      `SELECT id, status, partner FROM solidarity_messages WHERE message = $1`,
      [text],
    );
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0]).toMatchObject({ status: 'pending', partner: 'example-union' });
    const wallText = () => page.locator('solidarity-wall').locator('[part~="base"]').first().innerText();
    await expect.poll(wallText).toMatch(/Messages of solidarity/);
    expect(await wallText()).not.toContain('dockers of Lisbon');

    const admin = createAdminClient({ baseUrl: stack.server.url, token: stack.server.adminToken });
    await admin.moderateMessage(stored.rows[0]!.id, { decision: 'approve' });

    // A new visitor (the wall's list may be cached for 30 s in the first visitor's browser).
    const visitor = await openPage(stack.browser, `${stack.server.url}/`);
    const visitorWall = () => visitor.page.locator('solidarity-wall').locator('[part~="base"]').first().innerText();
    await expect.poll(visitorWall, { timeout: 15_000 }).toContain('dockers of Lisbon <img src=x onerror=alert(1)>');
    expect(await visitor.page.locator('solidarity-wall img').count()).toBe(0);
    expect([...problems, ...visitor.problems]).toEqual([]);
    await page.context().close();
    await visitor.page.context().close();
  });
});
