import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.js';

/** For the HTML pages the server itself serves (the example page): no inline script, no eval, nothing from elsewhere. */
export const HTML_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** For everything else (JSON, CSV, scripts): nothing may run or be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    // Widgets load the bundle and call the API from partners' sites.
    h.set('Cross-Origin-Resource-Policy', 'cross-origin');
    h.delete('X-Powered-By');
    const type = h.get('Content-Type') ?? '';
    if (type.startsWith('text/html')) {
      h.set('Content-Security-Policy', HTML_CSP);
      h.set('X-Frame-Options', 'SAMEORIGIN');
    } else {
      h.set('Content-Security-Policy', API_CSP);
      h.set('X-Frame-Options', 'DENY');
    }
    if (c.req.path.startsWith('/v1/') && !h.has('Cache-Control')) h.set('Cache-Control', 'no-store');
  };
}
