import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Each published package declares exactly what its shipped code imports: a missing dependency breaks an install
 * from npm (it only worked in the monorepo because a sibling had it), an unused one makes every partner download
 * it. Read from the built `dist/` (what ships: `.js` and `.d.ts`), not from the sources, and including `import.meta.resolve()` (the
 * server finds the widgets bundle that way). The CDN bundle (`dist/cdn/`) inlines its dependencies and is skipped.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['contract', 'rules', 'data', 'sdk', 'widgets', 'server'];

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}
const manifest = (name: string) => JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) as Manifest;

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'cdn' ? [] : jsFiles(path);
    return e.name.endsWith('.js') || e.name.endsWith('.d.ts') ? [path] : [];
  });
}

const builtins = new Set(builtinModules);
/**
 * Package names the built code of `name` imports: static, dynamic, side-effect and re-exports as TypeScript's own
 * scanner sees them (so comments and strings do not count), type imports in the shipped `.d.ts` files (a consumer's
 * compiler needs those packages too), and `import.meta.resolve()`.
 */
function importedPackages(name: string): Set<string> {
  const found = new Set<string>();
  for (const file of jsFiles(join(root, 'packages', name, 'dist'))) {
    const code = readFileSync(file, 'utf8');
    const specs = ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
    for (const m of code.matchAll(/import\.meta\.resolve\(\s*['"]([^'"]+)['"]/g)) specs.push(m[1]!);
    for (const spec of specs) {
      if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('node:') || builtins.has(spec.split('/')[0]!)) continue;
      found.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  }
  return found;
}

/** Workspace packages `name` pulls in when installed (its dependencies, theirs, …). */
function workspaceClosure(name: string, seen = new Set<string>()): Set<string> {
  for (const dep of Object.keys(manifest(name).dependencies ?? {})) {
    const short = dep.replace('@solidarity-widgets/', '');
    if (dep.startsWith('@solidarity-widgets/') && !seen.has(short)) {
      seen.add(short);
      workspaceClosure(short, seen);
    }
  }
  return seen;
}

describe('published packages declare what their shipped code imports', () => {
  it.each(PACKAGES)('@solidarity-widgets/%s: every import is a declared dependency, and every dependency is imported', (name) => {
    const m = manifest(name);
    const declared = new Set([...Object.keys(m.dependencies ?? {}), ...Object.keys(m.peerDependencies ?? {})]);
    const imported = importedPackages(name);
    // A type-only import of `x` is served by `@types/x` where the package ships no types (React).
    for (const dep of [...imported]) if (declared.has(`@types/${dep}`)) imported.add(`@types/${dep}`);
    expect([...imported].filter((d) => !declared.has(d)).sort(), 'imported but not declared').toEqual([]);
    expect([...declared].filter((d) => !imported.has(d)).sort(), 'declared but never imported').toEqual([]);
  });

  it('the widgets do not pull in the postcode data (1.8 MB): their rules come from @solidarity-widgets/rules', () => {
    const closure = workspaceClosure('widgets');
    expect([...closure].sort()).toEqual(['contract', 'rules', 'sdk']);
    expect(manifest('widgets').dependencies).not.toHaveProperty('@lit/localize');
  });

  it('the rules package is small and carries no data files', () => {
    const files = jsFiles(join(root, 'packages/rules/dist'));
    const bytes = files.reduce((sum, f) => sum + readFileSync(f).length, 0);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes / 1024).toBeLessThan(100);
    expect(Object.keys(manifest('rules').dependencies ?? {})).toEqual(['postcode']);
  });

  it('the server depends on the widgets, so an install from npm can serve /cdn/widgets.js', () => {
    expect(workspaceClosure('server')).toContain('widgets');
  });
});
