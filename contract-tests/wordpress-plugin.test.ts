import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The WordPress plugin (packages/wordpress) without a WordPress: every PHP file parses (`php -l`), its blocks'
 * block.json files are what tools/write-block-json.mjs makes from the catalogue, and the catalogue offers exactly the
 * tags and attributes the widgets document in custom-elements.json (so a new attribute reaches WordPress users, and a
 * renamed one is not written into their pages for nothing). e2e/wordpress.e2e.test.ts runs it in a real WordPress.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const plugin = join(root, 'packages/wordpress');
const php = '/usr/bin/php';
const noPhp = !existsSync(php) && !process.env['REQUIRE_WORDPRESS'];

function phpFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return phpFiles(path);
    return e.name.endsWith('.php') ? [path] : [];
  });
}

interface Catalogue {
  [tag: string]: { title: string; description: string; attributes: Record<string, 'text' | 'url' | 'bool' | 'int'> };
}

describe.skipIf(noPhp)(`WordPress plugin files${noPhp ? ' (skipped: no php; apt-get install php)' : ''}`, () => {
  it('every PHP file parses (php -l) and refuses to run outside WordPress', () => {
    const files = phpFiles(plugin);
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const lint = spawnSync(php, ['-l', file], { encoding: 'utf8' });
      expect(lint.status, `${file}: ${lint.stdout}${lint.stderr}`).toBe(0);
      if (!file.includes('/tests/')) expect(readFileSync(file, 'utf8'), file).toContain("if ( ! defined( 'ABSPATH' ) )");
    }
  });

  it('blocks/*/block.json are up to date with the catalogue (if not: node packages/wordpress/tools/write-block-json.mjs)', () => {
    const check = spawnSync(process.execPath, [join(plugin, 'tools/write-block-json.mjs'), '--check'], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
  });

  it('offers every widget tag, with exactly the attributes custom-elements.json documents (and the global id)', () => {
    const catalogue = JSON.parse(execFileSync(php, [join(plugin, 'tests/dump-catalogue.php')], { encoding: 'utf8' })) as Catalogue;
    const manifest = JSON.parse(readFileSync(join(root, 'packages/widgets/custom-elements.json'), 'utf8')) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
    };
    // <solidarity-share> is drawn by the widgets after a supporter acted, never placed by a partner.
    const INTERNAL = new Set(['solidarity-share']);
    const elements = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName && !INTERNAL.has(d.tagName)).map((d) => [d.tagName!, d]));
    expect(Object.keys(catalogue).sort()).toEqual([...elements.keys()].sort());
    for (const [tag, widget] of Object.entries(catalogue)) {
      const documented = (elements.get(tag)?.attributes ?? []).map((a) => a.name).sort();
      expect(Object.keys(widget.attributes).filter((a) => a !== 'id').sort(), tag).toEqual(documented);
      const block = JSON.parse(readFileSync(join(plugin, 'blocks', tag, 'block.json'), 'utf8')) as { name: string; render?: string };
      expect(block.name).toBe(`solidarity-widgets/${tag}`);
    }
  });

  it('the settings page offers exactly the languages the widgets speak, each named in itself', async () => {
    const offered = JSON.parse(execFileSync(php, [join(plugin, 'tests/dump-catalogue.php'), 'languages'], { encoding: 'utf8' })) as Record<string, string>;
    const { LANGUAGES } = (await import(join(root, 'packages/widgets/dist/core/i18n/languages.js'))) as { LANGUAGES: readonly { tag: string; endonym: string }[] };
    expect(offered).toEqual(Object.fromEntries(LANGUAGES.map((l) => [l.tag, l.endonym])));
  });
});
