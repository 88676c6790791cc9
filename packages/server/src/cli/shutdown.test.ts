import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The real server process (`node src/cli/start.ts`, as `npm start` runs it) on a PGlite folder, stopped with SIGTERM
// the way systemd, Docker or a platform stops it during a deploy.
const tsx = createRequire(import.meta.url).resolve('tsx');
const dataDir = mkdtempSync(join(tmpdir(), 'sw-shutdown-'));
const ORIGIN = 'https://partner.example';
const children: ChildProcess[] = [];

async function startProcess(graceSeconds = 20): Promise<{ child: ChildProcess; api: string; output: () => string }> {
  const child = spawn(process.execPath, ['--import', tsx, join(import.meta.dirname, 'start.ts')], {
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, ALLOWED_ORIGINS: ORIGIN, LOG_LEVEL: 'silent', SHUTDOWN_GRACE_SECONDS: String(graceSeconds) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (!/Database ready/.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, api: /API:\s+(\S+)/.exec(output)![1]!, output: () => output };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('SIGTERM', () => {
  it('finishes the request in flight, refuses new connections, exits 0 and leaves the database intact', async () => {
    const first = await startProcess();
    const text = `Sent while the server was stopping ${Date.now()}`;
    const body = JSON.stringify({ name: 'Amara', country: 'NG', language: 'en', message: text, consentToPublish: true, partner: 'shutdown-test', elapsedMs: 20_000 });
    // A slow client: the headers and half the body now, the rest after SIGTERM. The request is in flight throughout.
    const req = request(`${first.api}/solidarity-messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), Origin: ORIGIN },
    });
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
    });
    req.write(body.slice(0, 20));
    await sleep(500);
    first.child.kill('SIGTERM');
    await sleep(1000);
    // The listening socket is closed at once: a new connection is refused while the old request goes on.
    await expect(fetch(`${first.api}/health`)).rejects.toThrow();
    expect(first.child.exitCode).toBeNull();
    req.end(body.slice(20));
    const res = await answer;
    expect(res.status).toBe(202);
    expect(await exited(first.child)).toBe(0);
    expect(first.output()).toContain('SIGTERM: finishing requests in flight');

    // The next start opens the same PGlite folder cleanly, and the message sent during the shutdown is there.
    const second = await startProcess();
    const token = readFileSync(join(dataDir, 'admin-token'), 'utf8').trim();
    const queue = await fetch(`${second.api}/admin/solidarity-messages`, { headers: { Authorization: `Bearer ${token}` } });
    expect(queue.status).toBe(200);
    expect(JSON.stringify(await queue.json())).toContain(text);
    second.child.kill('SIGINT');
    expect(await exited(second.child)).toBe(0);
  }, 120_000);

  it('cuts a request that outlasts SHUTDOWN_GRACE_SECONDS and still exits 0', async () => {
    const proc = await startProcess(1);
    const req = request(`${proc.api}/solidarity-messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': 1000, Origin: ORIGIN } });
    const outcome = new Promise<string>((resolve) => {
      req.on('response', (res) => resolve(`answered ${res.statusCode}`));
      req.on('error', (error) => resolve(`cut: ${error.message}`));
    });
    req.write('{"name":');
    await sleep(500);
    const stoppedAt = Date.now();
    proc.child.kill('SIGTERM');
    expect(await exited(proc.child)).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(8_000);
    expect(await outcome).toMatch(/^cut/);
  }, 120_000);
});
