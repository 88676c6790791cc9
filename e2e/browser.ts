import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs as args, chromiumPath as executablePath } from '../chromium.config.js';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath, args, headless: true });
}

/** A page that fails the test on any uncaught page error or CSP violation. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) problems.push(`csp: ${msg.text()}`);
  });
  await page.goto(url);
  return { page, problems };
}
