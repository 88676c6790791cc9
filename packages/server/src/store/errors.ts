/**
 * The database cannot be reached right now (PostgreSQL restarting or failing over, connections cut, the
 * embedded database closed). Nothing in the failed call was committed; the same request can be retried
 * once the database is back, which needs no restart of this process. The HTTP layer answers 503.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  constructor(cause: unknown) {
    // The driver's reason (e.g. "connect ECONNREFUSED 127.0.0.1:5432") helps whoever reads the start-up error;
    // HTTP answers never show it, and request logs never log messages.
    super(`The database is unavailable${cause instanceof Error ? ` (${cause.message})` : ''}.`, { cause });
  }
}

// SQLSTATE classes and codes that mean "this connection or the server is gone", not "your SQL is wrong":
// 08 connection exception, 57P01 admin_shutdown (pg_terminate_backend, fast shutdown), 57P02 crash_shutdown,
// 57P03 cannot_connect_now (starting up / shutting down), 53300 too_many_connections.
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-3]|53300)$/;
const NODE_NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
// node-postgres reports lost connections and pool timeouts with plain Errors carrying these messages.
const PG_CONNECTION_MESSAGES = /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed|Cannot use a pool after calling end/i;

/** Whether a database driver's error means the database is unreachable (as opposed to a query fault). */
export function isConnectionError(error: unknown): boolean {
  if (error instanceof StoreUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || NODE_NETWORK_CODES.has(code))) return true;
  return PG_CONNECTION_MESSAGES.test(error.message);
}

/** Rethrows connection failures as StoreUnavailableError, anything else unchanged. */
export function unavailableOr(error: unknown): unknown {
  return isConnectionError(error) && !(error instanceof StoreUnavailableError) ? new StoreUnavailableError(error) : error;
}
