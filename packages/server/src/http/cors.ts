import type { MiddlewareHandler } from 'hono';
import type { ServerConfig } from '../config.js';
import type { AppEnv } from './context.js';
import { ApiError } from './errors.js';

const READ_METHODS = new Set(['GET', 'HEAD']);
const ALLOW_HEADERS = 'Content-Type, Authorization, Idempotency-Key, X-Request-Id';
const EXPOSE_HEADERS = 'Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, X-Request-Id, Idempotent-Replayed';

export function originAllowed(config: ServerConfig, origin: string): boolean {
  return config.allowedOrigins.includes('*') || config.allowedOrigins.includes(origin);
}

const originNotAllowed = () =>
  new ApiError('origin_not_allowed', 'This site is not allowed to send data to this server. Ask the server operator to add it to ALLOWED_ORIGINS.');

/**
 * Reads are public (`*`). Writes are accepted from the configured origins only; a request without an
 * `Origin` header (server to server, the admin CLI) is not a browser and is let through.
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
      if (READ_METHODS.has(requested)) {
        headers['Access-Control-Allow-Origin'] = '*';
        headers['Access-Control-Allow-Methods'] = 'GET, HEAD, OPTIONS';
      } else {
        if (origin === undefined || !originAllowed(config, origin)) throw originNotAllowed();
        headers['Access-Control-Allow-Origin'] = origin;
        headers['Access-Control-Allow-Methods'] = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';
      }
      return c.body(null, 204, headers);
    }
    const isRead = READ_METHODS.has(method);
    if (!isRead && origin !== undefined && !originAllowed(config, origin)) throw originNotAllowed();
    // Prepared before the handler, not patched onto c.res afterwards (see security-headers.ts).
    c.header('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    if (isRead) {
      c.header('Access-Control-Allow-Origin', '*');
    } else if (origin !== undefined) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Vary', 'Origin', { append: true });
    }
    await next();
  };
}
