#!/usr/bin/env node
// Checks that the published packages' `exports` maps and type declarations resolve for TypeScript consumers
// (node10, node16 from ESM and CJS, bundler), with @arethetypeswrong/cli on the packed tarball (`--pack`), as a
// consumer installing from npm would get it. Needs the packages built (`npm run build`).
//
//   node scripts/check-types-exports.mjs            # all packages below
//   node scripts/check-types-exports.mjs --json     # one JSON line with the result, for tests
//
// Exit 0: no problems. Exit 1: problems (listed). Exit 2: attw could not run at all (reason printed), which the
// contract-tests suite reports as a skip only when the reason is the network.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Rules ignored, and why. Every package is ESM-only on purpose (docs/sdk.md, "Package notes"): one format means
 * one copy of the zod schemas in an app, no dual-package hazard for `instanceof HttpError`, and Node ≥ 20.19 can
 * `require()` ESM anyway. attw's "CJSResolvesToESM" only says that, so it is expected for node16-from-CJS.
 */
const IGNORED = { CJSResolvesToESM: 'ESM-only by design; CommonJS callers use import() or require(esm) on Node ≥ 20.19' };

// Every package we publish (docs/decisions/0007-publishing.md).
const PACKAGES = ['packages/contract', 'packages/rules', 'packages/data', 'packages/sdk', 'packages/widgets', 'packages/server'];

const json = process.argv.includes('--json');
const require = createRequire(import.meta.url);

function attwBin() {
  try {
    return join(dirname(require.resolve('@arethetypeswrong/cli/package.json')), 'dist', 'index.js');
  } catch {
    return undefined;
  }
}

function finish(result) {
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(result.status === 'ok' ? 0 : result.status === 'problems' ? 1 : 2);
}

const bin = attwBin();
if (!bin || !existsSync(bin)) {
  const reason = '@arethetypeswrong/cli is not installed (npm install at the repo root)';
  if (!json) console.error(`attw could not run: ${reason}`);
  finish({ status: 'unavailable', reason, packages: [] });
}

const packages = [];
const tmp = mkdtempSync(join(tmpdir(), 'attw-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
for (const dir of PACKAGES) {
  const abs = join(root, dir);
  if (!existsSync(join(abs, 'dist'))) {
    const reason = `${dir}/dist is missing: run npm run build first`;
    if (!json) console.error(reason);
    packages.push({ dir, problems: [{ kind: 'NotBuilt', entrypoint: '.', resolutionKind: '-' }], ignored: [] });
    continue;
  }
  // --format json prints the whole analysis; we judge its problems ourselves so the ignore list above is the only one.
  // Into a file, not a pipe: attw exits as soon as it has written, and a large report (the widgets' is 300 KB)
  // sent down a pipe is cut at the pipe's buffer.
  const outFile = join(tmp, `${dir.replace(/\W/g, '-')}.json`);
  const out = openSync(outFile, 'w');
  const run = spawnSync(process.execPath, [bin, '--pack', abs, '--format', 'json', '--no-color'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', out, 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
  });
  closeSync(out);
  run.stdout = readFileSync(outFile, 'utf8');
  let analysis;
  try {
    analysis = JSON.parse(run.stdout).analysis;
  } catch {
    analysis = undefined;
  }
  if (!analysis || !Array.isArray(analysis.problems)) {
    const reason = `attw produced no analysis for ${dir} (exit ${run.status}${run.error ? `, ${run.error.message}` : ''}): ${(run.stderr || run.stdout || '').trim().slice(0, 2000)}`;
    if (!json) console.error(`attw could not run: ${reason}`);
    finish({ status: 'unavailable', reason, packages });
  }
  const problems = analysis.problems.filter((p) => !(p.kind in IGNORED));
  const ignored = analysis.problems.filter((p) => p.kind in IGNORED);
  packages.push({ dir, name: analysis.packageName, version: analysis.packageVersion, entrypoints: Object.keys(analysis.entrypoints), problems, ignored });
}

const failed = packages.filter((p) => p.problems.length > 0);
if (!json) {
  for (const p of packages) {
    const head = `${p.name ?? p.dir}${p.version ? `@${p.version}` : ''} (${p.dir})`;
    console.log(`${p.problems.length ? '✗' : '✓'} ${head}: entry points ${(p.entrypoints ?? []).join(', ') || '-'}`);
    for (const x of p.problems) console.log(`    ${x.kind} at ${x.entrypoint} (${x.resolutionKind}) — https://github.com/arethetypeswrong/arethetypeswrong.github.io/blob/main/docs/problems/${x.kind}.md`);
    const kinds = [...new Set(p.ignored.map((x) => x.kind))];
    for (const k of kinds) console.log(`    (ignored ${k}: ${IGNORED[k]})`);
  }
  console.log(failed.length ? `${failed.length} package(s) with type/exports problems` : 'types and exports resolve for every consumer');
}
finish({ status: failed.length ? 'problems' : 'ok', packages });
