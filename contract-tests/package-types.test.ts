import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// scripts/check-types-exports.mjs packs every published package and runs @arethetypeswrong/cli on the tarballs.
const script = fileURLToPath(new URL('../scripts/check-types-exports.mjs', import.meta.url));
const run = spawnSync(process.execPath, [script, '--json'], { encoding: 'utf8', timeout: 120_000 });
interface Result {
  status: 'ok' | 'problems' | 'unavailable';
  reason?: string;
  packages: { dir: string; entrypoints?: string[]; problems: { kind: string; entrypoint: string; resolutionKind: string }[] }[];
}
function parse(): Result {
  try {
    return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as Result;
  } catch {
    // The script itself crashed: that is a failure to show, not a reason to skip.
    return { status: 'problems', reason: `check-types-exports.mjs failed (exit ${run.status}): ${run.stderr || run.error?.message}`, packages: [] };
  }
}
const result = parse();
// attw itself needs no network (it packs locally); only a registry or network failure may turn this into a skip.
const offline = result.status === 'unavailable' && /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|network|offline/i.test(result.reason ?? '');

describe('package types and exports (@arethetypeswrong/cli on the packed tarballs)', () => {
  it.skipIf(offline)(`attw ran${offline ? ` — skipped: attw could not run offline (${result.reason})` : ''}`, () => {
    expect(result.reason ?? '').toBe('');
    expect(result.status).not.toBe('unavailable');
  });

  it.skipIf(offline)('every package (contract, rules, data, SDK, widgets, server) resolves for node10, node16 ESM and bundlers', () => {
    const byDir = Object.fromEntries(result.packages.map((p) => [p.dir, p]));
    expect(byDir['packages/sdk']?.entrypoints).toEqual(expect.arrayContaining(['.', './admin', './mock']));
    expect(byDir['packages/contract']?.entrypoints).toEqual(expect.arrayContaining(['.', './openapi']));
    expect(byDir['packages/widgets']?.entrypoints).toEqual(expect.arrayContaining(['.', './define', './find-your-constituency.js', './cdn/widgets.js']));
    expect(byDir['packages/rules']?.entrypoints).toEqual(expect.arrayContaining(['.', './eligibility', './postcode-query', './territories']));
    expect(byDir['packages/data']?.entrypoints).toEqual(expect.arrayContaining(['.', './eligibility']));
    expect(byDir['packages/server']?.entrypoints).toEqual(expect.arrayContaining(['.', './start']));
    expect(result.packages.flatMap((p) => p.problems.map((x) => `${p.dir} ${x.entrypoint} ${x.resolutionKind}: ${x.kind}`))).toEqual([]);
    expect(result.status).toBe('ok');
  });
});
