import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeConfig, silentLogger } from '@solidarity-widgets/server';
import { startServer, type RunningServer } from '@solidarity-widgets/server/start';
import { launchBrowser, openPage } from './browser.js';
import { startWordPress, wordpressUnavailable, type TestWordPress } from './wordpress.js';

/**
 * The WordPress plugin (packages/wordpress) in a real WordPress: installed, the plugin activated, pages made with
 * the shortcode and with a block, opened in Chromium against the real API server, and the settings page used by an
 * administrator through the browser. A union webmaster's whole path, with no build tools.
 */
const PLUGIN = fileURLToPath(new URL('../packages/wordpress', import.meta.url));
const unavailable = process.env['REQUIRE_WORDPRESS'] ? undefined : wordpressUnavailable();

let wp: TestWordPress;
let api: RunningServer;
let browser: Browser;
let pages: { shortcode: string; block: string; hostile: string };

beforeAll(async () => {
  if (unavailable) return;
  const started = await startWordPress();
  if (!started) throw new Error('WordPress could not start');
  wp = started;
  api = await startServer({ port: 0, memory: true, seed: true, log: silentLogger, config: makeConfig({ allowedOrigins: [wp.url] }) });
  browser = await launchBrowser();
  wp.addPlugin(PLUGIN, 'solidarity-widgets');
  const out = await wp.php(`
    $activated = activate_plugin( 'solidarity-widgets/solidarity-widgets.php' );
    if ( is_wp_error( $activated ) ) { echo 'activation failed: ' . $activated->get_error_message(); exit( 1 ); }
    update_option( 'solidarity_widgets_options', array( 'api_base' => ${JSON.stringify(api.url)}, 'partner' => 'example-union', 'color_primary' => '#7a1020' ) );
    $page = function ( $title, $content ) {
      return get_permalink( wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => $title, 'post_content' => $content ) ) );
    };
    echo wp_json_encode( array(
      'shortcode' => $page( 'Find your constituency', "<!-- wp:paragraph --><p>Where do you vote?</p><!-- /wp:paragraph -->\\n<!-- wp:shortcode -->[solidarity_widget name=\\"find-your-constituency\\" show-eligibility=\\"yes\\" nearby-count=\\"3\\"]<!-- /wp:shortcode -->\\n<!-- wp:shortcode -->[solidarity_widget name=\\"send-solidarity\\"]<!-- /wp:shortcode -->" ),
      'block' => $page( 'Block page', '<!-- wp:solidarity-widgets/find-your-constituency {"postcode":"SE6 4AA","show-map":true} /-->' ),
      'hostile' => $page( 'Hostile attributes', "[solidarity_widget name='solidarity-wall' partner='x\\" onmouseover=\\"alert(1)' page-size='5; x' report-url='javascript:alert(1)' onclick='alert(2)']\\n[solidarity_widget name='local-groups' constituency='E14001331' connect-url='javascript:alert(1)' follow='false']\\n[solidarity_widget name='no-such-widget']" ),
    ) );
  `);
  pages = JSON.parse(out) as typeof pages;
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await wp?.stop();
}, 60_000);

