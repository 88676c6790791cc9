// Test-only (excluded from the build): make sure generated/ exists, so `vitest run --project data` works
// on a fresh checkout even before `npm run build`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const generated = ['constituencies.json', 'postcodes.json', 'hexmap.json'].map((name) =>
  fileURLToPath(new URL(`../generated/${name}`, import.meta.url)),
);
if (!generated.every((file) => existsSync(file))) {
  execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/build-data.mjs', import.meta.url))], { stdio: 'inherit' });
}
