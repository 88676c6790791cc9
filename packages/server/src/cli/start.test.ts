import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../http/logging.js';
import { runAdmin } from './admin.js';
import { startServer, type RunningServer } from './start.js';

const root = mkdtempSync(join(tmpdir(), 'sw-start-'));
let server: RunningServer;

beforeAll(async () => {
  // A fake repo: an example page, but no widgets bundle built yet.
  mkdirSync(join(root, 'examples', 'script-tag'), { recursive: true });
  writeFileSync(join(root, 'examples', 'script-tag', 'index.html'), '<!doctype html><title>Example</title><find-your-constituency></find-your-constituency>');
  writeFileSync(join(root, 'secret.txt'), 'outside the served folder');
  server = await startServer({ port: 0, memory: true, log: silentLogger, repoRoot: root, cdnDir: join(root, 'packages', 'widgets', 'dist', 'cdn') });
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('startServer', () => {
  it('listens on an ephemeral port and answers the API over real HTTP', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.apiUrl}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', store: 'pglite' });
  });

  it('seeds demo sessions in real constituencies, one nearly full', async () => {
    const { sessions } = (await (await fetch(`${server.apiUrl}/canvass-sessions`)).json()) as { sessions: { constituency: { code: string; name: string }; placesLeft: number; startsAt: string }[] };
    expect(sessions.length).toBe(6);
    expect(sessions.map((s) => s.constituency.name)).toContain('Lewisham East');
    expect(sessions.some((s) => s.placesLeft === 1)).toBe(true);
    for (const s of sessions) expect(Date.parse(s.startsAt)).toBeGreaterThan(Date.now());
  });

  it('serves the example page with a strict CSP, and nothing outside its folder', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('find-your-constituency');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/.hidden', '/nope.html']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(404);
    }
  });

  it('explains a missing widgets bundle with a clear 404', async () => {
    const res = await fetch(`${server.url}/cdn/widgets.js`);
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toContain('npm run build -w packages/widgets');
  });

  it('accepts writes from its own origin by default and refuses others', async () => {
    const message = {
      name: 'Ana', country: 'PT', language: 'pt', message: 'Força!', consentToPublish: true, elapsedMs: 9000,
    };
    const own = await fetch(`${server.apiUrl}/solidarity-messages`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', Origin: server.url }, body: JSON.stringify(message),
    });
    expect(own.status).toBe(202);
    const other = await fetch(`${server.apiUrl}/solidarity-messages`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'https://elsewhere.example' }, body: JSON.stringify({ ...message, message: 'x' }),
    });
    expect(other.status).toBe(403);
  });

  it('the admin CLI moderates through the running server', async () => {
    const saved = { API_URL: process.env['API_URL'], ADMIN_TOKEN: process.env['ADMIN_TOKEN'] };
    process.env['API_URL'] = server.url;
    process.env['ADMIN_TOKEN'] = server.adminToken;
    try {
      let out = '';
      await runAdmin(['queue', '--json'], (t) => (out += t));
      const { messages } = JSON.parse(out) as { messages: { id: string; message: string }[] };
      const id = messages.find((m) => m.message === 'Força!')!.id;
      out = '';
      await runAdmin(['approve', id], (t) => (out += t));
      expect(out).toContain('approved');
      const wall = (await (await fetch(`${server.apiUrl}/solidarity-messages`)).json()) as { messages: { id: string }[] };
      expect(wall.messages.map((m) => m.id)).toContain(id);
      out = '';
      await runAdmin(['export-signups'], (t) => (out += t));
      expect(out.startsWith('\uFEFFsignup_id,')).toBe(true);
      await expect(runAdmin(['approve', 'not-a-uuid'], () => undefined)).rejects.toThrow(/validation_failed/);
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});

describe('on disk', () => {
  it('writes the admin token with mode 600, keeps it across restarts, and refuses a second server on the same folder', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sw-data-'));
    try {
      const first = await startServer({ port: 0, dataDir, log: silentLogger, repoRoot: root });
      const file = join(dataDir, 'admin-token');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readFileSync(file, 'utf8').trim()).toBe(first.adminToken);
      // The key client addresses are hashed with is made on the first run, owner-only.
      expect(statSync(join(dataDir, 'client-hash-secret')).mode & 0o777).toBe(0o600);
      const clientHashSecret = readFileSync(join(dataDir, 'client-hash-secret'), 'utf8');
      await expect(startServer({ port: 0, dataDir, log: silentLogger, repoRoot: root })).rejects.toThrow(/already using/);
      await first.close();
      expect(existsSync(join(dataDir, 'server.pid'))).toBe(false);

      const second = await startServer({ port: 0, dataDir, log: silentLogger, repoRoot: root });
      expect(second.adminToken).toBe(first.adminToken);
      expect(readFileSync(join(dataDir, 'client-hash-secret'), 'utf8')).toBe(clientHashSecret);
      const res = await fetch(`${second.apiUrl}/admin/solidarity-messages`, { headers: { Authorization: `Bearer ${second.adminToken}` } });
      expect(res.status).toBe(200);
      const { sessions } = (await (await fetch(`${second.apiUrl}/canvass-sessions`)).json()) as { sessions: unknown[] };
      expect(sessions).toHaveLength(6); // not seeded twice
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
