// Runs every test project (unit, real-browser, end-to-end) in one vitest run,
// so one closing line counts them all.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  console.error('Chromium not found at /usr/bin/chromium. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).');
}
const result = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
