#!/usr/bin/env node
// Measures the script-tag bundle (dist/cdn) against the budgets in DESIGN.md and checks what must not be in it.
// Run after `vite build`. Follows the import graph in dist/cdn/.vite/manifest.json:
//   loader      = widgets.js + what it always loads before any widget (the shared core chunk)
//   <widget>    = loader + the widget's chunk + its static imports (what a page with only that widget downloads)
//   allFour     = every file needed by the four widgets together
// Language catalogues and other lazy chunks (e.g. the hex map layout) are listed but counted in no budget:
// a page fetches them only when it needs them. Each widget's translations are reported per language (the core's
// shared strings + the widget's own, e.g. `core.pl-*.js` + `find-your-constituency.pl-*.js`). Sizes are gzip -9 of each file, summed (what goes over the wire).
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
const usersPath = join(cdn, '.vite', 'module-users.json');
const moduleUsers = existsSync(usersPath) ? JSON.parse(readFileSync(usersPath, 'utf8')) : null;

// The four widgets of DESIGN.md's budgets (`allFour`). A widget added later (any `src/<tag>/<tag>.ts` the loader
// imports) is measured too (loader + it, and in `allWidgetsGzipBytes`), but not counted in `allFour`.
const FOUR = ['find-your-constituency', 'sign-up-to-canvass', 'send-solidarity', 'solidarity-wall'];
// Issue 17's "all six widgets on one page ≤ 45 KB": the six there were when it was set. A later widget
// (`<pledge-to-vote>`) is in `allWidgetsGzipBytes`, which is reported, not held to that budget.
const SIX = [...FOUR, 'connect-locally', 'local-groups'];
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
// What the CDN really sends to a browser that takes brotli: the `.br` files the build writes (vite.config.ts
// `cdnFiles`); `null` when a file has none (an older build).
const brSum = (files) => {
  let total = 0;
  for (const f of files) {
    const br = join(cdn, `${f}.br`);
    if (!existsSync(br)) return null;
    total += readFileSync(br).length;
  }
  return total;
};

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entryKey) throw new Error('manifest has no entry');
const widgetKey = (tag) => Object.keys(manifest).find((k) => k.endsWith(`src/${tag}/${tag}.ts`));
const loaded = (manifest[entryKey].dynamicImports ?? []).map((k) => /src\/([^/]+)\/\1\.ts$/.exec(k)?.[1]).filter(Boolean);
const TAGS = [...FOUR, ...loaded.filter((tag) => !FOUR.includes(tag))];

// The loader's own dynamic imports that are not widgets are loaded on every page with a widget (core + config).
const widgetKeys = new Set(TAGS.map(widgetKey));
const loaderFiles = staticClosure(entryKey);
for (const dyn of manifest[entryKey].dynamicImports ?? []) if (!widgetKeys.has(dyn)) staticClosure(dyn, loaderFiles);

const perWidget = {};
const allFiles = new Set(loaderFiles); // every widget's (what decides which chunks are lazy)
const allFourFiles = new Set(loaderFiles);
const allSixFiles = new Set(loaderFiles);
for (const tag of TAGS) {
  const key = widgetKey(tag);
  if (!key) {
    perWidget[tag] = null;
    continue;
  }
  const files = staticClosure(key, new Set(loaderFiles));
  files.forEach((f) => allFiles.add(f));
  if (FOUR.includes(tag)) files.forEach((f) => allFourFiles.add(f));
  if (SIX.includes(tag)) files.forEach((f) => allSixFiles.add(f));
  perWidget[tag] = { files: [...files], gzipBytes: sum(files), brotliBytes: brSum(files) };
}

// Lazy catalogues per widget and language: what a page adds when that widget speaks that language.
// `messages/<lang>.ts` is a widget's (or the core's) main catalogue; `messages/<part>.<lang>.ts` a further one
// loaded only when that part shows (the finder's eligibility explainer and report link).
const LANG_RE = /src\/(core\/i18n|[^/]+)\/messages\/([\w-]+)\.ts$/;
const PART_RE = /src\/([^/]+)\/messages\/(\w+)\.([\w-]+)\.ts$/;
const catalogueChunks = {}; // owner ('core' or a tag) → lang → file
const partChunks = {}; // tag → lang → [file…]
for (const [key, entry] of Object.entries(manifest)) {
  if (!entry.isDynamicEntry) continue;
  const m = LANG_RE.exec(entry.src ?? key);
  if (m && m[2] !== 'en') {
    const owner = m[1] === 'core/i18n' ? 'core' : m[1];
    (catalogueChunks[owner] ??= {})[m[2]] = entry.file;
    continue;
  }
  const p = PART_RE.exec(entry.src ?? key);
  if (p && p[3] !== 'en') ((partChunks[p[1]] ??= {})[p[3]] ??= []).push(entry.file);
}
const languageGzipBytes = {};
for (const tag of TAGS) {
  const own = catalogueChunks[tag] ?? {};
  const langs = new Set([...Object.keys(own), ...Object.keys(catalogueChunks.core ?? {})]);
  languageGzipBytes[tag] = Object.fromEntries(
    [...langs].sort().map((lang) => [lang, sum([catalogueChunks.core?.[lang], own[lang]].filter(Boolean))]),
  );
}

