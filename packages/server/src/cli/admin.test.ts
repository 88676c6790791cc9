import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../http/logging.js';
import { futureIso, signupBody } from '../testing/harness.js';
import { runAdmin } from './admin.js';
import { startServer, type RunningServer } from './start.js';

let server: RunningServer;
const saved = { API_URL: process.env['API_URL'], ADMIN_TOKEN: process.env['ADMIN_TOKEN'] };
beforeAll(async () => {
  server = await startServer({ port: 0, memory: true, seed: false, log: silentLogger });
  process.env['API_URL'] = server.url;
  process.env['ADMIN_TOKEN'] = server.adminToken;
});
afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await server.close();
});

const admin = async (...args: string[]) => {
  let out = '';
  await runAdmin(args, (t) => (out += t));
  return out;
};

describe('admin CLI: sessions, signups, cancel-session', () => {
  it('lists sessions and sign-ups, and cancels a session, through the running server', async () => {
    let out = await admin('create-session', '--constituency', 'E14001279', '--title', 'CLI canvass', '--starts', futureIso(6, 10), '--ends', futureIso(6, 12),
      '--meeting-point', 'Colindale', '--organiser', 'Hendon CLP', '--contact', 'hendon@example.org', '--capacity', '1');
    const id = /Created session ([0-9a-f-]{36})/.exec(out)?.[1];
    expect(id).toBeDefined();
    for (const email of ['first@example.org', 'second@example.org']) {
      const res = await fetch(`${server.apiUrl}/canvass-signups`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(signupBody(id!, { email })) });
      expect(res.status).toBe(201);
    }
    out = await admin('sessions');
    expect(out).toContain(`${id}`);
    expect(out).toMatch(/full\s+1\/1 confirmed\s+Hendon: CLI canvass/);

    out = await admin('signups', '--session', id!);
    expect(out.trim().split('\n')).toEqual([
      expect.stringMatching(/confirmed\s+Aleksandra Nowak <first@example.org>/),
      expect.stringMatching(/waitlisted\s+Aleksandra Nowak <second@example.org>/),
    ]);
    const json = JSON.parse(await admin('signups', '--json')) as { signups: unknown[] };
    expect(json.signups).toHaveLength(2);

    expect(await admin('cancel-session', id!)).toBe(`${id}: cancelled (CLI canvass)\n`);
    expect(await admin('sessions')).toMatch(/cancelled\s+1\/1 confirmed/);
    await expect(admin('cancel-session', '8f0e7a5c-3c1d-4b7e-9a55-3f1f6c2b9d10')).rejects.toThrow(/session_not_found/);
    await expect(admin('cancel-session')).rejects.toThrow(/Missing session id/);
  });

  it('help tells how to keep npm\'s banner out of redirected output', async () => {
    expect(await admin('help')).toContain('npm run --silent admin --');
  });
});

describe('admin CLI: queue', () => {
  it('marks a message that was sent quickly, so the moderator looks twice; an unhurried one is not marked', async () => {
    const send = (message: string, elapsedMs: number) =>
      fetch(`${server.apiUrl}/solidarity-messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Ola', country: 'PL', language: 'pl', message, consentToPublish: true, elapsedMs }),
      });
    expect((await send('Fast but human', 900)).status).toBe(202);
    expect((await send('Slow and steady', 60_000)).status).toBe(202);
    const lines = (await admin('queue')).split('\n');
    const header = (text: string) => lines[lines.findIndex((l) => l.includes(text)) - 1] ?? '';
    expect(header('Fast but human')).toContain('(sent quickly: check it is not automated)');
    expect(header('Slow and steady')).not.toContain('sent quickly');
  });
});
