#!/usr/bin/env node
// Copies the example partner page (examples/script-tag/) into dist/example/, so the server installed from npm,
// with no monorepo around it, still answers `/` (src/cli/start.ts falls back to it). Run by `npm run build`.
import { cpSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../../../examples/script-tag/', import.meta.url));
const to = fileURLToPath(new URL('../dist/example/', import.meta.url));
if (!existsSync(from)) throw new Error(`copy-example: ${from} is missing`);
cpSync(from, to, { recursive: true });
