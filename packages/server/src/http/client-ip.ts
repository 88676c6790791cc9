import { isIP } from 'node:net';
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

/** The eight 16-bit groups of an IPv6 address, or undefined when it is not one. */
function ipv6Groups(ip: string): number[] | undefined {
  if (isIP(ip) !== 6) return undefined;
  let text = ip;
  // An embedded IPv4 tail (::ffff:192.0.2.1) becomes two groups.
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((g) => parseInt(g, 16));
}

/**
 * What one client can be held to: an IPv4 address, or an IPv6 /64 (one household or phone gets a whole /64
 * and can pick any address in it, so limiting single IPv6 addresses would limit nobody). IPv4-mapped IPv6
 * addresses count as their IPv4 address.
 */
export function clientNetwork(ip: string): string {
  const bare = ip.replace(/%.*$/, '');
  const groups = ipv6Groups(bare);
  if (!groups) return bare;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [hi = 0, lo = 0] = groups.slice(6);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`;
}
