import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadElectoralData } from '@solidarity-widgets/data';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { makeConfig } from '../config.js';
import { openStore } from '../store/open.js';
import { consoleAppDir, mountConsole } from './console.js';
import { HTML_CSP } from './security-headers.js';
import { IMMUTABLE } from './static.js';

// The console as its build lays it out: index.html and hashed assets.
const dir = mkdtempSync(join(tmpdir(), 'sw-console-'));
const indexHtml = '<!doctype html><title>Organisers’ console</title><script type="module" src="/console/assets/index-B6s8WBxT.js"></script><console-app></console-app>';
mkdirSync(join(dir, 'assets'));
writeFileSync(join(dir, 'index.html'), indexHtml);
writeFileSync(join(dir, 'assets', 'index-B6s8WBxT.js'), 'export {};');

const store = await openStore({ memory: true });
const app = createApp({
  store,
  data: loadElectoralData(),
  config: makeConfig(),
  log: () => undefined,
  extend(a) {
    mountConsole(a, dir);
    // What G's development mailbox stands for: a handler of its own under /console/mail, registered after.
    a.get('/console/mail', (c) => c.text('the mailbox'));
    a.get('/*', (c) => c.text('the example page'));
  },
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await store.close();
});

describe('the console at /console', () => {
  it('answers every app address with index.html under the strict page CSP, never cached stale', async () => {
    for (const path of ['/console', '/console/', '/console/sessions', '/console/sessions/7d1f0c56-2c39-4f0e-9a53-2f6c0a3f8e11', '/console/sign-in?token=abc']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(await res.text()).toBe(indexHtml);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe(HTML_CSP);
      expect(res.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('serves hashed assets immutable, and a missing file as a 404 rather than the app', async () => {
    const asset = await app.request('/console/assets/index-B6s8WBxT.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await asset.text()).toBe('export {};');
    for (const path of ['/console/assets/index-gone1234.js', '/console/favicon.ico', '/console/assets/.hidden-Abcdefgh.js']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
  });

  it('leaves /console/mail to the development mailbox', async () => {
    const res = await app.request('/console/mail');
    expect(await res.text()).toBe('the mailbox');
  });

  it('finds the console app the build copied into the server package (served with no console package installed)', () => {
    const found = consoleAppDir();
    expect(found).toMatch(/packages[/\\]server[/\\]dist[/\\]console$/);
    expect(existsSync(join(found!, 'index.html'))).toBe(true);
  });
});
