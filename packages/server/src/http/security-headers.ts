import type { Context } from 'hono';
import type { AppEnv } from './context.js';

/** For the HTML pages the server itself serves (the example page): no inline script, no eval, nothing from elsewhere. */
export const HTML_CSP_DIRECTIVES: readonly string[] = [
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
];
export const HTML_CSP = HTML_CSP_DIRECTIVES.join('; ');

/** For everything else (JSON, CSV, scripts): nothing may run or be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/** API responses are built by Hono from prepared headers; static files and HTML pages are plain `Response`s. */
export const isApiPath = (path: string): boolean => path.startsWith('/v1/') && path !== '/v1/docs';

/**
 * Security headers of API responses, prepared before the handler so Hono builds the response with them
 * (a route's own Cache-Control wins). Patching c.res.headers afterwards would make @hono/node-server
 * materialise a full Response for every request.
 */
export function prepareApiHeaders(c: Context<AppEnv>): void {
  for (const name in API_SECURITY_HEADERS) c.header(name, API_SECURITY_HEADERS[name as keyof typeof API_SECURITY_HEADERS]);
}

/** The security headers of every API response (http/fast-lookup.ts writes the same ones without Hono). */
export const API_SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Widgets call the API from partners' sites.
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'Content-Security-Policy': API_CSP,
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
} as const;

/** Security headers of the pages, scripts and files the server serves outside the JSON API. */
export function applyPageHeaders(h: Headers): void {
  h.set('X-Content-Type-Options', 'nosniff');
  h.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  // Partners' pages load the widget bundle from here.
  h.set('Cross-Origin-Resource-Policy', 'cross-origin');
  h.delete('X-Powered-By');
  if ((h.get('Content-Type') ?? '').startsWith('text/html')) {
    // A page that sets its own policy (the embed pages, framed by partners' origins, routes/embed.ts; the dev mailbox's framed email, no script at all) keeps it;
    // its `frame-ancestors` then decides who may frame it, so no X-Frame-Options (which cannot name origins).
    if (h.has('Content-Security-Policy')) return;
    h.set('Content-Security-Policy', HTML_CSP);
    h.set('X-Frame-Options', 'SAMEORIGIN');
  } else {
    h.set('Content-Security-Policy', API_CSP);
    h.set('X-Frame-Options', 'DENY');
  }
}
