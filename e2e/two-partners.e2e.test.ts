import { afterAll, beforeAll, expect, it } from 'vitest';
import { startStack, type Stack } from './stack.js';

// Two partners paste their own snippet on one page: the browser runs /cdn/widgets.js once, yet each wall asks for its
// own partner's messages and speaks its tag's language (docs/embedding.md, "Two partners on one page").
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

it('the real CDN bundle: each wall uses the data-* options of the script tag placed before it', async () => {
  const url = `${stack.server.url}/two-partners.html`;
  const html = `<!doctype html><html lang="en"><body>
    <section><script type="module" src="/cdn/widgets.js" data-partner="unite-london"></script>
      <solidarity-wall id="a"></solidarity-wall></section>
    <section><script type="module" src="/cdn/widgets.js" data-partner="polish-workers-uk" data-lang="pl" data-theme="dark"></script>
      <solidarity-wall id="b"></solidarity-wall></section>
  </body></html>`;
  const context = await stack.browser.newContext();
  const page = await context.newPage();
  // The page itself is made up here; the bundle and the API are the real server's, on the same origin.
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  const partners: (string | null)[] = [];
  page.on('request', (request) => {
    const u = new URL(request.url());
    if (u.pathname === '/v1/solidarity-messages') partners.push(u.searchParams.get('partner'));
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await expect.poll(() => [...partners].sort(), { timeout: 15_000 }).toEqual(['polish-workers-uk', 'unite-london']);
  // The second tag's language and theme reach only its own section.
  const heading = (id: string) => page.locator(`#${id}`).locator('h2').first().innerText();
  await expect.poll(() => heading('b'), { timeout: 15_000 }).not.toBe(await heading('a'));
  const colours = await page.evaluate(() => ['a', 'b'].map((id) => getComputedStyle(document.getElementById(id)!).color));
  expect(colours).toEqual(['rgb(26, 26, 26)', 'rgb(240, 240, 240)']);
  expect(errors).toEqual([]);
  await context.close();
});