// The largest language per widget: everything that widget downloads to speak it (the core's shared strings, its own,
// and its further catalogues), so a language whose catalogues grow out of proportion shows up in the bench.
const largestLanguage = {};
for (const tag of TAGS) {
  const langs = new Set([...Object.keys(catalogueChunks[tag] ?? {}), ...Object.keys(partChunks[tag] ?? {})]);
  let best = null;
  for (const lang of langs) {
    const files = [catalogueChunks.core?.[lang], catalogueChunks[tag]?.[lang], ...(partChunks[tag]?.[lang] ?? [])].filter(Boolean);
    const gzipBytes = sum(files);
    if (!best || gzipBytes > best.gzipBytes) best = { lang, gzipBytes, files };
  }
  if (best) largestLanguage[tag] = best;
}

const chunks = {};
for (const [key, entry] of Object.entries(manifest)) {
  if (!entry.file?.endsWith('.js')) continue;
  const lazy = !allFiles.has(entry.file);
  chunks[entry.file] = { source: entry.src ?? key, ...gz(entry.file), ...(lazy ? { lazy: true } : {}) };
}

// Checks: no zod at all, no eval, no inline-style/CSP-hostile constructs.
const problems = [];
const allModules = Object.values(modules).flat();
// What must stay lazy: translations, the hex map layout and the eligibility rules (each only when a page shows it),
// the canvass sign-up form with its calendar file (fetched after the first load, once sessions are listed), and the
// second stages of issue 17: the response validator (with the first request), what each list or answer draws once
// its data is here (fetched alongside that request), the forms' sending code, and the English only those show.
const MUST_BE_LAZY = [
  /\/messages\/(?!en\.|index\.)[\w-]+\.ts$/,
  /\/hexmap(-layout)?\.ts$/,
  /packages\/rules\/dist\/(eligibility|voting-calendar)\.js$/,
  /\/sign-up-to-canvass\/(sign-up-form|ics-download|session-list|other-languages)\.ts$/,
  /packages\/contract\/dist\/(json-validate|field-errors)\.js$/,
  /packages\/contract\/dist\/json-schemas\/request\//,
  /\/core\/response-check\.ts$/,
  /\/(connect-locally|send-solidarity)\/submit\.ts$/,
  /\/find-your-constituency\/result-panes\.ts$/,
  /\/solidarity-wall\/message-list\.ts$/,
  /\/local-groups\/group-list\.ts$/,
  /\/messages\/later\.en\.ts$/,
];
for (const [file, ids] of Object.entries(modules)) {
  if (!allFiles.has(file)) continue;
  for (const id of ids) if (MUST_BE_LAZY.some((re) => re.test(id))) problems.push(`${id} should be lazy but is in ${file}, which a page loads up front`);
}
// The shared core chunk is loaded for every widget: a module there that only one widget reaches belongs in that
// widget's chunk (e.g. \`postcode\` in the finder). Modules shared by some widgets but not all are listed as info.
const coreModulesNotUsedByAll = {};
if (!moduleUsers) problems.push('no .vite/module-users.json: cannot check what the shared core chunk holds');
for (const file of loaderFiles) {
  for (const id of modules[file] ?? []) {
    const users = moduleUsers?.[id];
    if (!users || users.includes('loader')) continue;
    const widgets = users.filter((u) => TAGS.includes(u));
    if (widgets.length === 1) problems.push(`${id} is in the shared chunk ${file} but only ${widgets[0]} uses it`);
    else if (widgets.length < TAGS.length) coreModulesNotUsedByAll[id] = widgets;
  }
}
// No zod at all: browser code validates with the JSON Schemas generated from the contract (ADR 0004).
const zodModules = allModules.filter((id) => /node_modules\/zod\//.test(id));
if (zodModules.length) problems.push(`zod is in the bundle: ${zodModules.slice(0, 5).join(', ')}${zodModules.length > 5 ? ` (+${zodModules.length - 5} more)` : ''}`);
if (!allModules.length) problems.push('no .vite/modules.json: cannot check which modules are in the bundle');
for (const file of Object.keys(chunks)) {
  const code = readFileSync(join(cdn, file), 'utf8');
  if (/\beval\s*\(/.test(code)) problems.push(`${file}: calls eval()`);
  if (/new\s+Function\s*\(/.test(code)) problems.push(`${file}: calls new Function()`);
  if (/(^|[^.\w])require\s*\(/.test(code)) problems.push(`${file}: has a CommonJS require()`);
  if (/process\.env/.test(code)) problems.push(`${file}: reads process.env`);
}

const single = Object.entries(perWidget).filter(([, v]) => v);
const largest = single.reduce((best, cur) => (cur[1].gzipBytes > (best?.[1].gzipBytes ?? -1) ? cur : best), null);
const allFourGzipBytes = sum(allFourFiles);
const report = {
  loaderGzipBytes: sum(loaderFiles),
  loaderFiles: [...loaderFiles],
  perWidget: Object.fromEntries(single.map(([tag, v]) => [tag, v.gzipBytes])),
  largestSingle: largest?.[0] ?? null,
  largestSingleGzipBytes: largest?.[1].gzipBytes ?? 0,
  allFourGzipBytes,
  allWidgetsGzipBytes: sum(allFiles),
  // Issue 17's "all six widgets on one page" budget (the same 45 KB as `allFour`, which predates the last two widgets).
  allSixGzipBytes: sum(allSixFiles),
  allSixWithinBudget: sum(allSixFiles) <= BUDGET_ALL,
  brotli: { perWidget: Object.fromEntries(single.map(([tag, v]) => [tag, v.brotliBytes])), allWidgets: brSum(allFiles) },
  budgets: { singleGzipBytes: BUDGET_SINGLE, allFourGzipBytes: BUDGET_ALL, allSixGzipBytes: BUDGET_ALL },
  withinBudget: (largest?.[1].gzipBytes ?? 0) <= BUDGET_SINGLE && allFourGzipBytes <= BUDGET_ALL,
  missingWidgets: Object.entries(perWidget).filter(([, v]) => !v).map(([t]) => t),
  languageGzipBytes,
  largestLanguage,
  coreModulesNotUsedByAll,
  chunks,
  problems,
};

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
console.log('Script-tag bundle (gzip -9):');
console.log(`  loader (${report.loaderFiles.join(' + ')}): ${kb(report.loaderGzipBytes)}`);
for (const [tag, v] of single) {
  const langs = Object.entries(languageGzipBytes[tag] ?? {}).map(([lang, b]) => `${lang} +${kb(b)}`);
  console.log(`  loader + ${tag}: ${kb(v.gzipBytes)}${langs.length ? ` (lazy translations: ${langs.join(', ')})` : ''}`);
}
for (const [tag, l] of Object.entries(largestLanguage)) console.log(`  largest language of ${tag}: ${l.lang} +${kb(l.gzipBytes)} (${l.files.length} lazy chunks)`);
console.log(`  all four: ${kb(allFourGzipBytes)} (budget ${kb(BUDGET_ALL)}); largest single: ${kb(report.largestSingleGzipBytes)} (budget ${kb(BUDGET_SINGLE)})`);
console.log(`  all six: ${kb(report.allSixGzipBytes)} (budget ${kb(BUDGET_ALL)})${report.allSixWithinBudget ? '' : ' OVER'}`);
console.log(`  all ${TAGS.length} (no budget): ${kb(report.allWidgetsGzipBytes)}${report.brotli.allWidgets === null ? '' : `; brotli as served: ${kb(report.brotli.allWidgets)}`}`);
const order = Object.entries(chunks).sort(([a, x], [b, y]) => Number(!!x.lazy) - Number(!!y.lazy) || a.localeCompare(b));
for (const [file, c] of order) console.log(`  ${c.lazy ? 'lazy ' : '     '}${file}: ${kb(c.gzipBytes)} (${kb(c.bytes)} raw)`);
for (const [id, users] of Object.entries(coreModulesNotUsedByAll)) console.log(`  note: ${id} is in the shared chunk for ${users.join(', ')} only`);
for (const p of problems) console.log(`  PROBLEM: ${p}`);
console.log(JSON.stringify(report));
if (process.argv.includes('--check') && (!report.withinBudget || problems.length)) process.exitCode = 1;
