/**
 * The README's console screenshots (docs/images/console-*.png), taken from the real server with demo data:
 * `npm run build && npx tsx e2e/console-screenshots.ts`. Not a test; run it again when the console's look changes.
 */
import { createClient } from '@solidarity-widgets/sdk';
import { consoleHelpers } from './console-helpers.js';
import { startStack } from './stack.js';

const out = new URL('../docs/images/', import.meta.url).pathname;
const stack = await startStack();
try {
  const { addOrganiser, addPendingMessage, signIn } = consoleHelpers(stack);
  const api = createClient({ baseUrl: stack.server.url, partner: 'example-union' });
  const lewisham = (await api.listCanvassSessions()).sessions.find((s) => s.constituency.code === 'E14001331')!;
  for (const [name, email] of [['Aleksandra Nowak', 'ola@example.org'], ['Kwame Mensah', 'kwame@example.org'], ['Siân Griffiths', 'sian@example.org']] as const) {
    await api.signUpToCanvass({ sessionId: lewisham.id, name, email, languages: ['en'], firstTime: true, consentToContact: true, consentVersion: '2026-11-23' });
  }
  await addOrganiser('organiser@example.org', 'Priya Shah', ['constituency:E14001331', 'partner:example-union']);
  await addPendingMessage('example-union', 'Solidarity from Lisbon: an injury to one is an injury to all.', 'Ana Ferreira');
  await addPendingMessage('example-union', 'Looks harmless\u001b[2K<script>alert(1)</script>\u202eevil', 'Someone Hostile');

  const { page, context } = await signIn('organiser@example.org', { width: 1000, height: 720 });
  await page.locator('li', { hasText: 'Places taken' }).first().waitFor();
  await page.screenshot({ path: `${out}console-dashboard.png` });
  await page.getByRole('link', { name: 'Moderation' }).click();
  await page.getByText('Someone Hostile').waitFor();
  await page.screenshot({ path: `${out}console-moderation.png` });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${stack.server.url}/console/sessions/${lewisham.id}`);
  await page.getByRole('checkbox').first().check();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await page.screenshot({ path: `${out}console-session-phone.png` });
  await context.close();
} finally {
  await stack.close();
}
