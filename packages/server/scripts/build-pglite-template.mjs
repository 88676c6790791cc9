#!/usr/bin/env node
// Builds the PGlite template a new `.data/` starts from (src/store/pglite-template.ts): a database created and
// migrated once here, so the first `npm start` unpacks it instead of running PGlite's initdb. Run by `npm run build`
// after tsc. Written to generated/ (not shipped in the npm package).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildPgliteTemplate, TEMPLATE_FILE, templateMetaFile } from '../dist/store/pglite-template.js';

const started = Date.now();
const { archive, meta } = await buildPgliteTemplate();
mkdirSync(dirname(TEMPLATE_FILE), { recursive: true });
writeFileSync(TEMPLATE_FILE, archive);
writeFileSync(templateMetaFile(TEMPLATE_FILE), `${JSON.stringify(meta)}\n`);
console.log(`pglite template: ${(archive.length / 1e6).toFixed(1)} MB, migrations ${meta.migrations.join(',')}, PGlite ${meta.pglite}, ${Date.now() - started} ms`);
