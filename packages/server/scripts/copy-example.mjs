#!/usr/bin/env node
// Copies the example partner page (examples/script-tag/) into dist/example/, so the server installed from npm,
// with no monorepo around it, still answers `/` (src/cli/start.ts falls back to it). Run by `npm run build`.
import { cpSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';

const from = fileURLToPath(new URL('../../../examples/script-tag/', import.meta.url));
const to = fileURLToPath(new URL('../dist/example/', import.meta.url));
if (!existsSync(from)) throw new Error(`copy-example: ${from} is missing`);
cpSync(from, to, { recursive: true });

// The organisers' console (a private workspace package): its built app goes into dist/console/, found through the
// console package's exports at build time only; the shipped server never imports the console package.
const consoleIndex = fileURLToPath(import.meta.resolve('@solidarity-widgets/console/app/index.html'));
cpSync(dirname(consoleIndex), fileURLToPath(new URL('../dist/console/', import.meta.url)), { recursive: true });
