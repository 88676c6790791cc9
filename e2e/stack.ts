import type { Browser } from 'playwright-core';
import { startServer, type RunningServer, type StartOptions } from '@solidarity-widgets/server/start';
import { makeConfig, silentLogger } from '@solidarity-widgets/server';
import { launchBrowser } from './browser.js';

export interface Stack {
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

/** The real server (in-memory PGlite, demo sessions, built bundle and example page) and a real Chromium. */
export async function startStack(config: Parameters<typeof makeConfig>[0] = {}, start: Pick<StartOptions, 'outbox'> = {}): Promise<Stack> {
  const server = await startServer({ port: 0, memory: true, seed: true, log: silentLogger, config: makeConfig(config), ...start });
  const browser = await launchBrowser();
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
