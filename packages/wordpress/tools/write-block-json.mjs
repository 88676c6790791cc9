#!/usr/bin/env node
// Writes blocks/<widget>/block.json from the catalogue in includes/widgets.php (via tests/dump-catalogue.php), so
// the blocks' attributes never drift from the shortcode's. Run after changing the catalogue; a test checks it.
//   node packages/wordpress/tools/write-block-json.mjs [--check]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('..', import.meta.url));
const catalogue = JSON.parse(execFileSync('php', [`${dir}/tests/dump-catalogue.php`], { encoding: 'utf8' }));
const TYPES = { text: 'string', url: 'string', bool: 'boolean', int: 'integer' };
const check = process.argv.includes('--check');
let stale = 0;
for (const [name, widget] of Object.entries(catalogue)) {
  const block = {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 2,
    name: `solidarity-widgets/${name}`,
    version: '0.1.0',
    title: widget.title,
    category: 'widgets',
    icon: 'megaphone',
    description: widget.description,
    keywords: ['solidarity', 'election', 'constituency'],
    textdomain: 'solidarity-widgets',
    attributes: Object.fromEntries(Object.entries(widget.attributes).map(([attr, kind]) => [attr, { type: TYPES[kind] }])),
    supports: { html: false },
    editorScript: 'solidarity-widgets-editor',
  };
  const file = `${dir}/blocks/${name}/block.json`;
  const text = `${JSON.stringify(block, null, 2)}\n`;
  if (check) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {}
    if (current !== text) {
      stale++;
      console.error(`stale: ${file}`);
    }
  } else {
    mkdirSync(`${dir}/blocks/${name}`, { recursive: true });
    writeFileSync(file, text);
  }
}
process.exit(stale ? 1 : 0);
