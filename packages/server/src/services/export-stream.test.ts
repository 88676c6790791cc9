import { describe, expect, it } from 'vitest';
import { makeSession, setup } from '../testing/harness.js';
import { exportIntroductions } from './local.js';
import { exportSignups } from './people.js';
import { toScopes } from './tokens.js';

/** `count` sign-ups in `session`, inserted directly (the API's rate limits and checks are not what is tested here). */
async function fill(h: Awaited<ReturnType<typeof setup>>, session: string, count: number) {
  await h.store.query(
    `INSERT INTO canvass_signups (id, session_id, name, email, languages, first_time, consent_version, consent_at, status, created_at)
     SELECT gen_random_uuid(), $1, 'Person ' || n, 'p' || n || '@example.org', '{pl,en}', n % 2 = 0, '2026-11-23', now(),
            CASE WHEN n <= 10 THEN 'confirmed' ELSE 'waitlisted' END, now() - make_interval(secs => $2 - n)
     FROM generate_series(1, $2::int) AS n`,
    [session, count],
  );
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number }> {
  const reader = stream.getReader();
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true }); // keep the BOM: Excel needs it
  let text = '';
  let chunks = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return { text, chunks };
    chunks += 1;
    text += decoder.decode(value, { stream: true });
  }
}

describe('sign-up CSV export, streamed', () => {
  it('sends every row once, in order, one page at a time, and reports the count when the download ends', async () => {
    const h = await setup();
    try {
      const session = await makeSession(h.call, h.adminToken, { capacity: 10 });
      await fill(h, session, 2_345);
      const heard: Array<[number, boolean]> = [];
      const { text, chunks } = await readAll(exportSignups(h.store, toScopes(['admin']), async (rows, complete) => void heard.push([rows, complete]), 500));
      // The byte-order mark and header, then five pages of at most 500 rows.
      expect(chunks).toBe(1 + 5);
      const lines = text.split('\r\n').filter((l) => l.length > 0);
      expect(lines[0]).toMatch(/^\uFEFFsignup_id,session_id,/);
      const emails = lines.slice(1).map((l) => l.split(',')[6]);
      expect(emails).toHaveLength(2_345);
      expect(new Set(emails).size).toBe(2_345);
      expect(emails.slice(0, 3)).toEqual(['p1@example.org', 'p2@example.org', 'p3@example.org']);
      expect(emails.at(-1)).toBe('p2345@example.org');
      expect(heard).toEqual([[2_345, true]]);

      // The route sends the same file, and the audit log has how many rows went, not who.
      const res = await h.call('GET', '/v1/admin/canvass-signups.csv', { token: h.adminToken });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/csv/);
      expect(res.text.split('\r\n').filter((l) => l.length > 0)).toHaveLength(2_346);
      const audit = await h.store.query<{ details: { rows: number; complete: boolean } }>(`SELECT details FROM audit_log WHERE action = 'export_signups'`);
      expect(audit.rows.map((r) => r.details)).toEqual([{ rows: 2_345, complete: true }]);
    } finally {
      await h.close();
    }
  });

  it('stops querying when the download stops, and says it was not complete', async () => {
    const h = await setup();
    try {
      const session = await makeSession(h.call, h.adminToken, { capacity: 10 });
      await fill(h, session, 1_200);
      const heard: Array<[number, boolean]> = [];
      const reader = exportSignups(h.store, toScopes(['admin']), async (rows, complete) => void heard.push([rows, complete]), 500).getReader();
      await reader.read(); // header
      await reader.read(); // first page
      await reader.cancel();
      expect(heard).toEqual([[500, false]]);
    } finally {
      await h.close();
    }
  });
});

/** `count` introductions naming `seat`, inserted directly; the first is a formula, the last names another seat. */
async function fillIntroductions(h: Awaited<ReturnType<typeof setup>>, seat: string, count: number) {
  await h.store.query(
    `INSERT INTO introductions (id, organisation, organisation_type, languages, constituency_codes, contact_name, email, offers, message,
       consent_version, consent_at, listing, created_at)
     SELECT gen_random_uuid(), CASE WHEN n = 1 THEN '=HYPERLINK("http://evil.example")' ELSE 'Group ' || n END, 'community_group', '{pl}',
            ARRAY[$1::text], 'Contact ' || n, 'g' || n || '@example.org', '{leaflets}', 'Line one' || chr(10) || 'line two, with a comma',
            '2026-11-23', now(), 'not_requested', now() - make_interval(secs => n)
     FROM generate_series(1, $2::int) AS n`,
    [seat, count],
  );
}

describe('introductions CSV export, streamed', () => {
  it('sends every introduction once, newest first, one page at a time (past the 1,000 the old list stopped at), formula-safe', async () => {
    const h = await setup();
    try {
      await fillIntroductions(h, 'E14001279', 2_345);
      const heard: Array<[number, boolean]> = [];
      const { text, chunks } = await readAll(exportIntroductions(h.store, h.data, toScopes(['admin']), async (rows, complete) => void heard.push([rows, complete]), 500));
      expect(chunks).toBe(1 + 5);
      // Quoted cells may hold line breaks: count records by their leading id.
      const records = text.split(/\r\n(?=[0-9a-f]{8}-)/);
      expect(records[0]).toMatch(/^\uFEFFintroduction_id,received_at,status,organisation,/);
      const organisations = records.slice(1).map((r) => r.split(',')[3]);
      expect(organisations).toHaveLength(2_345);
      // Newest first: n = 1 (the formula) was made last.
      expect(organisations.slice(0, 3)).toEqual([`"'=HYPERLINK(""http://evil.example"")"`, 'Group 2', 'Group 3']);
      expect(organisations.at(-1)).toBe('Group 2345');
      expect(new Set(organisations).size).toBe(2_345);
      // The formula cell is made inert and quoted, the multi-line message kept in one quoted cell.
      expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
      expect(text).toContain('"Line one\nline two, with a comma"');
      expect(heard).toEqual([[2_345, true]]);

      // The route sends the same file, and the audit log has how many rows went.
      const res = await h.call('GET', '/v1/admin/introductions.csv', { token: h.adminToken });
      expect(res.status).toBe(200);
      expect(`\uFEFF${res.text}`).toBe(text); // the test client's decoder drops the byte-order mark
      const audit = await h.store.query<{ details: { rows: number; complete: boolean } }>(`SELECT details FROM audit_log WHERE action = 'export_introductions'`);
      expect(audit.rows.map((r) => r.details)).toEqual([{ rows: 2_345, complete: true }]);
    } finally {
      await h.close();
    }
  });

  it('leaves the embedded store free between pages, and stops querying when the download stops', async () => {
    const h = await setup();
    try {
      await fillIntroductions(h, 'E14001279', 1_200);
      const heard: Array<[number, boolean]> = [];
      const reader = exportIntroductions(h.store, h.data, toScopes(['admin']), async (rows, complete) => void heard.push([rows, complete]), 500).getReader();
      await reader.read(); // header
      await reader.read(); // first page
      // The export is open, yet another request is answered at once: no transaction or cursor is held between pages.
      const other = await Promise.race([
        h.call('GET', '/v1/canvass-sessions').then((r) => r.status),
        new Promise((resolve) => setTimeout(() => resolve('blocked'), 5_000)),
      ]);
      expect(other).toBe(200);
      await reader.cancel();
      expect(heard).toEqual([[500, false]]);
    } finally {
      await h.close();
    }
  });
});
