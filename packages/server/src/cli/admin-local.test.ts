import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../http/logging.js';
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

describe('admin CLI: local contacts and introductions', () => {
  it('sets a local contact, lists introductions, marks one contacted, decides its listing, exports and erases', async () => {
    expect(await admin('set-local-contact', '--constituency', 'E14001331', '--name', 'Lewisham East Labour', '--email', 'hello@example.org',
      '--website', 'https://lewisham.example.org', '--meeting-point', 'Catford Library', '--languages', 'en,pl')).toBe('Local contact for Lewisham East: Lewisham East Labour\n');
    const contact = await (await fetch(`${server.apiUrl}/constituencies/E14001331/local-contact`)).json();
    expect(contact).toMatchObject({ meetingPlace: 'Catford Library', languages: ['en', 'pl'] });

    const res = await fetch(`${server.apiUrl}/introductions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        organisation: 'Catford Tamil Welfare', organisationType: 'community_group', languages: ['ta'], constituencies: ['E14001331'],
        contactName: 'Priya Raman', email: 'priya@example.org', offers: ['translators'], consentToContact: true, consentVersion: '2026-12-01',
        listInDirectory: true,
      }),
    });
    expect(res.status).toBe(201);
    const id = ((await res.json()) as { introduction: { id: string } }).introduction.id;

    let out = await admin('introductions', '--status', 'new');
    expect(out).toContain(id);
    expect(out).toMatch(/Catford Tamil Welfare \(community_group\) — Lewisham East/);
    expect(out).toMatch(/Priya Raman <priya@example.org>\s+offers: translators/);

    expect(await admin('introduction-status', id, 'contacted')).toBe(`${id}: contacted (Catford Tamil Welfare)\n`);
    await expect(admin('introduction-status', id, 'done')).rejects.toThrow(/new, contacted or closed/);
    expect(await admin('approve-listing', id)).toBe(`${id}: listing approved (Catford Tamil Welfare)\n`);
    const json = JSON.parse(await admin('introductions', '--listing', 'approved', '--json')) as { introductions: { id: string }[] };
    expect(json.introductions.map((i) => i.id)).toEqual([id]);
    expect(await admin('export-introductions')).toContain('Catford Tamil Welfare');
    expect(await admin('erase', 'priya@example.org')).toBe('Erased 0 sign-up(s), 0 message(s) and 1 introduction(s).\n');
    expect(await admin('introductions')).toBe('No introductions.\n');
  });
});
