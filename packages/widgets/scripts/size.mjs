#!/usr/bin/env node
// Measures the script-tag bundle (dist/cdn) against the budgets in DESIGN.md and checks what must not be in it.
// Run after `vite build`. Follows the import graph in dist/cdn/.vite/manifest.json:
//   loader      = widgets.js + what it always loads before any widget (the shared core chunk)
//   <widget>    = loader + the widget's chunk + its static imports (what a page with only that widget downloads)
//   allFour     = every file needed by the four widgets together
// Language catalogues and other lazy chunks (e.g. the hex map layout) are listed but counted in no budget:
// a page fetches them only when it needs them. Sizes are gzip -9 of each file, summed (what goes over the wire).
// The last line of output is JSON (scripts/bench.mjs reads it). With `--check`, exit code 1 when a budget or check
// fails (without it the script only reports, so the bench can print its verdicts).
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const cdn = join(here, '..', 'dist', 'cdn');
const manifestPath = join(cdn, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`No ${manifestPath}: run \`npm run build -w packages/widgets\` first.`);
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const modulesPath = join(cdn, '.vite', 'modules.json');
const modules = existsSync(modulesPath) ? JSON.parse(readFileSync(modulesPath, 'utf8')) : {};

const TAGS = ['find-your-constituency', 'sign-up-to-canvass', 'send-solidarity', 'solidarity-wall'];
const BUDGET_SINGLE = 25 * 1024;
const BUDGET_ALL = 45 * 1024;

const gzipCache = new Map();
function gz(file) {
  if (!gzipCache.has(file)) {
    const code = readFileSync(join(cdn, file));
    gzipCache.set(file, { bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length });
  }
  return gzipCache.get(file);
}

/** Files a manifest entry needs before it can run: itself and its static imports, recursively. */
function staticClosure(key, out = new Set()) {
  const entry = manifest[key];
  if (!entry || out.has(entry.file)) return out;
  out.add(entry.file);
  for (const dep of entry.imports ?? []) staticClosure(dep, out);
  return out;
}
const sum = (files) => [...files].reduce((total, f) => total + gz(f).gzipBytes, 0);

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entryKey) throw new Error('manifest has no entry');
const widgetKey = (tag) => Object.keys(manifest).find((k) => k.endsWith(`src/${tag}/${tag}.ts`));

// The loader's own dynamic imports that are not widgets are loaded on every page with a widget (core + config).
const widgetKeys = new Set(TAGS.map(widgetKey));
const loaderFiles = staticClosure(entryKey);
for (const dyn of manifest[entryKey].dynamicImports ?? []) if (!widgetKeys.has(dyn)) staticClosure(dyn, loaderFiles);

const perWidget = {};
const allFiles = new Set(loaderFiles);
for (const tag of TAGS) {
  const key = widgetKey(tag);
  if (!key) {
    perWidget[tag] = null;
    continue;
  }
  const files = staticClosure(key, new Set(loaderFiles));
  files.forEach((f) => allFiles.add(f));
  perWidget[tag] = { files: [...files], gzipBytes: sum(files) };
}

const chunks = {};
for (const [key, entry] of Object.entries(manifest)) {
  if (!entry.file?.endsWith('.js')) continue;
  const lazy = !allFiles.has(entry.file);
  chunks[entry.file] = { source: entry.src ?? key, ...gz(entry.file), ...(lazy ? { lazy: true } : {}) };
}

// Checks: zod only as zod/mini (full zod is ~26 KB gzip), no eval, no inline-style/CSP-hostile constructs.
const problems = [];
const allModules = Object.values(modules).flat();
const fullZod = allModules.filter((id) => /node_modules\/zod\/(v4\/classic|v3|index\.js|v4\/index\.js)/.test(id));
if (fullZod.length) problems.push(`full zod is in the bundle: ${fullZod.join(', ')}`);
if (!allModules.length) problems.push('no .vite/modules.json: cannot check which modules are in the bundle');
for (const file of Object.keys(chunks)) {
  const code = readFileSync(join(cdn, file), 'utf8');
  if (/\beval\s*\(/.test(code)) problems.push(`${file}: calls eval()`);
  if (/new\s+Function\s*\(/.test(code)) problems.push(`${file}: calls new Function()`);
  if (/(^|[^.\w])require\s*\(/.test(code)) problems.push(`${file}: has a CommonJS require()`);
  if (/process\.env/.test(code)) problems.push(`${file}: reads process.env`);
}
// zod keeps a `new F(...)` JIT path behind `jitless`; the loader must switch it off before any parse.
const entryCode = readFileSync(join(cdn, manifest[entryKey].file), 'utf8');
if (!/jitless\s*:\s*(!0|true)/.test(entryCode)) problems.push('the loader does not set zod jitless (strict CSP would see a new Function probe)');

const single = Object.entries(perWidget).filter(([, v]) => v);
const largest = single.reduce((best, cur) => (cur[1].gzipBytes > (best?.[1].gzipBytes ?? -1) ? cur : best), null);
const allFourGzipBytes = sum(allFiles);
const report = {
  loaderGzipBytes: sum(loaderFiles),
  loaderFiles: [...loaderFiles],
  perWidget: Object.fromEntries(single.map(([tag, v]) => [tag, v.gzipBytes])),
  largestSingle: largest?.[0] ?? null,
  largestSingleGzipBytes: largest?.[1].gzipBytes ?? 0,
  allFourGzipBytes,
  budgets: { singleGzipBytes: BUDGET_SINGLE, allFourGzipBytes: BUDGET_ALL },
  withinBudget: (largest?.[1].gzipBytes ?? 0) <= BUDGET_SINGLE && allFourGzipBytes <= BUDGET_ALL,
  missingWidgets: Object.entries(perWidget).filter(([, v]) => !v).map(([t]) => t),
  chunks,
  problems,
};

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
console.log('Script-tag bundle (gzip -9):');
console.log(`  loader (${report.loaderFiles.join(' + ')}): ${kb(report.loaderGzipBytes)}`);
for (const [tag, v] of single) console.log(`  loader + ${tag}: ${kb(v.gzipBytes)}`);
console.log(`  all four: ${kb(allFourGzipBytes)} (budget ${kb(BUDGET_ALL)}); largest single: ${kb(report.largestSingleGzipBytes)} (budget ${kb(BUDGET_SINGLE)})`);
for (const [file, c] of Object.entries(chunks)) console.log(`  ${c.lazy ? 'lazy ' : '     '}${file}: ${kb(c.gzipBytes)} (${kb(c.bytes)} raw)`);
for (const p of problems) console.log(`  PROBLEM: ${p}`);
console.log(JSON.stringify(report));
if (process.argv.includes('--check') && (!report.withinBudget || problems.length)) process.exitCode = 1;
