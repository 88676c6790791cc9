#!/usr/bin/env node
/**
 * `npm run move-to-postgres -- <postgres-url>`: moves what `npm start` kept in the embedded store (`DATA_DIR`,
 * default `.data`) into an empty PostgreSQL database, migrating it first. Stop the server before running it: the
 * embedded store is one process's at a time. Afterwards start the server with `DATABASE_URL` set; `.data/` is left
 * as it was (keep it until you have checked the new server, then delete it: it holds personal data).
 */
import { openStore } from '../store/open.js';
import { copyStore } from '../store/copy-store.js';
import { takeLock } from './lock.js';

async function main(): Promise<void> {
  const url = process.argv[2] ?? process.env['DATABASE_URL'];
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    console.error('Usage: npm run move-to-postgres -- postgres://user:password@host:5432/database   (DATA_DIR selects the embedded store, default .data)');
    process.exit(2);
  }
  const dataDir = process.env['DATA_DIR'] ?? '.data';
  const unlock = takeLock(dataDir);
  try {
    const from = await openStore({ dataDir });
    const to = await openStore({ databaseUrl: url });
    try {
      const report = await copyStore(from, to);
      for (const { table, rows } of report.tables) console.log(`${table}: ${rows} rows`);
      console.log(`Done. Start the server with DATABASE_URL set to this database; ${dataDir}/ is unchanged.`);
    } finally {
      await Promise.allSettled([from.close(), to.close()]);
    }
  } finally {
    unlock();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
