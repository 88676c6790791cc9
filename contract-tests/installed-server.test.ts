import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The server as someone installs it from npm: every package packed (`npm pack`, exactly what would be published),
 * installed from those tarballs into an empty folder outside the monorepo, and started with its `solidarity-server`
 * bin. It must find the widgets bundle as an installed dependency (not through ../../packages/widgets) and serve
 * the example page it ships. Third-party dependencies come from npm's cache when it has them (`--prefer-offline`);
 * when the registry cannot be reached for the rest, the test is skipped with the reason.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['contract', 'rules', 'data', 'sdk', 'widgets', 'server'];

function run(cmd: string, args: string[], cwd: string, timeout = 180_000): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(
      cmd,
      args,
      { cwd, timeout, maxBuffer: 32 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out: `${stdout}\n${stderr}` }),
    );
  });
}

let dir = '';
let app = '';
let offline = '';
let server: ChildProcess | undefined;
let url = '';
let stderr = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sw-installed-'));
  app = join(dir, 'app');
  mkdirSync(app);
  for (const name of PACKAGES) {
    const packed = await run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], join(root, 'packages', name));
    if (packed.code !== 0) throw new Error(`npm pack of ${name} failed: ${packed.out}`);
  }
  // Our packages only from the tarballs: `overrides` makes every dependent (server → widgets → sdk …) take them too.
  const tarballs = Object.fromEntries(PACKAGES.map((n) => [`@solidarity-widgets/${n}`, `file:../solidarity-widgets-${n}-0.1.0.tgz`]));
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'partner-server', private: true, dependencies: { '@solidarity-widgets/server': tarballs['@solidarity-widgets/server'] }, overrides: tarballs }, null, 2),
  );
  const installed = await run('npm', ['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund'], app);
  if (installed.code !== 0) {
    if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET|network|offline/i.test(installed.out)) {
      offline = installed.out.trim().split('\n').slice(-3).join(' ');
      return;
    }
    throw new Error(`npm install of the packed packages failed:\n${installed.out}`);
  }

  server = spawn(process.execPath, [join(app, 'node_modules', '.bin', 'solidarity-server')], {
    cwd: app,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(app, 'data'), LOG_LEVEL: 'error', DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not print its address:\n${stderr}`)), 60_000);
    server!.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      const m = /Example page:\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    server!.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${stderr}`)));
  });
}, 300_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 30_000);

describe('the server installed from the packed packages (npm pack → npm install → solidarity-server)', () => {
  it('installs our packages from the tarballs, beside each other, with the bins linked', (ctx) => {
    if (offline) ctx.skip(`npm could not reach the registry for third-party packages: ${offline}`);
    const widgets = realpathSync(join(app, 'node_modules/@solidarity-widgets/widgets'));
    expect(widgets.startsWith(realpathSync(app))).toBe(true);
    expect(realpathSync(join(app, 'node_modules/.bin/solidarity-admin'))).toContain('@solidarity-widgets/server');
  });

  it('serves the example page at / and the widgets bundle at /cdn/widgets.js from the installed widgets package', async (ctx) => {
    if (offline) ctx.skip(`npm could not reach the registry for third-party packages: ${offline}`);
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<find-your-constituency');
    expect(html).toContain('src="/cdn/widgets.js"');
    const bundle = await fetch(`${url}/cdn/widgets.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    expect(await bundle.text()).toContain('find-your-constituency');
    // Outside a clone the banner points at the bin, not at an npm script the install does not have.
    expect(stderr).toContain('(npx solidarity-admin help)');
  });

  it('answers a postcode lookup: SW1A 1AA is in Cities of London and Westminster', async (ctx) => {
    if (offline) ctx.skip(`npm could not reach the registry for third-party packages: ${offline}`);
    const res = await fetch(`${url}/v1/postcodes/SW1A%201AA`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { matches: { constituency: { name: string } }[] };
    expect(body.matches.map((m) => m.constituency.name)).toEqual(['Cities of London and Westminster']);
  });

  it('solidarity-admin runs from the install too', async (ctx) => {
    if (offline) ctx.skip(`npm could not reach the registry for third-party packages: ${offline}`);
    const help = await run(process.execPath, [join(app, 'node_modules', '.bin', 'solidarity-admin'), 'help'], app, 30_000);
    expect(help.code, help.out).toBe(0);
    expect(help.out).toContain('solidarity-admin');
  });
});
