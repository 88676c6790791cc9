#!/usr/bin/env node
// `solidarity-admin` (package.json `bin`): the admin commands from an installed package (see server-bin.ts for why
// this is a file of its own).
import { runAdminCli } from './admin.js';

runAdminCli();
