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
  events?: (Described & { type?: { text: string } })[];
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  cssParts?: Described[];
  cssProperties?: Described[];
  attributes?: (Described & { fieldName?: string })[];
}
interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: ClassDecl[]; exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[] }[];
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

/** Every `part="…"` in a widget's templates (its folder, not styles); `part="message${isNew ? ' new' : ''}"` gives both. */
function partsInTemplates(tag: string): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.styles.ts')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/part="([^"]*)"/g)) {
          const literal = m[1]!.replace(/\$\{[^}]*\}/g, (expr) => ` ${[...expr.matchAll(/'([^']*)'/g)].map((q) => q[1]).join(' ')} `);
          for (const part of literal.split(/\s+/)) if (part) found.add(part);
        }
      }
    }
  };
  walk(join(widgets, 'src', tag));
  return [...found].sort();
}

describe('custom-elements.json as shipped', () => {
  const pkg = JSON.parse(readFileSync(join(widgets, 'package.json'), 'utf8')) as {
    files: string[];
    exports: Record<string, unknown>;
    'web-types'?: string;
  };

  it('names shipped files: every module path (and every declaration’s module) is a built file in dist/, none in src/', () => {
    const paths = new Set<string>();
    for (const m of manifest.modules) {
      paths.add(m.path);
      for (const x of m.exports ?? []) if (x.declaration.module) paths.add(x.declaration.module);
    }
    const text = readFileSync(manifestPath, 'utf8');
    expect(text).not.toMatch(/"(?:path|module)": "\/?src\//);
    for (const path of paths) {
      expect(path, path).toMatch(/^dist\/.*\.js$/);
      expect(existsSync(join(widgets, path)), `${path} is not built (npm run build)`).toBe(true);
      expect(pkg.files.some((f) => path === f || path.startsWith(`${f}/`)), `${path} is not in "files"`).toBe(true);
    }
  });

  it('types every event with its detail, exported by the package', () => {
    const index = readFileSync(join(widgets, 'dist', 'index.d.ts'), 'utf8');
    for (const [tag, el] of elements) {
      for (const e of el.events ?? []) {
        const detail = /^CustomEvent<(\w+Detail)>$/.exec(e.type?.text ?? '')?.[1];
        expect(detail, `${tag}: ${e.name} has type ${e.type?.text}`).toBeDefined();
        // Re-exported from each widget's events.ts by `export type *`.
        expect(index).toMatch(/export type \* from '\.\/[a-z-]+\/events\.js'/);
        expect(readFileSync(join(widgets, 'dist', tag, 'events.d.ts'), 'utf8')).toContain(`interface ${detail}`);
      }
    }
  });

  it.each([...elements.keys()])('<%s>: the parts in its templates are exactly the parts in the manifest', (tag) => {
    expect((elements.get(tag)!.cssParts ?? []).map((p) => p.name).sort()).toEqual(partsInTemplates(tag));
  });

  it('is in exports and files, with the VS Code custom data and web-types beside it', () => {
    for (const file of ['custom-elements.json', 'vscode.html-custom-data.json', 'web-types.json']) {
      expect(pkg.exports[`./${file}`]).toBe(`./${file}`);
      expect(pkg.files).toContain(file);
      expect(existsSync(join(widgets, file))).toBe(true);
    }
    expect(pkg['web-types']).toBe('./web-types.json');
    expect(pkg.exports['./react']).toEqual({ types: './dist/react.d.ts', default: './dist/react.js' });
  });

  it('the editor data and the React types are generated from it and current (if not: npm run manifest -w packages/widgets)', async () => {
    const gen = (await import(join(widgets, 'scripts', 'editor-data.mjs'))) as {
      vscodeData(m: Manifest): unknown;
      webTypes(m: Manifest): unknown;
      reactTypes(m: Manifest): string;
    };
    const json = (file: string) => JSON.parse(readFileSync(join(widgets, file), 'utf8')) as unknown;
    expect(json('vscode.html-custom-data.json')).toEqual(gen.vscodeData(manifest));
    expect(json('web-types.json')).toEqual(gen.webTypes(manifest));
    expect(readFileSync(join(widgets, 'src', 'react.ts'), 'utf8')).toBe(gen.reactTypes(manifest));
    // What an editor shows for the finder: its documented attributes, with the boolean ones taking no value.
    const vscode = gen.vscodeData(manifest) as { tags: { name: string; attributes: { name: string; valueSet?: string; values?: { name: string }[] }[] }[] };
    const finder = vscode.tags.find((t) => t.name === 'find-your-constituency');
    expect(finder?.attributes.find((a) => a.name === 'show-map')?.valueSet).toBe('v');
    expect(finder?.attributes.find((a) => a.name === 'nearby-count')).toBeDefined();
    expect(finder?.attributes.find((a) => a.name === 'theme')?.values?.map((v) => v.name)).toEqual(['light', 'dark', 'auto', 'high-contrast']);
  });
});
