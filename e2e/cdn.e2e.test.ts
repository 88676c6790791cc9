import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './stack.js';

// The script-tag bundle as a partner's page gets it from the real server: compressed, cached, preloaded, and pinned
// with Subresource Integrity at its versioned path (docs/embedding.md).
const integrityFile = new URL('../packages/widgets/dist/cdn/integrity.json', import.meta.url);
const built = JSON.parse(readFileSync(integrityFile, 'utf8')) as { version: string; loader: string; integrity: string };
const widgetsVersion = (JSON.parse(readFileSync(new URL('../packages/widgets/package.json', import.meta.url), 'utf8')) as { version: string }).version;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

/** A partner page with only the pinned snippet and a finder, served from the server's own origin. */
async function pinnedPage(integrity: string) {
  const context = await stack.browser.newContext();
  const page = await context.newPage();
  const url = `${stack.server.url}/pinned-partner-page.html`;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><title>Pinned</title>
<script type="module" src="/cdn/${built.loader}" integrity="${integrity}" crossorigin="anonymous"></script>
<find-your-constituency></find-your-constituency>`,
    }),
  );
  const cdn: { url: string; encoding: string | null; cacheControl: string | null }[] = [];
  page.on('response', (res) => {
    if (res.url().includes('/cdn/')) cdn.push({ url: res.url(), encoding: res.headers()['content-encoding'] ?? null, cacheControl: res.headers()['cache-control'] ?? null });
  });
  await page.goto(url);
  return { page, cdn };
}

describe('the CDN bundle, end to end', () => {
  it('integrity.json names this version and the sha384 of the bytes served at the versioned path', async () => {
    expect(built.version).toBe(widgetsVersion);
    expect(built.loader).toBe(`v${widgetsVersion}/widgets.js`);
    const res = await fetch(`${stack.server.url}/cdn/${built.loader}`);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const served = Buffer.from(await res.arrayBuffer());
    expect(`sha384-${createHash('sha384').update(served).digest('base64')}`).toBe(built.integrity);
  });

  it('a page pinned to the versioned loader with its integrity works: compressed, immutable chunks, preloaded', async () => {
    const { page, cdn } = await pinnedPage(built.integrity);
    const finder = page.locator('find-your-constituency');
    await finder.getByLabel('Your postcode').fill('SE6 4AA');
    await finder.getByRole('button', { name: 'Find', exact: true }).click();
    await expect.poll(() => finder.getByRole('heading', { name: /Lewisham East/ }).count(), { timeout: 15_000 }).toBe(1);
    // The follow-up calls' schemas load with their first request (lazily), and the nearby seats appear.
    await expect.poll(() => finder.locator('[part~="base"]').first().innerText(), { timeout: 15_000 }).toMatch(/Nearby marginal seats/);

    const scripts = cdn.filter((r) => r.url.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    for (const r of scripts) {
      expect(r.url, r.url).toContain(`/cdn/v${widgetsVersion}/`);
      expect(['br', 'gzip'], r.url).toContain(r.encoding);
      expect(r.cacheControl, r.url).toBe('public, max-age=31536000, immutable');
    }
    // The loader announced the finder's chunk as soon as it saw the tag, instead of after the core had arrived.
    const preloaded = await page.locator('link[rel="modulepreload"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
    expect(preloaded.some((href) => /\/find-your-constituency-[\w-]+\.js$/.test(href))).toBe(true);
    await page.context().close();
  });

  it('a loader whose bytes do not match the pinned integrity is refused by the browser: no widget appears', async () => {
    const wrong = `sha384-${createHash('sha384').update('something else').digest('base64')}`;
    const { page, cdn } = await pinnedPage(wrong);
    await page.waitForTimeout(1_000);
    expect(await page.locator('find-your-constituency').getByLabel('Your postcode').count()).toBe(0);
    expect(cdn.filter((r) => /\/core-[\w-]+\.js$/.test(r.url))).toEqual([]);
    await page.context().close();
  });
});
