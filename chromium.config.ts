// Debian's Chromium and the flags it needs on our machines (a downloaded browser cannot work here).
// Shared by the widget tests (vitest browser mode) and the end-to-end tests (playwright-core).
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  // Without these, Chromium tries to reach Google's hosts, and this machine's closed network refuses it.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