/** A browser page signed in to wp-admin as the site's administrator. */
async function logIn() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${wp.url}/wp-login.php`);
  await page.getByLabel('Username or Email Address').fill(wp.admin.user);
  await page.getByLabel('Password', { exact: true }).fill(wp.admin.password);
  await page.getByRole('button', { name: 'Log In' }).click();
  // wp-admin's first load after signing in is the slowest page here (PHP's built-in server under a loaded CI run).
  await page.waitForURL(/wp-admin/, { timeout: 90_000 });
  return page;
}

describe.skipIf(Boolean(unavailable))(`WordPress plugin in a real WordPress${unavailable ? ` (skipped: ${unavailable})` : ''}`, { timeout: 180_000 }, () => {
  it('a supporter opens the page with the shortcode, types a postcode and sees their constituency and its MP', async () => {
    const { page, problems } = await openPage(browser, pages.shortcode);
    const finder = page.locator('find-your-constituency');
    await finder.getByLabel('Your postcode').fill('SW1A 1AA');
    await finder.getByRole('button', { name: 'Find', exact: true }).click();
    await expect.poll(() => finder.getByRole('heading', { name: /Cities of London and Westminster/ }).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => finder.locator('[part~="base"]').first().innerText()).toContain('MP: Rachel Blake');
    // The second widget on the page works too, from the same loader.
    await expect.poll(() => page.locator('send-solidarity').getByRole('button', { name: /send/i }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the loader is on the page once, as a module from the API server, and the settings reach each element', async () => {
    const html = await (await fetch(pages.shortcode)).text();
    const loaders = html.match(/<script[^>]*\/cdn\/widgets\.js[^>]*>/g) ?? [];
    expect(loaders).toEqual([`<script type="module" src="${api.url}/cdn/widgets.js" id="solidarity-widgets-js">`]);
    expect(html).toContain(`<find-your-constituency api-base="${api.url}" partner="example-union" nearby-count="3" show-eligibility></find-your-constituency>`);
    expect(html).toMatch(/find-your-constituency,[^{]*send-solidarity[^{]*\{--sw-color-primary:#7a1020;\}/);
  });

  it('a block placed in the editor renders on the server: the finder looks up its postcode and shows the map', async () => {
    const { page, problems } = await openPage(browser, pages.block);
    const finder = page.locator('find-your-constituency');
    await expect.poll(() => finder.getByRole('heading', { name: /Lewisham East/ }).count(), { timeout: 20_000 }).toBe(1);
    expect(await finder.getAttribute('show-map')).toBe('');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('attributes are allow-listed and escaped: no injected handler, no javascript: URL, an unknown widget is only a comment', async () => {
    const html = await (await fetch(pages.hostile)).text();
    expect(html).not.toContain('no-such-widget></');
    expect(html).toContain('<!-- Solidarity Widgets: there is no widget called &quot;no-such-widget&quot;. -->');
    const { page } = await openPage(browser, pages.hostile);
    const wall = page.locator('solidarity-wall');
    expect(await wall.count()).toBe(1);
    const attributes = await wall.evaluate((el) => Object.fromEntries(Array.from(el.attributes, (a) => [a.name, a.value])));
    expect(attributes).toEqual({ 'api-base': api.url, partner: 'x" onmouseover="alert(1)' });
    const groups = await page.locator('local-groups').evaluate((el) => Object.fromEntries(Array.from(el.attributes, (a) => [a.name, a.value])));
    expect(groups).toEqual({ 'api-base': api.url, partner: 'example-union', constituency: 'E14001331', follow: 'false' });
    await page.context().close();
  });

  it('an administrator changes the partner and language on the settings page; a bad value and a forged form are refused', async () => {
    const page = await logIn();
    const context = page.context();

    await page.goto(`${wp.url}/wp-admin/options-general.php?page=solidarity-widgets`);
    await expect.poll(() => page.getByRole('heading', { name: 'Solidarity Widgets' }).count()).toBe(1);
    await page.getByLabel('Partner name').fill('polish-workers-uk');
    await page.getByLabel('Language').selectOption('pl');
    await page.getByRole('button', { name: 'Save Changes' }).click();
    await expect.poll(() => page.getByText('Settings saved.').count()).toBeGreaterThan(0);
    expect(await page.getByLabel('Partner name').inputValue()).toBe('polish-workers-uk');
    const html = await (await fetch(pages.shortcode)).text();
    expect(html).toContain(`<find-your-constituency api-base="${api.url}" partner="polish-workers-uk" lang="pl"`);

    await page.getByLabel('Partner name').fill('Bad Name!');
    await page.getByRole('button', { name: 'Save Changes' }).click();
    await expect.poll(() => page.getByText('The partner name may use lower-case letters, digits and hyphens only.').count()).toBeGreaterThan(0);
    expect(await page.getByLabel('Partner name').inputValue()).toBe('');

    // The same form posted without its nonce (as a forged cross-site form would be) changes nothing.
    const forged = await page.request.post(`${wp.url}/wp-admin/options.php`, {
      form: { option_page: 'solidarity_widgets', action: 'update', 'solidarity_widgets_options[api_base]': 'https://evil.example', 'solidarity_widgets_options[partner]': 'hijack' },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(403);
    const saved = JSON.parse(await wp.php("echo wp_json_encode( get_option( 'solidarity_widgets_options' ) );")) as Record<string, string>;
    expect(saved['api_base']).toBe(api.url);
    expect(saved['partner']).toBe('');
    await context.close();
  });

  it('the block editor offers a block per widget (from block.json, no build step) and shows an inserted one with its title', async () => {
    const page = await logIn();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${wp.url}/wp-admin/post-new.php?post_type=page`);
    // One block per widget the plugin ships (blocks/<widget>/block.json).
    const expected = readdirSync(new URL('../packages/wordpress/blocks/', import.meta.url)).length;
    expect(expected).toBeGreaterThanOrEqual(7);
    const blocks = await page.waitForFunction(
      (count) => {
        const wpg = (window as unknown as { wp?: { blocks?: { getBlockTypes(): { name: string; title: string; attributes: Record<string, unknown> }[] } } }).wp;
        const ours = wpg?.blocks?.getBlockTypes().filter((b) => b.name.startsWith('solidarity-widgets/')) ?? [];
        return ours.length === count ? ours.map((b) => ({ name: b.name, title: b.title, attributes: Object.keys(b.attributes) })) : false;
      },
      expected,
      { timeout: 60_000 },
    );
    const list = (await blocks.jsonValue()) as { name: string; title: string; attributes: string[] }[];
    const finder = list.find((b) => b.name === 'solidarity-widgets/find-your-constituency');
    expect(finder?.title).toBe('Find your constituency');
    expect(finder?.attributes).toEqual(expect.arrayContaining(['postcode', 'show-map', 'partner']));
    await page.evaluate(() => {
      const wpg = (window as unknown as { wp: { blocks: { createBlock(name: string, attrs: object): unknown }; data: { dispatch(store: string): { insertBlocks(b: unknown): void } } } }).wp;
      wpg.data.dispatch('core/block-editor').insertBlocks(wpg.blocks.createBlock('solidarity-widgets/find-your-constituency', { postcode: 'SE6 4AA' }));
    });
    const canvas = page.frameLocator('iframe[name="editor-canvas"]');
    const placeholder = (await page.locator('iframe[name="editor-canvas"]').count()) > 0 ? canvas.getByText('Find your constituency') : page.getByText('Find your constituency');
    await expect.poll(() => placeholder.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
