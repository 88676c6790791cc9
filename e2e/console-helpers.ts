import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import type { Stack } from './stack.js';

/** Steps shared by the console tests and the README screenshots: organisers, stored messages, signing in by link. */
export function consoleHelpers(stack: Stack) {
  async function addOrganiser(email: string, name: string, scopes: string[]): Promise<void> {
    await stack.server.store.query(`INSERT INTO organisers (id, email, name, scopes) VALUES ($1, $2, $3, $4)`, [randomUUID(), email, name, scopes]);
  }

  /** A message as it could have been stored before the API refused control characters (issue 11). */
  async function addPendingMessage(partner: string, message: string, name = 'Ana Tester'): Promise<string> {
    const id = randomUUID();
    await stack.server.store.query(
      `INSERT INTO solidarity_messages (id, name, country, language, message, partner, status, message_hash) VALUES ($1, $2, 'PT', 'en', $3, $4, 'pending', $5)`,
      [id, name, message, partner, `hash-${id}`],
    );
    return id;
  }

  /** The newest sign-in link emailed to `email`, from the outbox. */
  async function signInLink(email: string): Promise<string> {
    for (let i = 0; i < 50; i++) {
      const { rows } = await stack.server.store.query<{ text_body: string }>(
        `SELECT text_body FROM outbox WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`,
        [email],
      );
      const match = rows[0] && /https?:\/\/\S*\/console\/sign-in\?token=[A-Za-z0-9_-]+/.exec(rows[0].text_body);
      if (match) return match[0];
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no sign-in link was written for ${email}`);
  }

  /** Signs in through the console's own pages: email form, then the link's button. Returns a page on the dashboard. */
  async function signIn(email: string, viewport = { width: 1024, height: 800 }): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
    const context = await stack.browser.newContext({ viewport, acceptDownloads: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) problems.push(`csp: ${msg.text()}`);
    });
    await page.goto(`${stack.server.url}/console/`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
    const link = new URL(await signInLink(email));
    await page.goto(`${stack.server.url}${link.pathname}${link.search}`);
    // Opening the link signs nobody in (a mail scanner may open it): only the button does.
    await page.getByRole('button', { name: 'Sign me in' }).waitFor();
    const before = await page.evaluate(() => fetch('/v1/console/me').then((r) => r.status));
    if (before !== 401) throw new Error(`opening the sign-in link signed in by itself (GET /v1/console/me answered ${before})`);
    await page.getByRole('button', { name: 'Sign me in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    return { page, context, problems };
  }

  return { addOrganiser, addPendingMessage, signInLink, signIn };
}
