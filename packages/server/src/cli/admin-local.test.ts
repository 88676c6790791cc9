import { describe, expect, it } from 'vitest';
import { useCliServer } from '../testing/cli.js';

const cli = useCliServer();
const admin = cli.admin;

describe('admin CLI: local contacts and introductions', () => {
  it('sets a local contact, lists introductions, marks one contacted, decides its listing, exports and erases', async () => {
    expect(await admin('set-local-contact', '--constituency', 'E14001331', '--name', 'Lewisham East Labour', '--email', 'hello@example.org',
      '--website', 'https://lewisham.example.org', '--meeting-point', 'Catford Library', '--languages', 'en,pl')).toBe('Local contact for Lewisham East: Lewisham East Labour\n');
    const contact = await (await fetch(`${cli.server.apiUrl}/constituencies/E14001331/local-contact`)).json();
    expect(contact).toMatchObject({ meetingPlace: 'Catford Library', languages: ['en', 'pl'] });

    const res = await fetch(`${cli.server.apiUrl}/introductions`, {
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
    expect(await admin('erase', 'priya@example.org')).toBe('Erased 0 sign-up(s), 0 message(s), 1 introduction(s) and 0 pledge(s).\n');
    expect(await admin('introductions')).toBe('No introductions.\n');
  });
});
