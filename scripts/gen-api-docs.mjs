// Regenerates the route and error tables of docs/api.md from the contract (run after changing it:
// `node scripts/gen-api-docs.mjs`). A contract test fails when the file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderApiTables } from './api-tables.mjs';

const file = fileURLToPath(new URL('../docs/api.md', import.meta.url));
const doc = readFileSync(file, 'utf8');
const start = '<!-- generated:start -->';
const end = '<!-- generated:end -->';
const before = doc.slice(0, doc.indexOf(start) + start.length);
const after = doc.slice(doc.indexOf(end));
writeFileSync(file, `${before}\n${await renderApiTables()}\n${after}`);
console.log('docs/api.md tables regenerated');
