import type { Context } from 'hono';
import type { AppEnv } from './context.js';

/**
 * The client's IP: the socket's peer, or with `trustProxy` the last hop a proxy appended to
 * `X-Forwarded-For` (assumes exactly one trusted proxy in front; earlier entries are client-supplied).
 */
export function clientIp(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for');
    if (forwarded) {
      const hops = forwarded.split(',').map((h) => h.trim()).filter((h) => h.length > 0 && h.length <= 64);
      const last = hops[hops.length - 1];
      if (last) return last;
    }
  }
  return c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
