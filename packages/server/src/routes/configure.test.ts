import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { makeConfig } from '../config.js';
import type { AppEnv } from '../http/context.js';
import { requestLog, silentLogger } from '../http/logging.js';
import { configureRoutes } from './configure.js';

const dir = mkdtempSync(join(tmpdir(), 'sw-configure-'));
mkdirSync(join(dir, 'cdn'));
mkdirSync(join(dir, 'configure'));
writeFileSync(join(dir, 'cdn', 'integrity.json'), JSON.stringify({ version: '1.2.3', loader: 'v1.2.3/widgets.js', integrity: 'sha384-abc' }));
writeFileSync(join(dir, 'configure', 'configurator.js'), 'export {};');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function appWith(publicUrl?: string) {
  const app = new Hono<AppEnv>();
  app.use('*', requestLog(silentLogger));
  configureRoutes(app, makeConfig({ publicUrl }), { cdnDir: join(dir, 'cdn'), configureDir: join(dir, 'configure') });
  return app;
}

describe('GET /configure', () => {
  it('gives the configurator the public origin and the pinned version with its SRI hash, under the strict CSP', async () => {
    const res = await appWith('https://api.union.example').request('http://127.0.0.1:8787/configure');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<solidarity-configurator api-origin="https://api.union.example" version="1.2.3" integrity="sha384-abc">');
    expect(html).toContain('<script type="module" src="/configure/configurator.js"></script>');
    expect(html).not.toMatch(/<script>|<script type="module">|style=/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    // Without PUBLIC_URL: the address it was asked on. `/configure/` is the same page.
    expect(await (await appWith().request('http://127.0.0.1:8787/configure/')).text()).toContain('api-origin="http://127.0.0.1:8787"');
  });

  it('serves the configurator module', async () => {
    const res = await appWith().request('/configure/configurator.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });
});
