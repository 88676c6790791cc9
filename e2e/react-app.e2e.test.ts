import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { silentLogger } from '@solidarity-widgets/server';
import { startServer, type RunningServer } from '@solidarity-widgets/server/start';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';

// examples/react-app: a React 19 app (Vite) using the widgets with the JSX types the package ships
// (`@solidarity-widgets/widgets/react`, generated from custom-elements.json).
const root = fileURLToPath(new URL('..', import.meta.url));
const app = join(root, 'examples/react-app');
const tsc = join(createRequire(import.meta.url).resolve('typescript/package.json'), '..', 'bin', 'tsc');
const typecheck = (project: string) => spawnSync(process.execPath, [tsc, '-p', project], { cwd: root, encoding: 'utf8', timeout: 120_000 });

describe('TypeScript', () => {
  it('the React app typechecks with tsc: the elements, their attributes and their typed events are known to JSX', () => {
    const run = typecheck(join(app, 'tsconfig.json'));
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('the types catch mistakes: a wrong attribute value, an unknown attribute (TypeScript checks names without a hyphen only), a wrong field of an event detail', () => {
    const dir = join(root, 'node_modules/.cache/react-jsx-check');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'src'), { recursive: true });
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: join(app, 'tsconfig.json'), include: ['src'] }));
    writeFileSync(
      join(dir, 'src', 'bad.tsx'),
      `import type {} from '@solidarity-widgets/widgets/react';
export const a = <find-your-constituency nearby-count="five" />;
export const b = <find-your-constituency postcod="SE6 4AA" />;
export const c = <find-your-constituency onconstituency-found={(e) => e.detail.mp.nope} />;
export const d = <solidarity-wall theme="purple" />;
`,
    );
    const run = typecheck(join(dir, 'tsconfig.json'));
    rmSync(dir, { recursive: true, force: true });
    const errors = [...(run.stdout + run.stderr).matchAll(/bad\.tsx\((\d+),\d+\): error/g)].map((m) => Number(m[1]));
    expect([...new Set(errors)].sort()).toEqual([2, 3, 4, 5]);
  });
});

describe('in Chromium', () => {
  let api: RunningServer;
  let browser: Browser;
  let site: Server;
  let siteUrl = '';

  beforeAll(async () => {
    // The app as built by `npm run build` (its workspace's `vite build`), served as a developer would deploy it.
    const dist = join(app, 'dist');
    if (!existsSync(join(dist, 'index.html'))) throw new Error('examples/react-app is not built: run npm run build');
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
    site = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      let file = join(dist, path);
      if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) file = join(dist, 'index.html');
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    api = await startServer({ port: 0, memory: true, seed: true, log: silentLogger });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await new Promise((resolve) => site?.close(resolve));
  });

  it('renders the finder; the typed onconstituency-found prop receives the event; React passes attributes through', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${siteUrl}/?api=${encodeURIComponent(api.url)}`);
    const finder = page.locator('find-your-constituency');
    expect(await finder.getAttribute('nearby-count')).toBe('3');
    expect(await finder.getAttribute('show-map')).toBe('');
    await finder.getByLabel('Your postcode').fill('SE6 4AA');
    await finder.getByRole('button', { name: 'Find', exact: true }).click();
    await expect.poll(() => page.locator('#found').innerText(), { timeout: 15_000 }).toBe('The app heard: Lewisham East (safe), postcode area SE6 4.');
    // Rendered by React from the event's detail, with a boolean property (`follow={false}`).
    // (React 19 sets a custom element's property when it has one, else the attribute.)
    const canvass = page.locator('sign-up-to-canvass');
    await expect.poll(() => canvass.evaluate((el) => (el as HTMLElement & { constituency?: string }).constituency)).toBe('E14001331');
    expect(await canvass.evaluate((el) => (el as HTMLElement & { follow: boolean }).follow)).toBe(false);
    await expect.poll(() => canvass.getByRole('heading', { name: /Lewisham East/ }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
