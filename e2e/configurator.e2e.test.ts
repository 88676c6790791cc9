import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { makeConfig, silentLogger } from '@solidarity-widgets/server';
import { startServer, type RunningServer } from '@solidarity-widgets/server/start';
import type { Browser, BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';

// A partner's webmaster opens /configure on the real server, picks options, copies a snippet with the copy button
// and pastes it into their own page on another origin: the widgets work there as previewed.

let api: RunningServer;
let browser: Browser;
let partner: Server;
let partnerUrl = '';
/** What the partner's page contains: set by each test to the snippet it copied. */
let pasted = '';

beforeAll(async () => {
  partner = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our union</title></head><body>\n${pasted}\n</body></html>`);
  });
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
  partnerUrl = `http://127.0.0.1:${(partner.address() as AddressInfo).port}`;
  api = await startServer({ port: 0, memory: true, seed: true, log: silentLogger, config: makeConfig({ allowedOrigins: [partnerUrl] }) });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
  await new Promise((resolve) => partner?.close(resolve));
});

/** The configurator with clipboard access, and the problems (page errors, CSP refusals) it ran into. */
async function openConfigurator(): Promise<{ context: BrowserContext; page: Page; ui: Locator; problems: string[] }> {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: api.url });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) problems.push(msg.text());
  });
  await page.goto(`${api.url}/configure`);
  return { context, page, ui: page.locator('solidarity-configurator'), problems };
}

async function lookUp(finder: Locator | FrameLocator): Promise<void> {
  await finder.getByLabel('Your postcode').fill('SE6 4AA');
  await finder.getByRole('button', { name: 'Find', exact: true }).click();
  await expect.poll(() => finder.getByRole('heading', { name: /Lewisham East/ }).count(), { timeout: 15_000 }).toBe(1);
}

it('choosing options updates the preview and the snippet; the copied script tag, pasted into a partner page, works', async () => {
  const { context, page, ui, problems } = await openConfigurator();
  const preview = page.locator('solidarity-configurator find-your-constituency');
  await ui.getByLabel('Partner name').fill('iframe-union');
  await ui.getByLabel('Theme').selectOption('dark');
  await expect.poll(() => preview.getAttribute('theme')).toBe('dark');
  expect(await preview.getAttribute('partner')).toBe('iframe-union');
  // The preview is live against this server.
  await lookUp(preview);
  const snippet = ui.getByRole('textbox', { name: 'Script tag' });
  await expect.poll(() => snippet.inputValue()).toContain('data-theme="dark"');
  // Pinned to this build, with its Subresource Integrity hash.
  expect(await snippet.inputValue()).toMatch(/src="http:\/\/127\.0\.0\.1:\d+\/cdn\/v\d+\.\d+\.\d+\/widgets\.js"\s+integrity="sha384-[A-Za-z0-9+/=]+"\s+crossorigin="anonymous"/);

  await ui.getByRole('button', { name: 'Copy the script tag' }).click();
  await ui.getByRole('status').filter({ hasText: 'Copied the script tag.' }).waitFor();
  pasted = await page.evaluate(() => navigator.clipboard.readText());
  expect(pasted).toBe(await snippet.inputValue());
  expect(problems).toEqual([]);

  const site = await context.newPage();
  const siteErrors: string[] = [];
  site.on('pageerror', (error) => siteErrors.push(error.message));
  await site.goto(`${partnerUrl}/`);
  const finder = site.locator('find-your-constituency');
  await lookUp(finder);
  expect(await finder.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(240, 240, 240)');
  expect(siteErrors).toEqual([]);
  await context.close();
});

it('the copied iframe snippet, pasted into the partner page, frames the widget and sizes it', async () => {
  const { context, page, ui } = await openConfigurator();
  await ui.getByLabel('Your site’s address').fill(partnerUrl);
  await ui.getByRole('button', { name: 'Copy the iframe embed' }).click();
  await ui.getByRole('status').filter({ hasText: 'Copied the iframe embed.' }).waitFor();
  pasted = await page.evaluate(() => navigator.clipboard.readText());
  expect(pasted).toContain(`parentOrigin=${encodeURIComponent(partnerUrl)}`);

  const site = await context.newPage();
  await site.goto(`${partnerUrl}/`);
  const frame = site.frameLocator('iframe');
  const before = await site.locator('iframe').evaluate((el) => el.clientHeight);
  await lookUp(frame.locator('find-your-constituency'));
  await expect.poll(() => site.locator('iframe').evaluate((el) => el.clientHeight), { timeout: 10_000 }).toBeGreaterThan(before + 100);
  await context.close();
});
