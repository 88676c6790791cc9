import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminClient } from '@solidarity-widgets/sdk/admin';
import { openPage } from './browser.js';
import { startStack, type Stack } from './stack.js';

// The example page's "work with your local campaign" section against the real server and database.
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

describe('example partner page: local contacts, introductions and the groups directory', () => {
  it('an organisation asks for an introduction; the organiser sees it, approves the listing, and the finder and directory show it', async () => {
    const { page, problems } = await openPage(stack.browser, `${stack.server.url}/`);
    // Every API call that failed or answered with an error status: what the browser logs in red in the console.
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400 && new URL(response.url()).pathname.startsWith('/v1/')) failed.push(`${response.status()} ${response.url()}`);
    });
    const finder = page.locator('find-your-constituency');
    await finder.getByLabel('Your postcode').fill('SE6 4AA');
    await finder.getByRole('button', { name: 'Find', exact: true }).click();
    // No local contact yet: the finder says so and points to the form on the page.
    const local = finder.locator('[part~="local"]');
    await expect.poll(() => local.innerText(), { timeout: 15_000 }).toContain('No local contact is registered for Lewisham East yet');
    expect(await local.getByRole('link', { name: 'Ask for an introduction' }).getAttribute('href')).toBe('#introduce');
    // …without a failed request (docs/decisions/0006): no red 404 in the partner's console.
    expect(failed).toEqual([]);

    const form = page.locator('connect-locally');
    // It followed the finder.
    await form.getByText('Constituency: Lewisham East').waitFor({ timeout: 15_000 });
    await form.getByLabel('Name of your organisation').fill('Catford Somali Community Association');
    await form.getByLabel('Type of organisation').selectOption('diaspora_association');
    await form.getByRole('checkbox', { name: /^Somali$/ }).check();
    await form.getByLabel('Contact person').fill('Hodan Ali');
    await form.getByLabel('Email address').fill('hodan.e2e@example.org');
    await form.getByRole('checkbox', { name: 'Translators' }).check();
    await form.getByRole('checkbox', { name: /may contact me/ }).check();
    await form.getByRole('checkbox', { name: /public groups directory/ }).check();
    await form.getByRole('button', { name: 'Ask for an introduction' }).click();
    await form.getByRole('heading', { name: /Thank you, Catford Somali Community Association/ }).waitFor({ timeout: 15_000 });
    const log = await page.locator('#event-log').innerText();
    expect(log).toContain('introduction-requested');
    expect(log).not.toMatch(/hodan|Hodan/);

    const rows = await stack.server.store.query<{ id: string; listing: string; partner: string | null; constituency_codes: string[] }>(
      `SELECT id, listing, partner, constituency_codes FROM introductions WHERE email = $1`,
      ['hodan.e2e@example.org'],
    );
    expect(rows.rows).toEqual([{ id: expect.any(String), listing: 'pending', partner: 'example-union', constituency_codes: ['E14001331'] }]);
    const id = rows.rows[0]!.id;

    const admin = createAdminClient({ baseUrl: stack.server.url, token: stack.server.adminToken });
    expect((await admin.introductions({ status: 'new' })).introductions.map((i) => i.id)).toContain(id);
    await admin.decideListing(id, { decision: 'approve' });
    await admin.setLocalContact('E14001331', { name: 'Lewisham East Labour', email: 'hello@lewisham.example.org', languages: ['en', 'so'] });

    // A new visitor (public reads may be cached for a minute by the first one's browser).
    expect(problems).toEqual([]);
    await page.context().close();
    const visitor = await openPage(stack.browser, `${stack.server.url}/`);
    const finder2 = visitor.page.locator('find-your-constituency');
    await finder2.getByLabel('Your postcode').fill('SE6 4AA');
    await finder2.getByRole('button', { name: 'Find', exact: true }).click();
    const local2 = finder2.locator('[part~="local"]');
    await expect.poll(() => local2.innerText(), { timeout: 15_000 }).toContain('Lewisham East Labour');
    await expect.poll(() => local2.innerText()).toContain('Catford Somali Community Association');
    const directory = visitor.page.locator('local-groups');
    await expect.poll(() => directory.locator('[part~="base"]').first().innerText(), { timeout: 15_000 }).toContain('Catford Somali Community Association');
    expect(await directory.locator('[part~="base"]').first().innerText()).not.toContain('Hodan');
    expect(visitor.problems).toEqual([]);
    await visitor.page.context().close();
  });
});
