import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The script-tag bundle as built (`npm run build`), measured by the same script as `npm run bench`
// (packages/widgets/scripts/size.mjs: gzip -9 of every file a page downloads before it is interactive).
const sizeScript = new URL('../packages/widgets/scripts/size.mjs', import.meta.url);
const run = spawnSync(process.execPath, [sizeScript.pathname], { encoding: 'utf8' });
const lines = run.stdout.trim().split('\n');
const report = JSON.parse(lines[lines.length - 1] ?? '{}') as {
  perWidget: Record<string, number>;
  allFourGzipBytes: number;
  allWidgetsGzipBytes: number;
  allSixGzipBytes: number;
  problems: string[];
  loaderFiles: string[];
};

describe('script-tag bundle budgets (DESIGN.md)', () => {
  it('loader + any one widget is at most 25 KB gzip', () => {
    expect(Object.keys(report.perWidget)).toHaveLength(7);
    for (const [tag, bytes] of Object.entries(report.perWidget)) expect(bytes, tag).toBeLessThanOrEqual(25 * 1024);
  });

  it('the four original widgets together are at most 45 KB gzip, and nothing is where it should not be', () => {
    expect(report.allFourGzipBytes).toBeLessThanOrEqual(45 * 1024);
    expect(report.problems).toEqual([]);
  });

  it('all six widgets on one page are at most 45 KB gzip (issue 17): second stages load lazily, with what they show', () => {
    expect(report.allSixGzipBytes).toBeLessThanOrEqual(45 * 1024);
  });

  it('the shared core chunk carries no route schema: each widget brings only those of the routes it calls', () => {
    const modules = JSON.parse(readFileSync(new URL('../packages/widgets/dist/cdn/.vite/modules.json', import.meta.url), 'utf8')) as Record<string, string[]>;
    const loaded = report.loaderFiles.flatMap((file) => modules[file] ?? []);
    expect(loaded.filter((id) => /contract\/dist\/json-schemas(?:\.js$|\/(?!meta\.js))/.test(id))).toEqual([]);
  });
});
