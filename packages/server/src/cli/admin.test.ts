import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { futureIso, messageBody, signupBody } from '../testing/harness.js';
import { apiUrlFromEnv } from './admin.js';
import { useCliServer } from '../testing/cli.js';

const cli = useCliServer();
const admin = cli.admin;

describe('admin CLI: sessions, signups, cancel-session', () => {
  it('lists sessions and sign-ups, and cancels a session, through the running server', async () => {
    let out = await admin('create-session', '--constituency', 'E14001279', '--title', 'CLI canvass', '--starts', futureIso(6, 10), '--ends', futureIso(6, 12),
      '--meeting-point', 'Colindale', '--organiser', 'Hendon CLP', '--contact', 'hendon@example.org', '--capacity', '1');
    const id = /Created session ([0-9a-f-]{36})/.exec(out)?.[1];
    expect(id).toBeDefined();
    for (const email of ['first@example.org', 'second@example.org']) {
      const res = await fetch(`${cli.server.apiUrl}/canvass-signups`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(signupBody(id!, { email })) });
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

/** Anything a terminal would act on rather than show: C0 except LF (and CR of CRLF), DEL, C1, bidi controls. */
const ACTIVE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;

describe('admin CLI: what people typed is shown inert (issue 11)', () => {
  // The API now refuses these characters, so the rows are given them the way older data could hold them: in SQL.
  const abusive = 'The abusive text\r\u001b[2KThank you for your solidarity';

  it('queue, --json, signups, introductions and export-signups show escapes as text, never raw', async () => {
    const sent = await fetch(`${cli.server.apiUrl}/solidarity-messages`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(messageBody({ message: 'placeholder text', partner: 'inert-test' })),
    });
    expect(sent.status).toBe(202);
    const messageId = ((await sent.json()) as { message: { id: string } }).message.id;
    await cli.server.store.query('UPDATE solidarity_messages SET message = $2, name = $3 WHERE id = $1', [messageId, abusive, 'Kasia\u202eevil\u009b2K']);

    const queue = await admin('queue');
    expect(queue).toContain('The abusive text\\u000d\\u001b[2KThank you for your solidarity');
    expect(queue).toContain('Kasia\\u202eevil\\u009b2K');
    expect(queue).not.toMatch(ACTIVE);
    const json = await admin('queue', '--json');
    expect(json).not.toMatch(ACTIVE);
    const parsed = JSON.parse(json) as { messages: { id: string; message: string; name: string }[] };
    expect(parsed.messages.find((m) => m.id === messageId)).toMatchObject({ message: abusive, name: 'Kasia\u202eevil\u009b2K' });

    const created = await admin('create-session', '--constituency', 'E14001279', '--title', 'Inert canvass', '--starts', futureIso(7, 10), '--ends', futureIso(7, 12),
      '--meeting-point', 'Colindale', '--organiser', 'Hendon CLP', '--contact', 'hendon@example.org', '--capacity', '5');
    const sessionId = /Created session ([0-9a-f-]{36})/.exec(created)?.[1] ?? '';
    const signed = await fetch(`${cli.server.apiUrl}/canvass-signups`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(signupBody(sessionId, { email: 'inert@example.org' })),
    });
    expect(signed.status).toBe(201);
    await cli.server.store.query(`UPDATE canvass_signups SET name = $1 WHERE lower(email) = 'inert@example.org'`, ['Ola\r\u001b]0;owned\u0007\u2066Nowak']);
    const signups = await admin('signups', '--session', sessionId);
    expect(signups).toContain('Ola\\u000d\\u001b]0;owned\\u0007\\u2066Nowak <inert@example.org>');
    expect(signups).not.toMatch(ACTIVE);

    const csv = await admin('export-signups');
    expect(csv).toContain('Ola\\u000d\\u001b]0;owned\\u0007\\u2066Nowak');
    expect(csv).not.toMatch(ACTIVE);
    const dir = mkdtempSync(join(tmpdir(), 'sw-inert-'));
    try {
      const file = join(dir, 'signups.csv');
      await admin('export-signups', '--out', file);
      const written = readFileSync(file, 'utf8');
      expect(written).toContain('Ola\\u000d\\u001b]0;owned\\u0007\\u2066Nowak');
      expect(written).not.toMatch(ACTIVE);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    const intro = await fetch(`${cli.server.apiUrl}/introductions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        organisation: 'Placeholder', organisationType: 'community_group', languages: ['ta'], constituencies: ['E14001279'],
        contactName: 'Priya', email: 'priya-inert@example.org', offers: [], consentToContact: true, consentVersion: '2026-12-01', message: 'Hello',
      }),
    });
    expect(intro.status).toBe(201);
    await cli.server.store.query(`UPDATE introductions SET organisation = $1, message = $2 WHERE email = 'priya-inert@example.org'`, ['Org\u001b[31m', abusive]);
    const introductions = await admin('introductions');
    expect(introductions).toContain('Org\\u001b[31m (community_group)');
    expect(introductions).toContain('The abusive text\\u000d\\u001b[2KThank you');
    expect(introductions).not.toMatch(ACTIVE);
  });
});

describe('admin CLI: erase-message and purge (issue 11)', () => {
  it('erases a message sent without an email by id, and purges rejected messages past 30 days', async () => {
    const send = async (message: string) => {
      const res = await fetch(`${cli.server.apiUrl}/solidarity-messages`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(messageBody({ message, partner: 'cli-erase' })),
      });
      return ((await res.json()) as { message: { id: string } }).message.id;
    };
    const id = await send('Sent without an email, approved');
    await admin('approve', id);
    expect(await admin('erase', 'nobody@example.org')).toBe('Erased 0 sign-up(s), 0 message(s), 0 introduction(s) and 0 pledge(s).\n');
    expect(await admin('erase-message', id)).toBe('Erased 1 message(s).\n');
    const wall = (await (await fetch(`${cli.server.apiUrl}/solidarity-messages?partner=cli-erase`)).json()) as { messages: unknown[] };
    expect(wall.messages).toEqual([]);
    await expect(admin('erase-message', id)).rejects.toThrow(/message_not_found/);
    await expect(admin('erase-message')).rejects.toThrow(/Missing message id/);

    const rejected = await send('Rejected, kept for 30 days only');
    await admin('reject', rejected);
    expect(await admin('purge')).toBe('Purged 0 message(s) rejected more than 30 days ago.\n');
    await cli.server.store.query(`UPDATE solidarity_messages SET rejected_at = now() - interval '30 days 1 minute' WHERE id = $1`, [rejected]);
    expect(await admin('purge')).toBe('Purged 1 message(s) rejected more than 30 days ago.\n');
    expect(await admin('queue', '--status', 'rejected')).not.toContain(rejected);
  });
});

describe('admin CLI: where the server is (issue 11)', () => {
  it('uses API_URL, else the PORT (and HOST) the server was started with, else 8787', () => {
    expect(apiUrlFromEnv({ API_URL: 'https://api.example.org', PORT: '8811' })).toBe('https://api.example.org');
    expect(apiUrlFromEnv({ PORT: '8811' })).toBe('http://127.0.0.1:8811');
    expect(apiUrlFromEnv({ PORT: '8811', HOST: '0.0.0.0' })).toBe('http://127.0.0.1:8811');
    expect(apiUrlFromEnv({ PORT: '8811', HOST: '::1' })).toBe('http://[::1]:8811');
    expect(apiUrlFromEnv({ PORT: '8811', HOST: '192.0.2.5' })).toBe('http://192.0.2.5:8811');
    expect(apiUrlFromEnv({})).toBe('http://127.0.0.1:8787');
    expect(() => apiUrlFromEnv({ PORT: 'eighty' })).toThrow(/PORT must be/);
  });

  it('with PORT set and no API_URL, it reaches the server on that port', async () => {
    const port = new URL(cli.server.url).port;
    const saved = { API_URL: process.env['API_URL'], PORT: process.env['PORT'] };
    delete process.env['API_URL'];
    process.env['PORT'] = port;
    try {
      expect(await admin('queue', '--status', 'approved', '--json')).toMatch(/"messages"/);
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});

describe('admin CLI: queue', () => {
  it('marks a message that was sent quickly, so the moderator looks twice; an unhurried one is not marked', async () => {
    const send = (message: string, elapsedMs: number) =>
      fetch(`${cli.server.apiUrl}/solidarity-messages`, {
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
