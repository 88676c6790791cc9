import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { makeConfig, silentLogger } from '@solidarity-widgets/server';
import { startServer, type RunningServer } from '@solidarity-widgets/server/start';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';

// A partner site that allows only iframes frames the hosted embed page (/embed/<widget>), from another origin and
// under its own strict CSP (docs/embedding.md, "In an iframe"): the iframe grows with the answer and the partner's page
// hears the widget's event. A site the server was not told about cannot frame it at all.

/** A partner site on its own origin: its page, and the script it listens with (no inline script under its CSP). */
async function partnerSite(page: (own: string) => string, headers: (own: string) => Record<string, string>): Promise<{ server: Server; url: string }> {
  let url = '';
  const server = createServer((req, res) => {
    if (req.url === '/listen.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(`
        window.found = [];
        document.addEventListener('constituency-found', (event) => window.found.push(event.detail));`);
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...headers(url) }).end(page(url));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, url };
}

let api: RunningServer;
let browser: Browser;
let allowed: { server: Server; url: string };
let stranger: { server: Server; url: string };

const framePage = (query: string) => (own: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
<script type="module" src="${api.url}/cdn/embed.js"></script>
<script type="module" src="/listen.js"></script></head>
<body><h1>Our union</h1>
<iframe id="finder" title="Find your constituency" src="${api.url}/embed/find-your-constituency?partner=iframe-union&amp;lang=en${query.replace(/&/g, '&amp;')}&amp;parentOrigin=${encodeURIComponent(own)}"></iframe>
</body></html>`;

beforeAll(async () => {
  // The API's address is only known once it listens, and the partner's page names it: build the pages lazily.
  allowed = await partnerSite(
    (own) => framePage('&show-map&--sw-color-primary=%237a0019')(own),
    () => ({ 'Content-Security-Policy': `default-src 'self'; script-src 'self' ${api.url}; frame-src ${api.url}` }),
  );
  stranger = await partnerSite((own) => framePage('')(own), () => ({}));
  api = await startServer({ port: 0, memory: true, seed: true, log: silentLogger, config: makeConfig({ allowedOrigins: [allowed.url] }) });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
  for (const site of [allowed, stranger]) await new Promise((resolve) => site?.server.close(resolve));
});

it('an allowed partner frames the finder: the iframe grows with the answer and the page receives constituency-found', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) problems.push(msg.text());
  });
  await page.goto(`${allowed.url}/`);
  const iframe = page.locator('#finder');
  const frame = page.frameLocator('#finder');
  const finder = frame.locator('find-your-constituency');
  await finder.getByLabel('Your postcode').waitFor();
  const heightNow = async () => (await iframe.boundingBox())?.height ?? 0;
  // Sized to the form by the embed's first message, not the browser's default 150 px.
  await expect.poll(heightNow, { timeout: 10_000 }).not.toBe(150);
  const before = await heightNow();
  // The theme token from the address reached the widget.
  const findButton = finder.getByRole('button', { name: 'Find', exact: true });
  expect(await findButton.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(122, 0, 25)');
  await finder.getByLabel('Your postcode').fill('SE6 4AA');
  await finder.getByRole('button', { name: 'Find', exact: true }).click();
  await expect.poll(() => finder.getByRole('heading', { name: /Lewisham East/ }).count(), { timeout: 15_000 }).toBe(1);
  await expect.poll(heightNow, { timeout: 10_000 }).toBeGreaterThan(before + 100);
  // No inner scroll bar: the iframe is as tall as what it shows.
  const gap = async () => {
    const inner = await frame.locator('body').evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
    return Math.abs((await iframe.evaluate((el) => el.clientHeight)) - inner);
  };
  await expect.poll(gap, { timeout: 5_000 }).toBeLessThanOrEqual(1);
  await expect.poll(() => page.evaluate(() => (window as unknown as { found: { name: string; postcodeArea: string }[] }).found), { timeout: 10_000 }).toEqual([
    expect.objectContaining({ name: 'Lewisham East', postcodeArea: 'SE6 4' }),
  ]);
  // Only the embed page's own messages count: one posted by another script on the page (not from the API's origin,
  // not from the iframe) does not resize it.
  const height = await heightNow();
  await page.evaluate(() => window.postMessage({ source: 'solidarity-widgets', version: 1, type: 'resize', height: 20 }, '*'));
  await page.waitForTimeout(300);
  expect(await heightNow()).toBe(height);
  expect(problems).toEqual([]);
  await context.close();
});

it('a site not in ALLOWED_ORIGINS is refused by frame-ancestors: the frame shows no widget', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const refused: string[] = [];
  page.on('console', (msg) => {
    if (/frame-ancestors/.test(msg.text())) refused.push(msg.text());
  });
  await page.goto(`${stranger.url}/`);
  await expect.poll(() => refused.length, { timeout: 10_000 }).toBeGreaterThan(0);
  // Refused by the embed page's own policy, which names the allowed partner (not by a missing page).
  expect(refused.join('\n')).toContain(`frame-ancestors 'self' ${allowed.url}`);
  const direct = await fetch(`${api.url}/embed/find-your-constituency?parentOrigin=${encodeURIComponent(stranger.url)}`);
  expect(direct.status).toBe(200);
  expect(direct.headers.get('content-security-policy')).not.toContain(stranger.url);
  const frame = page.frames().find((f) => f.url().includes('/embed/'));
  const widgets = frame ? await frame.locator('find-your-constituency').count().catch(() => 0) : 0;
  expect(widgets).toBe(0);
  await context.close();
});
