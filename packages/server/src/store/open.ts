import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { migrate } from './migrate.js';
import type { Store } from './types.js';

export interface OpenStoreOptions {
  /** PostgreSQL connection string; when absent the embedded PGlite store is used. */
  readonly databaseUrl?: string | undefined;
  /** Folder for local state; PGlite keeps its database in `<dataDir>/pglite`. Ignored with `memory`. */
  readonly dataDir?: string | undefined;
  /** An in-memory PGlite database (tests). */
  readonly memory?: boolean | undefined;
  /** Apply pending migrations (default true). */
  readonly migrate?: boolean | undefined;
  /**
   * PGlite on disk: the template a new database starts from (default: the build's, `generated/pglite-template.tar.gz`,
   * when present); `null` creates the database from scratch.
   */
  readonly pgliteTemplate?: string | null | undefined;
  /** PostgreSQL: told about connections lost outside any request (server restart); see openPostgres. */
  readonly onConnectionError?: ((error: Error) => void) | undefined;
}

/** Opens PostgreSQL (`databaseUrl`) or PGlite (default) and brings its schema up to date. */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  let store: Store;
  if (options.databaseUrl) {
    const { openPostgres } = await import('./postgres.js');
    store = await openPostgres(options.databaseUrl, options.onConnectionError ? { onConnectionError: options.onConnectionError } : {});
  } else {
    const { openPglite } = await import('./pglite.js');
    if (options.memory) {
      store = await openPglite('memory://');
    } else {
      const dir = join(options.dataDir ?? '.data', 'pglite');
      mkdirSync(dir, { recursive: true });
      // A new database starts from the build's template (already created and migrated) when there is one.
      const { unpackTemplate } = await import('./pglite-template.js');
      const fromTemplate = options.pgliteTemplate !== null && unpackTemplate(dir, options.pgliteTemplate);
      store = await openPglite(dir);
      // Its migrations were applied when it was built: date them from this database's creation, as without it.
      if (fromTemplate) await store.query(`UPDATE schema_migrations SET applied_at = now()`);
    }
  }
  if (options.migrate !== false) {
    try {
      await migrate(store);
    } catch (error) {
      await store.close().catch(() => undefined);
      throw error;
    }
  }
  return store;
}
