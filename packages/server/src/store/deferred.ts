import { StoreUnavailableError } from './errors.js';
import type { Store } from './types.js';

/**
 * A Store that can be handed out before the real one is open: every call waits for `ready`. Lets the
 * server answer lookups (which need no database) while the embedded database is still starting.
 */
export function deferredStore(kind: Store['kind'], ready: Promise<Store>): Store {
  let state: 'opening' | 'open' | 'failed' = 'opening';
  // Callers see the failure on their own call; nobody is left with an unhandled rejection.
  ready.then(
    () => (state = 'open'),
    () => (state = 'failed'),
  );
  const opened = () => ready.catch((error: unknown) => Promise.reject(new StoreUnavailableError(error)));
  return {
    kind,
    query: async (sql, params) => (await opened()).query(sql, params),
    transaction: async (fn) => (await opened()).transaction(fn),
    // While the database is still opening the server is healthy (lookups answer): do not wait for it.
    async ping() {
      if (state === 'opening') return;
      await (await opened()).ping();
    },
    close: async () => (await ready.catch(() => undefined))?.close(),
  };
}
