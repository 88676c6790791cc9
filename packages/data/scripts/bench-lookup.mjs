#!/usr/bin/env node
// In-process postcode lookup benchmark for the built package (run `npm run build -w packages/data` first).
// Prints progress to stderr and one JSON line on stdout (last line):
//   { p50Ms, p99Ms, lookupsPerSec, rssMb, heapMb, loadMs, lookups }
// rssMb / heapMb are the growth caused by loading the data (measured after a GC when --expose-gc is available).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Memory is measured after a full GC: re-run this script with --expose-gc when started without it.
if (typeof globalThis.gc !== 'function') {
  const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(child.status ?? 1);
}

const LOOKUPS = Number(process.env.BENCH_LOOKUPS ?? 100_000);
const gc = globalThis.gc;
const mb = (bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10;

gc();
const before = process.memoryUsage();
const { loadElectoralData } = await import('../dist/index.js');
const t0 = performance.now();
const data = loadElectoralData();
const loadMs = performance.now() - t0;
gc();
const after = process.memoryUsage();

// A realistic mix: real full postcodes from every part of GB (taken from the raw unit lists), with supporters'
// typing (lowercase, no space), sectors, outcodes, a few typos and invalid strings.
const units = JSON.parse(readFileSync(fileURLToPath(new URL('../raw/postcode-units-gb.json', import.meta.url)), 'utf8')).sectors;
const sectors = Object.keys(units);
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
const pick = (list) => list[Math.floor(random() * list.length)];
const queries = [];
for (let i = 0; i < 10_000; i++) {
  const sector = pick(sectors);
  const s = units[sector];
  const at = 2 * Math.floor((random() * s.length) / 2);
  const unit = s.slice(at, at + 2);
  const r = random();
  if (r < 0.6) queries.push(`${sector}${unit}`);
  else if (r < 0.75) queries.push(`${sector}${unit}`.toLowerCase().replace(' ', ''));
  else if (r < 0.85) queries.push(sector);
  else if (r < 0.95) queries.push(sector.split(' ')[0]);
  else if (r < 0.98) queries.push(`${sector}ZZ`);
  else queries.push(pick(['hello', 'BT53 7HX', 'JE2 3AB', '', 'SWIA OAA']));
}

// Warm up, then time each lookup.
for (let i = 0; i < 20_000; i++) data.lookupPostcode(queries[i % queries.length]);
const times = new Float64Array(LOOKUPS);
let okCount = 0;
const start = performance.now();
for (let i = 0; i < LOOKUPS; i++) {
  const q = queries[i % queries.length];
  const t = performance.now();
  const result = data.lookupPostcode(q);
  times[i] = performance.now() - t;
  if (result.ok) okCount++;
}
const totalMs = performance.now() - start;
times.sort();
const quantile = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
const round = (x, dp = 4) => Math.round(x * 10 ** dp) / 10 ** dp;

const result = {
  p50Ms: round(quantile(0.5)),
  p99Ms: round(quantile(0.99)),
  lookupsPerSec: Math.round(LOOKUPS / (totalMs / 1000)),
  rssMb: mb(after.rss - before.rss),
  heapMb: mb(after.heapUsed - before.heapUsed),
  loadMs: round(loadMs, 1),
  lookups: LOOKUPS,
  found: okCount,
  totalRssMb: mb(process.memoryUsage().rss),
};
console.error(`bench-lookup: ${LOOKUPS} lookups (${okCount} found) in ${totalMs.toFixed(0)} ms; data load ${loadMs.toFixed(0)} ms`);
console.log(JSON.stringify(result));
