import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppEnv } from './context.js';
import { findRepoRoot, serveFolder } from './static.js';

const dir = mkdtempSync(join(tmpdir(), 'sw-static-'));
mkdirSync(join(dir, 'cdn', 'chunks'), { recursive: true });
writeFileSync(join(dir, 'cdn', 'widgets.js'), 'export const x = 1;');
writeFileSync(join(dir, 'cdn', 'chunks', 'wall-abc123.js'), 'export {};');
writeFileSync(join(dir, 'cdn', '.env'), 'SECRET=1');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const app = new Hono<AppEnv>();
app.get('/cdn/*', serveFolder({ root: join(dir, 'cdn'), prefix: '/cdn/', cors: true, cacheControl: 'public, max-age=300', missingMessage: 'missing' }));

describe('serveFolder', () => {
  it('serves the bundle as JavaScript that any site may load as a module', async () => {
    const res = await app.request('/cdn/widgets.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(await res.text()).toBe('export const x = 1;');
    expect((await app.request('/cdn/chunks/wall-abc123.js')).status).toBe(200);
  });

  it('never serves dot-files, folders or paths outside the root', async () => {
    for (const path of ['/cdn/.env', '/cdn/chunks', '/cdn/../cdn/widgets.js/..', '/cdn/%2e%2e/%2e%2e/etc/passwd', '/cdn/%00', '/cdn/%E0%A4%A']) {
      expect((await app.request(path)).status, path).toBe(404);
    }
  });
});

describe('findRepoRoot', () => {
  it('finds the workspace root from inside a package', () => {
    const found = findRepoRoot(join(import.meta.dirname, '..', '..'));
    expect(found).toBeDefined();
    expect(found!.endsWith('packages/server')).toBe(false);
  });
});
