#!/usr/bin/env node
// Empties a package's dist/ before its build. tsc never deletes what it wrote earlier, so a renamed module or a
// setting turned off (declaration maps, ADR 0007) would otherwise leave stale files that `npm pack` ships.
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
