import { StoreUnavailableError } from './errors.js';
import type { Store } from './types.js';

/**
 * A Store that can be handed out before the real one is open: every call waits for `ready`. Lets the
 * server answer lookups (which need no database) while the embedded database is still starting. While
 * `unreachable()` says the database is down (PostgreSQL not up yet), calls fail at once as unavailable.
 */
export function deferredStore(kind: Store['kind'], ready: Promise<Store>, options: { unreachable?: () => boolean } = {}): Store {
  let state: 'opening' | 'open' | 'failed' = 'opening';
  // Callers see the failure on their own call; nobody is left with an unhandled rejection.
  let real: Store | undefined;
  ready.then(
    (store) => ((real = store), (state = 'open')),
    () => (state = 'failed'),
  );
  const opened = () => {
    // Still trying to reach a database that is down (see startServer): answer 503 now rather than hold the request.
    if (state === 'opening' && options.unreachable?.()) return Promise.reject(new StoreUnavailableError('still connecting'));
    return ready.catch((error: unknown) => Promise.reject(new StoreUnavailableError(error)));
  };
  return {
    kind,
    query: async (sql, params, options) => (await opened()).query(sql, params, options),
    transaction: async (fn) => (await opened()).transaction(fn),
    // While the database is still opening the server is healthy (lookups answer): do not wait for it.
    async ping() {
      if (state === 'opening' && !options.unreachable?.()) return;
      await (await opened()).ping();
    },
    opening: () => state === 'opening',
    poolStats: () => (state === 'open' ? (real?.poolStats?.() ?? { total: 0, idle: 0, waiting: 0 }) : { total: 0, idle: 0, waiting: 0 }),
    close: async () => (await ready.catch(() => undefined))?.close(),
  };
}
