import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * What `npm publish` would upload for each package, as `npm pack --dry-run --json` lists it (the same file list
 * `npm publish --dry-run` prints, in a form a test can read). A developer installing from npm gets exactly this:
 * a README and a LICENSE, no tests or test helpers, source maps that carry their sources (the `src/` they name is
 * not shipped), every file the `exports` map points at, and no surprise megabytes.
 */
const root = fileURLToPath(new URL('..', import.meta.url));

/** Upper bounds on what a consumer downloads (packed) and unpacks, in KB: today's size plus room, not a budget. */
const LIMITS: Record<string, { packedKb: number; unpackedKb: number }> = {
  contract: { packedKb: 200, unpackedKb: 1_000 },
  rules: { packedKb: 60, unpackedKb: 250 },
  data: { packedKb: 1_200, unpackedKb: 3_500 },
  sdk: { packedKb: 200, unpackedKb: 800 },
  // 21 languages: every catalogue ships as ESM (with a source map carrying its source) and in the CDN bundle as .js,
  // .js.gz and .js.br; an English page downloads none of them.
  // Seven widgets since <pledge-to-vote> (2,114 KB packed on 2026-11-30).
  widgets: { packedKb: 2_300, unpackedKb: 6_600 },
  // With the organisers' console app in 21 languages (dist/console/), the emails in 21 languages and the example page.
  server: { packedKb: 800, unpackedKb: 3_000 },
};

interface PackFile { path: string; size: number }
interface Packed { name: string; size: number; unpackedSize: number; files: PackFile[] }
interface Manifest {
  name: string;
  license?: string;
  repository?: { type?: string; url?: string; directory?: string };
  homepage?: string;
  engines?: { node?: string };
  publishConfig?: { access?: string };
  types?: string;
  typesVersions?: Record<string, Record<string, string[]>>;
  exports?: Record<string, string | { types?: string; default?: string }>;
  bin?: Record<string, string>;
}

function pack(dir: string): Promise<Packed> {
  return new Promise((resolve, reject) => {
    execFile(
      'npm',
      ['pack', '--dry-run', '--json', '--ignore-scripts'],
      { cwd: dir, timeout: 60_000, maxBuffer: 32 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: 'false' } },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`npm pack --dry-run in ${dir} failed: ${stderr || error.message}`));
        resolve((JSON.parse(stdout) as Packed[])[0]!);
      },
    );
  });
}

const packed = new Map<string, { manifest: Manifest; pack: Packed; files: Set<string> }>();
beforeAll(async () => {
  await Promise.all(
    Object.keys(LIMITS).map(async (name) => {
      const dir = join(root, 'packages', name);
      const p = await pack(dir);
      packed.set(name, { manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest, pack: p, files: new Set(p.files.map((f) => f.path)) });
    }),
  );
}, 120_000);

const get = (name: string) => packed.get(name)!;

describe.each(Object.keys(LIMITS))('npm pack --dry-run: @solidarity-widgets/%s', (name) => {
  it('ships a README and a LICENSE, and its package.json says where it comes from, for which Node, published publicly', () => {
    const { files, manifest } = get(name);
    expect(files).toContain('README.md');
    expect(files).toContain('LICENSE');
    expect(manifest.repository).toMatchObject({ type: 'git', directory: `packages/${name}` });
    expect(manifest.repository?.url).toMatch(/^git\+https:\/\//);
    expect(manifest.homepage).toMatch(/^https:\/\//);
    expect(manifest.engines?.node).toMatch(/^>=\s*20/);
    expect(manifest.publishConfig?.access).toBe('public');
  });

  it('ships no tests, test helpers or sources, and nothing from the build’s own bookkeeping', () => {
    const unwanted = [...get(name).files].filter(
      (f) => /(^|\/)src\//.test(f) || /\.test\.[jt]s/.test(f) || /(^|\/)testing\//.test(f) || /test-support/.test(f) || /(^|\/)\.vite\//.test(f) || /\.tsbuildinfo$/.test(f),
    );
    expect(unwanted).toEqual([]);
  });

  it('source maps carry their sources (src/ is not shipped) and no declaration map points at a missing file', () => {
    const { files } = get(name);
    const dir = join(root, 'packages', name);
    expect([...files].filter((f) => f.endsWith('.d.ts.map'))).toEqual([]);
    const maps = [...files].filter((f) => f.endsWith('.js.map'));
    for (const file of maps) {
      const map = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
      expect(map.sourcesContent?.length, `${file} sourcesContent`).toBe(map.sources.length);
      expect(map.sourcesContent?.every((s) => typeof s === 'string' && s.length > 0), `${file} sourcesContent`).toBe(true);
    }
  });

  it('every file its exports map, types and bin name is in the package', () => {
    const { files, manifest } = get(name);
    const targets: string[] = [];
    for (const [sub, v] of Object.entries(manifest.exports ?? {})) {
      if (sub.includes('*')) continue;
      if (typeof v === 'string') targets.push(v);
      else targets.push(...[v.types, v.default].filter((x): x is string => typeof x === 'string'));
    }
    if (manifest.types) targets.push(manifest.types);
    targets.push(...Object.values(manifest.bin ?? {}));
    for (const [, map] of Object.entries(manifest.typesVersions ?? {})) for (const paths of Object.values(map)) targets.push(...paths.filter((p) => !p.includes('*')));
    const missing = targets.map((t) => t.replace(/^\.\//, '')).filter((t) => !files.has(t));
    expect(missing).toEqual([]);
  });

  it('stays a reasonable size', () => {
    const { pack: p } = get(name);
    const limit = LIMITS[name]!;
    expect(p.size / 1024, 'packed KB').toBeLessThan(limit.packedKb);
    expect(p.unpackedSize / 1024, 'unpacked KB').toBeLessThan(limit.unpackedKb);
  });
});

describe('licences', () => {
  it('code packages are MIT; the data package names the Open Government and Open Parliament Licences, with attribution', () => {
    for (const name of ['contract', 'rules', 'sdk', 'widgets', 'server']) {
      expect(get(name).manifest.license, name).toBe('MIT');
      expect(readFileSync(join(root, 'packages', name, 'LICENSE'), 'utf8'), name).toMatch(/^MIT License/);
    }
    const data = get('data');
    expect(data.manifest.license).not.toBe('MIT');
    const text = readFileSync(join(root, 'packages/data/LICENSE'), 'utf8');
    expect(text).toContain('Open Government Licence v3.0');
    expect(text).toContain('Open Parliament Licence v3.0');
    expect(text).toContain('Contains Parliamentary information licensed under the Open Parliament Licence v3.0.');
    expect(text).toContain('Contains OS data © Crown copyright and database right');
    expect(data.files).toContain('raw/LICENSE-hexmap-OpenInnovations-MIT.txt');
  });

  it('TypeScript’s old node10 resolution finds the types of every subpath export (typesVersions)', () => {
    for (const name of Object.keys(LIMITS)) {
      const { manifest } = get(name);
      const subpaths = Object.entries(manifest.exports ?? {}).filter(([sub, v]) => sub !== '.' && typeof v !== 'string').map(([sub]) => sub.slice(2));
      expect(Object.keys(manifest.typesVersions?.['*'] ?? {}).sort(), name).toEqual(subpaths.sort());
    }
  });
});
