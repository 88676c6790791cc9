import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { AppEnv } from './context.js';
import { acceptsEncoding } from './static.js';

/** Below this an answer is sent as it is: the headers would cost more than the bytes saved. */
const THRESHOLD_BYTES = 1024;
const BROTLI_OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }; // fast enough per request, ~gzip -9 size

/**
 * JSON answers compressed (brotli, else gzip) for a client that accepts it, from 1 KB up, with
 * `Vary: Accept-Encoding` whenever the client sent Accept-Encoding. Written for the hot path instead of hono's `compress()`: that one touches every response
 * after it is built (even for clients that accept no encoding), which took the postcode lookup from ~9,100 to ~2,400
 * requests/s here. This one leaves the response alone unless it will really compress it.
 *
 * The routes' own answers (routes/mount.ts, the error handler) are made by {@link jsonAnswer}, which compresses them from
 * their text as it makes them; only an answer made any other way is read back out of its Response here, which for a
 * browser (every browser sends Accept-Encoding) cost a sign-up a third of a millisecond of CPU even when it was too
 * small to compress (docs/decisions/0010-write-path.md, "Fifth round").
 */
export function compressJson(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const accept = c.req.header('Accept-Encoding');
    // Only for clients that send Accept-Encoding (every browser does): setting any header on an answer built with
    // c.json() costs @hono/node-server its fast path (~4x here). An identity answer without Vary is still right for
    // any client that a cache may give it to.
    if (accept !== undefined) c.header('Vary', 'Accept-Encoding', { append: true });
    const encoding = jsonEncoding(accept);
    await next();
    if (!encoding || c.req.method === 'HEAD') return;
    const res = c.res;
    if (answered.has(res)) return;
    if (!res.body || res.headers.has('Content-Encoding') || !/^application\/json\b/i.test(res.headers.get('Content-Type') ?? '')) return;
    const body = Buffer.from(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    if (body.length < THRESHOLD_BYTES) {
      c.res = new Response(body, { status: res.status, statusText: res.statusText, headers });
      return;
    }
    const compressed = compressJsonBody(body, encoding);
    headers.set('Content-Encoding', encoding);
    headers.set('Content-Length', String(compressed.length));
    const etag = headers.get('ETag');
    if (etag) headers.set('ETag', weakened(etag));
    c.res = new Response(compressed, { status: res.status, statusText: res.statusText, headers });
  };
}

/** Answers made by jsonAnswer: already as they should be sent. */
const answered = new WeakSet<Response>();

/**
 * A JSON answer made from its text: compressed here (brotli, else gzip) when the client accepts it and the text is 1 KB
 * or more, as compressJson would, but without building a Response first and reading it back.
 */
export function jsonAnswer(c: Context<AppEnv>, text: string, status: ContentfulStatusCode, headers: Record<string, string> = {}): Response {
  const wire = jsonOnTheWire(text, c.req.method === 'HEAD' ? undefined : c.req.header('Accept-Encoding'));
  let response: Response;
  if (wire.encoding) {
    const etag = headers['ETag'];
    response = c.body(new Uint8Array(wire.body.buffer as ArrayBuffer, wire.body.byteOffset, wire.body.byteLength), status, {
      ...headers,
      ...(etag ? { ETag: weakened(etag) } : {}),
      'Content-Type': 'application/json',
      'Content-Encoding': wire.encoding,
      'Content-Length': String(wire.length),
    });
  } else {
    response = c.body(text, status, { ...headers, 'Content-Type': 'application/json' });
  }
  answered.add(response);
  return response;
}

/**
 * A JSON answer's text as it goes to a client with this Accept-Encoding: brotli, else gzip, from 1 KB up; otherwise the
 * text as it is. `length` is the bytes sent (jsonAnswer, and http/fast-lookup.ts which answers without Hono).
 */
export function jsonOnTheWire(
  text: string,
  accept: string | undefined,
): { readonly body: string; readonly encoding: undefined; readonly length: number } | { readonly body: Buffer; readonly encoding: 'br' | 'gzip'; readonly length: number } {
  const length = Buffer.byteLength(text);
  const encoding = length >= THRESHOLD_BYTES ? jsonEncoding(accept) : undefined;
  if (!encoding) return { body: text, encoding, length };
  const body = compressJsonBody(Buffer.from(text), encoding);
  return { body, encoding, length: body.length };
}

/** A strong ETag made weak: the compressed bytes are not the bytes it names. */
const weakened = (etag: string): string => (etag.startsWith('W/') ? etag : `W/${etag}`);

/** The encoding a JSON answer gets for this Accept-Encoding: brotli, else gzip, else none. */
function jsonEncoding(accept: string | undefined): 'br' | 'gzip' | undefined {
  return acceptsEncoding(accept, 'br') ? 'br' : acceptsEncoding(accept, 'gzip') ? 'gzip' : undefined;
}

function compressJsonBody(body: Buffer, encoding: 'br' | 'gzip'): Buffer {
  return encoding === 'br' ? brotliCompressSync(body, BROTLI_OPTIONS) : gzipSync(body);
}
