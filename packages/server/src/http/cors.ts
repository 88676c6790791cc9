import type { MiddlewareHandler } from 'hono';
import type { ServerConfig } from '../config.js';
import type { AppEnv } from './context.js';
import { ApiError } from './errors.js';
import { ownOrigins } from './own-origin.js';

const READ_METHODS = new Set(['GET', 'HEAD']);
/**
 * Request headers a browser may send. Besides the API's own, the standard tracing and correlation headers
 * (W3C Trace Context and Baggage, Sentry, Zipkin B3, request ids), so the SDK's `headers` option can carry
 * them from a partner's page. Listed in docs/embedding.md.
 */
export const ALLOW_HEADERS = [
  'Content-Type', 'Authorization', 'Idempotency-Key',
  'X-Request-Id', 'X-Correlation-Id', 'traceparent', 'tracestate', 'baggage', 'sentry-trace',
  'b3', 'X-B3-TraceId', 'X-B3-SpanId', 'X-B3-ParentSpanId', 'X-B3-Sampled', 'X-B3-Flags',
].join(', ');
const EXPOSE_HEADERS = 'Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, X-Request-Id, Idempotent-Replayed';
/** What every read (GET, HEAD) answers with: public to any page (http/fast-lookup.ts writes the same). */
export const READ_CORS_HEADERS = { 'Access-Control-Expose-Headers': EXPOSE_HEADERS, 'Access-Control-Allow-Origin': '*' } as const;

export function originAllowed(config: ServerConfig, origin: string): boolean {
  return config.allowedOrigins.includes('*') || config.allowedOrigins.includes(origin);
}

/**
 * The refusal carries `Access-Control-Allow-Origin` for the origin it refuses: without it the browser hides
 * the answer and the partner's page sees only a network failure ("check your connection"). Reading the 403
 * lets the SDK raise `origin_not_allowed` and the widgets say what is wrong. Nothing is written either way.
 */
const originNotAllowed = (raw: string) => {
  const origin = wellFormed(raw);
  return new ApiError(
    'origin_not_allowed',
    `This site${origin ? ` (${origin})` : ''} is not allowed to send data to this server. Ask the server operator to add it to ALLOWED_ORIGINS.`,
    { origin: origin ?? null, setting: 'ALLOWED_ORIGINS' },
    origin ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': EXPOSE_HEADERS, Vary: 'Origin' } : {},
  );
};

/** What a browser sends as `Origin` (scheme://host[:port], or `null`); anything else is never echoed. */
function wellFormed(origin: string): string | undefined {
  return /^[a-z][a-z0-9+.-]*:\/\/[A-Za-z0-9.\-[\]:]{1,200}$|^null$/.test(origin) ? origin : undefined;
}

/**
 * Reads are public (`*`). Writes are accepted from the configured origins only; a request without an
 * `Origin` header (server to server, the admin CLI) is not a browser and is let through.
 *
 * Every preflight is answered, for any origin: a preflight only asks whether the browser may send the
 * request, and refusing it would hide the real answer. The write itself is then refused with a 403 the
 * page can read. No credentials are ever allowed, so answering a preflight grants nothing.
 */
export function cors(config: ServerConfig): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const origin = c.req.header('origin');
    const method = c.req.method.toUpperCase();
    if (method === 'OPTIONS') {
      c.set('route', 'preflight');
      const requested = (c.req.header('access-control-request-method') ?? 'GET').toUpperCase();
      const headers: Record<string, string> = {
        'Access-Control-Allow-Headers': ALLOW_HEADERS,
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      };
      const echo = origin === undefined ? undefined : wellFormed(origin);
      if (READ_METHODS.has(requested) || echo === undefined) {
        headers['Access-Control-Allow-Origin'] = '*';
        headers['Access-Control-Allow-Methods'] = READ_METHODS.has(requested) ? 'GET, HEAD, OPTIONS' : 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';
      } else {
        headers['Access-Control-Allow-Origin'] = echo;
        headers['Access-Control-Allow-Methods'] = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';
      }
      return c.body(null, 204, headers);
    }
    const isRead = READ_METHODS.has(method);
    // The server's own pages (the console, the example page) may always write to it.
    if (!isRead && origin !== undefined && !originAllowed(config, origin) && !ownOrigins(c, config).includes(origin)) throw originNotAllowed(origin);
    // Prepared before the handler, not patched onto c.res afterwards (see security-headers.ts).
    if (isRead) {
      for (const name in READ_CORS_HEADERS) c.header(name, READ_CORS_HEADERS[name as keyof typeof READ_CORS_HEADERS]);
      await next();
      return;
    }
    c.header('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    if (origin !== undefined) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Vary', 'Origin', { append: true });
    }
    await next();
  };
}
