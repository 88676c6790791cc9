import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import type { BrowserCommand } from 'vitest/node';
import { chromiumArgs, chromiumPath } from './chromium.config.js';

type Media = { colorScheme?: 'light' | 'dark' | null; forcedColors?: 'active' | 'none' | null; contrast?: 'more' | 'no-preference' | null };
const emulateMedia: BrowserCommand<[Media]> = async (context, media) => {
  if (context.provider.name !== 'playwright' || !('page' in context)) throw new Error('emulateMedia needs the playwright provider');
  await (context as unknown as { page: { emulateMedia(m: Media): Promise<void> } }).page.emulateMedia(media);
};

const node = (name: string, include: string[], extra: Record<string, unknown> = {}) => ({
  test: { name, include, environment: 'node' as const, ...extra },
});

export default defineConfig({
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    projects: [
      node('contract', ['packages/contract/src/**/*.test.ts']),
      node('rules', ['packages/rules/src/**/*.test.ts']),
      node('data', ['packages/data/src/**/*.test.ts', 'packages/data/scripts/**/*.test.ts']),
      node('sdk', ['packages/sdk/src/**/*.test.ts']),
      node('server', ['packages/server/src/**/*.test.ts'], { testTimeout: 30_000, hookTimeout: 60_000 }),
      node('e2e', ['e2e/**/*.test.ts'], { testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false }),
      // The real SDK against the real server, plus package checks (attw, custom-elements.json).
      node('contract-tests', ['contract-tests/**/*.test.ts'], { testTimeout: 60_000, hookTimeout: 120_000 }),
      {
        // msw's service worker (packages/widgets/public/mockServiceWorker.js) is served at /mockServiceWorker.js.
        publicDir: 'packages/widgets/public',
        test: {
          name: 'widgets',
          // The console's pure modules (routes, inert text) run here too: same browser, same Lit.
          include: ['packages/widgets/src/**/*.test.ts', 'packages/console/src/**/*.test.ts'],
          // Readable failures for queries inside shadow roots (Testing Library cannot print a ShadowRoot by itself).
          setupFiles: ['packages/widgets/src/testing/shadow-queries.ts'],
          testTimeout: 20_000,
          // On CI only, one retry: a 2-core machine running 1,500 tests has timing races we keep finding and mending;
          // a retried pass is named in the summary (scripts/summary-reporter.ts, docs/decisions/0012-ci-retries.md).
          retry: process.env['CI'] ? 1 : 0,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            // Lets a test switch the reader's media settings (dark mode, more contrast, forced colours) for the page.
            commands: { emulateMedia },
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
