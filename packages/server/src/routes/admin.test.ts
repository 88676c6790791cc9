import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../services/tokens.js';
import { upsertOrganiser } from '../services/organisers.js';
import { PARTNER_ORIGIN, expectShape, makeSession, messageBody, setup, signupBody } from '../testing/harness.js';

let h: Awaited<ReturnType<typeof setup>>;
let hendonSession: string;
let lewishamSession: string;
let hendonToken: string;
let lewishamToken: string;
beforeAll(async () => {
  h = await setup();
  hendonSession = await makeSession(h.call, h.adminToken, { constituencyCode: 'E14001279' });
  lewishamSession = await makeSession(h.call, h.adminToken, { constituencyCode: 'E14001331', title: 'Catford doors' });
  hendonToken = (await createToken(h.store, 'hendon', ['constituency:E14001279'])).token;
  lewishamToken = (await createToken(h.store, 'lewisham', ['constituency:E14001331'])).token;
});
afterAll(() => h.close());

/** RFC 4180 reader, enough to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

const exportCsv = (token?: string) => h.call('GET', '/v1/admin/canvass-signups.csv', token ? { token } : {});

describe('export sign-ups', () => {
  it('a constituency token exports only its own constituency\'s sign-ups', async () => {
    await h.call('POST', '/v1/canvass-signups', { body: signupBody(hendonSession, { email: 'hendon-person@example.org', name: 'Hendon Person' }) });
    await h.call('POST', '/v1/canvass-signups', { body: signupBody(lewishamSession, { email: 'lewisham-person@example.org', name: 'Lewisham Person' }) });
    const res = await exportCsv(hendonToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="canvass-signups-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.text).toContain('hendon-person@example.org');
    expect(res.text).not.toContain('lewisham-person@example.org');
    const all = await exportCsv(h.adminToken);
    expect(all.text).toContain('lewisham-person@example.org');
  });

  it('partner-only tokens cannot export (403) and no token is 401', async () => {
    const partner = (await createToken(h.store, 'partner', ['partner:unite-polish-branch'])).token;
    expect((await exportCsv(partner)).status).toBe(403);
    expect((await exportCsv()).status).toBe(401);
  });

  it('is UTF-8 with a BOM, RFC 4180 quoted, and safe from formula injection', async () => {
    const evil = ['=HYPERLINK("http://evil.example","click")', '+44 cmd', '-1+1', '@SUM(A1)', '\tTabbed', 'Zoë "Zed", Ó Briain'];
    for (const [i, name] of evil.entries()) {
      const res = await h.call('POST', '/v1/canvass-signups', { body: signupBody(hendonSession, { email: `csv${i}@example.org`, name }) });
      expect(res.status, name).toBe(201);
    }
    const res = await h.app.request('/v1/admin/canvass-signups.csv', { headers: { Authorization: `Bearer ${hendonToken}` } });
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
    const rows = parseCsv(text);
    const header = rows[0]!;
    const nameCol = header.indexOf('name');
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    const names = rows.slice(1).map((r) => r[nameCol]);
    // `text()` trims, so the tab-leading name arrives as "Tabbed"; the others keep their dangerous first character.
    expect(names).toEqual(expect.arrayContaining([`'=HYPERLINK("http://evil.example","click")`, "'+44 cmd", "'-1+1", "'@SUM(A1)", 'Zoë "Zed", Ó Briain']));
    for (const name of names) expect(name).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('erase a person', () => {
  it('admin erases every sign-up and message for an email, in any case', async () => {
    await upsertOrganiser(h.store, { email: 'hendon-organiser@example.org', name: 'Hendon Organiser', scopes: ['constituency:E14001279'] });
    await h.call('POST', '/v1/canvass-signups', { body: signupBody(hendonSession, { email: 'erase-me@example.org', name: 'Erasable Person' }) });
    await h.call('POST', '/v1/canvass-signups', { body: signupBody(hendonSession, { email: 'stays@example.org', name: 'Staying Person' }) });
    await h.call('POST', '/v1/canvass-signups', { body: signupBody(lewishamSession, { email: 'Erase-Me@example.org' }) });
    await h.call('POST', '/v1/solidarity-messages', { origin: PARTNER_ORIGIN, body: messageBody({ email: 'erase-me@example.org', message: 'erase me please' }) });
    const res = await h.call('DELETE', `/v1/admin/people?email=${encodeURIComponent('ERASE-ME@example.org')}`, { token: h.adminToken });
    expect(res.status).toBe(200);
    expect(expectShape('adminErasePerson', res.json)).toEqual({ erased: { canvassSignups: 2, solidarityMessages: 1, introductions: 0, pledges: 0 } });
    const left = await h.store.query(`SELECT 1 FROM canvass_signups WHERE lower(email) = 'erase-me@example.org'`);
    expect(left.rows).toHaveLength(0);
    // Their confirmation emails (name, session) go too.
    expect((await h.store.query(`SELECT 1 FROM outbox WHERE lower(to_address) = 'erase-me@example.org'`)).rows).toHaveLength(0);
    // And the organiser's "new sign-up" email that names them; the one about someone else stays.
    await h.renderOutbox();
    const notices = await h.store.query<{ text_body: string }>(`SELECT text_body FROM outbox WHERE kind = 'organiser-signup'`);
    expect(notices.rows.map((r) => r.text_body).filter((t) => t.includes('Erasable Person'))).toEqual([]);
    expect(notices.rows.filter((r) => r.text_body.includes('Staying Person'))).toHaveLength(1);
  });

  it('a constituency token erases only within its constituencies', async () => {
    await h.call('POST', '/v1/canvass-signups', { body: signupBody(hendonSession, { email: 'scoped@example.org' }) });
    await h.call('POST', '/v1/canvass-signups', { body: signupBody(lewishamSession, { email: 'scoped@example.org' }) });
    const res = await h.call('DELETE', '/v1/admin/people?email=scoped@example.org', { token: lewishamToken });
    expect(res.json).toEqual({ erased: { canvassSignups: 1, solidarityMessages: 0, introductions: 0, pledges: 0 } });
    const { rows } = await h.store.query<{ session_id: string }>(`SELECT session_id FROM canvass_signups WHERE email = 'scoped@example.org'`);
    expect(rows).toEqual([{ session_id: hendonSession }]);
    // Only the email about the erased sign-up went: the Hendon confirmation is another organiser's business.
    await h.renderOutbox();
    const emails = await h.store.query<{ subject: string }>(`SELECT subject FROM outbox WHERE to_address = 'scoped@example.org'`);
    expect(emails.rows.map((r) => r.subject)).toEqual(['You are signed up: \u2068Hendon: Saturday canvass\u2069']);
  });

  it('refuses a malformed email with 400 and no token with 401', async () => {
    expect((await h.call('DELETE', '/v1/admin/people?email=nope', { token: h.adminToken })).status).toBe(400);
    expect((await h.call('DELETE', '/v1/admin/people?email=a@b.org')).status).toBe(401);
  });
});

describe('logs', () => {
  it('carry method, route pattern, status, ms and request id, and never personal data, tokens or postcodes', async () => {
    h.logs.length = 0;
    const email = 'private.person+logs@example.org';
    const sign = await h.call('POST', '/v1/canvass-signups', { body: signupBody(hendonSession, { email, name: 'Very Private Name', phone: '+44 7700 900123' }) });
    expect(sign.status).toBe(201);
    await h.call('POST', '/v1/solidarity-messages', { body: messageBody({ message: 'A secret message text', email }) });
    await h.call('GET', '/v1/postcodes/SE13%206AA');
    await h.call('DELETE', `/v1/admin/people?email=${encodeURIComponent(email)}`, { token: h.adminToken });
    await h.call('POST', '/v1/canvass-signups', { body: signupBody('8f0e7a5c-3c1d-4b7e-9a55-3f1f6c2b9d10', { email }) });
    const text = h.logs.map((l) => JSON.stringify(l)).join('\n');
    for (const secret of [email, 'private.person', 'Very Private Name', '7700 900123', 'A secret message text', 'SE13', h.adminToken]) {
      expect(text).not.toContain(secret);
    }
    const line = h.logs.find((l) => l['route'] === 'POST /v1/canvass-signups');
    expect(line).toMatchObject({ method: 'POST', status: 201, requestId: expect.any(String), ms: expect.any(Number) });
    expect(h.logs.find((l) => l['route'] === 'GET /v1/postcodes/{postcode}')).toBeDefined();
  });
});
