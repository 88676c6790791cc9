import type { Context } from 'hono';
import type { ServerConfig } from '../config.js';
import type { AppEnv } from './context.js';
import { isHttps } from './own-origin.js';

/**
 * The console's session cookie. Over HTTPS it is `__Host-sw_console` with `Secure`: the prefix makes the browser
 * refuse it unless it is Secure, host-only and `Path=/`, so a sibling subdomain cannot plant one. Over plain HTTP
 * (a laptop running `npm start`) the prefix is impossible, so it is `sw_console`. HttpOnly (no script reads it) and
 * SameSite=Strict (no other site's page sends it).
 */
export function cookieName(c: Context<AppEnv>, config: ServerConfig): string {
  return isHttps(c, config) ? '__Host-sw_console' : 'sw_console';
}

/** The session cookie's value, read under the one name the request's scheme allows. */
export function readSessionCookie(c: Context<AppEnv>, config: ServerConfig): string | undefined {
  const name = cookieName(c, config);
  for (const part of (c.req.header('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}

/** `Set-Cookie` for a new session (`maxAgeSeconds`), or one that clears it (0). */
export function sessionCookie(c: Context<AppEnv>, config: ServerConfig, value: string, maxAgeSeconds: number): string {
  const secure = isHttps(c, config);
  return `${cookieName(c, config)}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}
