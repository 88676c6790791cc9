import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './context.js';
import { payloadTooLarge } from './body.js';

/** The HTML forms the server serves (the cancellation page) post two short fields. */
export const FORM_MAX_BYTES = 4 * 1024;

/**
 * A body limit on every route that takes a body, HTML forms included: a declared `Content-Length` over the
 * limit is refused before a byte is read; a chunked body is read only until it passes the limit (at most
 * `maxBytes` is ever held). The 413 closes the connection, so the rest of a huge upload is never read.
 * JSON routes under /v1 also stream-check in readJsonBody; this is the floor for everything else.
 */
export function bodyLimits(apiMaxBytes: number): MiddlewareHandler<AppEnv> {
  const limited = (maxBytes: number) =>
    bodyLimit({
      maxSize: maxBytes,
      onError: () => {
        throw payloadTooLarge(maxBytes, { Connection: 'close' });
      },
    });
  const formMaxBytes = Math.min(apiMaxBytes, FORM_MAX_BYTES);
  const api = limited(apiMaxBytes);
  const other = limited(formMaxBytes);
  return (c, next) => {
    const isApi = c.req.path.startsWith('/v1/');
    // A declared length is all there is to check (Node's parser never reads past it), as hono's bodyLimit does; decided
    // here without touching the request's body, so a JSON write can read it straight from the socket (body.ts) instead
    // of through a web stream made for the check.
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      const maxBytes = isApi ? apiMaxBytes : formMaxBytes;
      if (parseInt(length, 10) > maxBytes) {
        throw payloadTooLarge(maxBytes, { Connection: 'close' });
      }
      return next();
    }
    return (isApi ? api : other)(c, next);
  };
}
