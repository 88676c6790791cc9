import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

/**
 * lit-analyzer (and ts-lit-plugin in an editor) checks Lit templates that use the widgets. It cannot read Lit's
 * `static properties = {…}` field, so on its own it flags every documented attribute (`show-map`, `nearby-count`…)
 * as unknown; packages/widgets/tsconfig.json points it at the VS Code custom data generated from
 * custom-elements.json. Here a template uses every documented attribute of every element, plus one made-up
 * attribute that must still be flagged.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const widgets = join(root, 'packages/widgets');
const dir = join(widgets, 'node_modules/.cache/lit-analyzer-check');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Manifest {
  modules: { declarations?: { tagName?: string; attributes?: { name: string; type?: { text: string } }[] }[] }[];
}

it('flags no documented attribute of any widget in a Lit template, and still flags an unknown one', () => {
  const manifest = JSON.parse(readFileSync(join(widgets, 'custom-elements.json'), 'utf8')) as Manifest;
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  expect(elements.length).toBeGreaterThanOrEqual(6);
  const templates = elements.map((el) => {
    const attrs = (el.attributes ?? []).map((a) => (a.type?.text === 'boolean' ? a.name : `${a.name}="1"`));
    return `html\`<${el.tagName} ${attrs.join(' ')}></${el.tagName}>\``;
  });
  expect(templates.join('\n')).toContain(' show-map ');
  expect(templates.join('\n')).toContain(' nearby-count="1"');
  mkdirSync(dir, { recursive: true });
  const fixture = join(dir, 'templates.ts');
  writeFileSync(
    fixture,
    `import { html } from 'lit';
import '../../../src/define.js';
export const templates = [
${templates.join(',\n')},
  html\`<find-your-constituency show-mapp></find-your-constituency>\`,
];
`,
  );
  const cli = join(dirname(createRequire(import.meta.url).resolve('lit-analyzer/package.json')), 'cli.js');
  const run = spawnSync(process.execPath, [cli, '--format', 'list', '--noColor', '--rules.no-unknown-attribute', 'error', fixture], {
    cwd: widgets,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const unknown = [...run.stdout.matchAll(/Unknown attribute '([^']+)'/g)].map((m) => m[1]);
  expect(unknown, run.stdout + run.stderr).toEqual(['show-mapp']);
});
