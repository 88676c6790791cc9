#!/usr/bin/env node
// `solidarity-server` (package.json `bin`). Its own file because npm runs a bin through a symlink in
// node_modules/.bin, so start.ts's "was I the script node ran?" check would not recognise itself.
import { runServerCli } from './start.js';

runServerCli();
