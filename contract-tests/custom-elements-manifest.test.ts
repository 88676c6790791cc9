import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * packages/widgets/custom-elements.json is what editors, Storybook and docs sites read to learn the widgets' tags,
 * attributes, events and parts. It is generated (`npm run manifest -w packages/widgets`) and committed, so here we
 * check that it lists every tag the source defines, with the events and parts partners rely on, and that it is
 * what the analyser makes from today's source.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const widgets = join(root, 'packages/widgets');
const manifestPath = join(widgets, 'custom-elements.json');

interface Described { name: string; description?: string }
interface ClassDecl {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
  attributes?: (Described & { fieldName?: string })[];
}
interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: ClassDecl[]; exports?: { kind: string; name: string; declaration: { name: string } }[] }[];
}

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Manifest;
const manifest = read(manifestPath);
const elements = new Map(
  manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.kind === 'class' && d.tagName).map((d) => [d.tagName!, d]),
);

/** Every tag the widgets register: `defineElement('tag', Class)` in the source. */
function tagsInSource(dir: string): string[] {
  const tags: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) tags.push(...tagsInSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      for (const m of readFileSync(path, 'utf8').matchAll(/\bdefineElement\(\s*['"]([a-z][a-z0-9-]*-[a-z0-9-]*)['"]/g)) tags.push(m[1]!);
    }
  }
  return tags;
}

/** What partners are promised in docs/embedding.md: each widget's event. More tags may exist; these must. */
const EXPECTED_EVENTS: Record<string, string> = {
  'find-your-constituency': 'constituency-found',
  'sign-up-to-canvass': 'canvass-signed-up',
  'send-solidarity': 'solidarity-sent',
  'solidarity-wall': 'solidarity-wall-updated',
};

describe('custom-elements.json (packages/widgets)', () => {
  it('is named by the package’s customElements field and published with it', () => {
    const pkg = JSON.parse(readFileSync(join(widgets, 'package.json'), 'utf8')) as { customElements?: string; files?: string[] };
    expect(pkg.customElements).toBe('custom-elements.json');
    expect(pkg.files).toContain('custom-elements.json');
    expect(manifest.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('lists every tag the source defines, the four widgets at least, each with a definition export', () => {
    const defined = [...new Set(tagsInSource(join(widgets, 'src')))].sort();
    expect(defined).toEqual(expect.arrayContaining(Object.keys(EXPECTED_EVENTS)));
    expect([...elements.keys()].sort()).toEqual(defined);
    const definitions = manifest.modules.flatMap((m) => m.exports ?? []).filter((x) => x.kind === 'custom-element-definition');
    expect(definitions.map((d) => d.name).sort()).toEqual(defined);
  });

  it.each(Object.entries(EXPECTED_EVENTS))('<%s> fires %s, has a summary, a base part and the shared attributes', (tag, event) => {
    const el = elements.get(tag);
    expect(el, `${tag} is missing from custom-elements.json`).toBeDefined();
    expect(el!.customElement).toBe(true);
    expect(el!.summary ?? '').not.toBe('');
    expect(el!.events?.map((e) => e.name)).toContain(event);
    expect(el!.cssParts?.map((p) => p.name)).toContain('base');
    expect(el!.attributes?.map((a) => a.name)).toEqual(expect.arrayContaining(['api-base', 'partner', 'lang']));
  });

  it('every element’s events and parts are described; no internal state is offered as an attribute', () => {
    for (const [tag, el] of elements) {
      expect(el.events?.length, `${tag} events`).toBeGreaterThan(0);
      expect(el.cssParts?.length, `${tag} parts`).toBeGreaterThan(0);
      for (const x of [...(el.events ?? []), ...(el.cssParts ?? [])]) expect(x.description ?? '', `${tag}: ${x.name}`).not.toBe('');
      // Lit `{ state: true }` fields are private (`_phase`, `listState`…): an attribute name is kebab-case.
      for (const a of el.attributes ?? []) expect(a.name, `${tag} attribute`).toMatch(/^[a-z][a-z0-9-]*$/);
    }
  });

  describe('is up to date with the source', () => {
    // Written under node_modules/.cache so a check never touches the committed file.
    const outdir = join(root, 'node_modules/.cache/cem-check');
    afterAll(() => rmSync(outdir, { recursive: true, force: true }));

    it('regenerating it gives the committed file (if not: npm run manifest -w packages/widgets, and commit)', () => {
      const cem = join(dirname(createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/package.json')), 'cem.js');
      const run = spawnSync(
        process.execPath,
        [cem, 'analyze', '--config', '../../scripts/custom-elements-manifest.config.mjs', '--outdir', '../../node_modules/.cache/cem-check'],
        { cwd: widgets, encoding: 'utf8', timeout: 60_000 },
      );
      expect(run.status, run.stderr).toBe(0);
      expect(existsSync(join(outdir, 'custom-elements.json'))).toBe(true);
      expect(read(join(outdir, 'custom-elements.json'))).toEqual(manifest);
    });
  });
});
