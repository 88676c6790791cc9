import { describe, expect, it } from 'vitest';
import { adminRoutes } from './admin-routes.js';
import { publicRoutes } from './public-routes.js';
import { consoleRoutes } from './console-routes.js';
import { impliedErrors, routes } from './routes.js';
import { errorStatus } from './errors.js';

describe('route tables', () => {
  it('publicRoutes needs no token and adminRoutes always does', () => {
    expect(Object.values(publicRoutes).filter((r) => 'auth' in r)).toEqual([]);
    expect(Object.values(adminRoutes).every((r) => r.auth === 'admin')).toBe(true);
  });

  it('the console table holds only sign-in routes (no auth) and session routes (the cookie)', () => {
    expect(Object.values(consoleRoutes).map((r) => ('auth' in r ? r.auth : 'none')).sort()).toEqual(['console', 'console', 'console', 'console', 'none', 'none']);
  });

  it('routes is exactly the three tables together, sharing their entries', () => {
    expect(Object.keys(routes).sort()).toEqual([...Object.keys(publicRoutes), ...Object.keys(adminRoutes), ...Object.keys(consoleRoutes)].sort());
    for (const [name, route] of Object.entries(routes)) {
      const tables = [publicRoutes, adminRoutes, consoleRoutes] as Record<string, unknown>[];
      expect(route, name).toBe(tables.map((t) => t[name]).find((r) => r !== undefined));
    }
  });
});

describe('declared statuses and error codes', () => {
  it('every route lists the codes its mounting implies (validated input, JSON body, token, write, key)', () => {
    for (const [name, route] of Object.entries(routes)) {
      expect(impliedErrors(route).filter((c) => !(route.errors as readonly string[]).includes(c)), name).toEqual([]);
    }
  });

  it('lists each code once, and no server fault: those apply to every route and the generator adds them', () => {
    for (const [name, route] of Object.entries(routes)) {
      expect(new Set(route.errors).size, name).toBe(route.errors.length);
      expect(route.errors.filter((c) => errorStatus[c] >= 500), name).toEqual([]);
    }
  });
});
