import type { Store } from './types.js';

/**
 * A Store that can be handed out before the real one is open: every call waits for `ready`. Lets the
 * server answer lookups (which need no database) while the embedded database is still starting.
 */
export function deferredStore(kind: Store['kind'], ready: Promise<Store>): Store {
  // Callers see the failure on their own call; nobody is left with an unhandled rejection.
  ready.catch(() => undefined);
  return {
    kind,
    query: async (sql, params) => (await ready).query(sql, params),
    transaction: async (fn) => (await ready).transaction(fn),
    close: async () => (await ready.catch(() => undefined))?.close(),
  };
}
