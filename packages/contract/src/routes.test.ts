import { describe, expect, it } from 'vitest';
import { adminRoutes } from './admin-routes.js';
import { publicRoutes } from './public-routes.js';
import { routes } from './routes.js';

describe('route tables', () => {
  it('publicRoutes needs no token and adminRoutes always does', () => {
    expect(Object.values(publicRoutes).filter((r) => 'auth' in r)).toEqual([]);
    expect(Object.values(adminRoutes).every((r) => r.auth === 'admin')).toBe(true);
  });

  it('routes is exactly the two tables together, sharing their entries', () => {
    expect(Object.keys(routes).sort()).toEqual([...Object.keys(publicRoutes), ...Object.keys(adminRoutes)].sort());
    for (const [name, route] of Object.entries(routes)) {
      expect(route, name).toBe((publicRoutes as Record<string, unknown>)[name] ?? (adminRoutes as Record<string, unknown>)[name]);
    }
  });
});
