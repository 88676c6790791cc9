import type { Context } from 'hono';
import type { ServerConfig } from '../config.js';
import type { AppEnv } from './context.js';

/**
 * Whether the request arrived over HTTPS: its own URL, or `X-Forwarded-Proto: https` from the one proxy trusted
 * with `TRUST_PROXY` (a client's own header is ignored without it, or it could downgrade nothing but lie about TLS).
 */
export function isHttps(c: Context<AppEnv>, config: ServerConfig): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  if (!config.trustProxy) return false;
  const proto = c.req.header('x-forwarded-proto')?.split(',').at(-1)?.trim().toLowerCase();
  return proto === 'https';
}

/**
 * The origins this server answers at: `PUBLIC_URL`'s, and the request's own (its Host, with the scheme it
 * arrived over). The console is served from here, so its writes carry one of these as `Origin`.
 */
export function ownOrigins(c: Context<AppEnv>, config: ServerConfig): string[] {
  const url = new URL(c.req.url);
  const origins = [`${isHttps(c, config) ? 'https' : 'http'}://${url.host}`];
  if (config.publicUrl) origins.push(new URL(config.publicUrl).origin);
  return origins;
}

/** A browser request from the server's own pages: `Origin` is one of {@link ownOrigins}, or, without `Origin`, `Sec-Fetch-Site: same-origin`. */
export function isSameOrigin(c: Context<AppEnv>, config: ServerConfig): boolean {
  const origin = c.req.header('origin');
  if (origin !== undefined) return ownOrigins(c, config).includes(origin);
  return c.req.header('sec-fetch-site') === 'same-origin';
}
