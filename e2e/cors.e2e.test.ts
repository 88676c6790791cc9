import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage } from './browser.js';
import { startStack, type Stack } from './stack.js';

// A partner page on an origin the server was not told about (ALLOWED_ORIGINS), in real Chromium against the
// real server: the supporter must get an honest sentence, not "check your connection", and the partner's
// developer a console warning naming the setting.
let stack: Stack;
let partner: Server;
let partnerUrl: string;
beforeAll(async () => {
  stack = await startStack();
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>New partner</title>
<script type="module" src="${stack.server.url}/cdn/widgets.js" data-partner="new-partner"></script></head>
<body><send-solidarity lang="en"></send-solidarity></body></html>`;
  partner = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page));
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
  partnerUrl = `http://127.0.0.1:${(partner.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => partner?.close(resolve));
  await stack?.close();
});

describe('a partner page whose origin is not allowed', () => {
  it('the supporter is told the site is not set up yet, the partner is warned about ALLOWED_ORIGINS, nothing is stored', async () => {
    const { page } = await openPage(stack.browser, `${partnerUrl}/`);
    const warnings: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'warning') warnings.push(msg.text());
    });
    const form = page.locator('send-solidarity');
    const text = `Solidarity from a site not yet allowed ${Date.now()}`;
    await form.getByLabel('Your name').fill('Rui');
    await form.getByLabel('Country', { exact: true }).selectOption('PT');
    await form.getByLabel('Your message', { exact: true }).fill(text);
    await form.getByRole('checkbox', { name: /may be published/ }).check();
    await page.waitForTimeout(3200);
    await form.getByRole('button', { name: 'Send message' }).click();
    const alert = form.getByRole('alert');
    await expect.poll(() => alert.innerText(), { timeout: 15_000 }).toContain('not yet set up to send to the campaign’s server');
    expect(await alert.innerText()).not.toMatch(/connection/i);
    await expect.poll(() => warnings.join('\n')).toContain('ALLOWED_ORIGINS');
    expect(warnings.join('\n')).toContain(partnerUrl);
    const stored = await stack.server.store.query('SELECT 1 FROM solidarity_messages WHERE message = $1', [text]);
    expect(stored.rows).toHaveLength(0);
    await page.context().close();
  });

  it('a tracing header (traceparent) on a cross-origin call passes the browser\'s preflight', async () => {
    const { page } = await openPage(stack.browser, `${partnerUrl}/`);
    const api = stack.server.apiUrl;
    const status = await page.evaluate(
      (url) =>
        fetch(`${url}/health`, { headers: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', tracestate: 'vendor=1', baggage: 'user=anon' } }).then(
          (r) => r.status,
          (e: unknown) => `failed: ${String(e)}`,
        ),
      api,
    );
    expect(status).toBe(200);
    await page.context().close();
  });
});
