import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './context.js';
import { ApiError } from './errors.js';

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
        throw new ApiError('payload_too_large', `The request body is larger than ${Math.floor(maxBytes / 1024)} KB.`, { maxBytes }, { Connection: 'close' });
      },
    });
  const api = limited(apiMaxBytes);
  const other = limited(Math.min(apiMaxBytes, FORM_MAX_BYTES));
  return (c, next) => (c.req.path.startsWith('/v1/') ? api : other)(c, next);
}
