import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../services/tokens.js';
import { PARTNER_ORIGIN, expectShape, setup } from '../testing/harness.js';

const HENDON = 'E14001279';
const LEWISHAM_EAST = 'E14001331';
const LEWISHAM_NORTH = 'E14001332';
const LEWISHAM_WEST = 'E14001333';
const WESTMINSTER = 'E14001172';

let h: Awaited<ReturnType<typeof setup>>;
let hendonToken: string;
let lewishamToken: string;
let partnerToken: string;
beforeAll(async () => {
  h = await setup();
  hendonToken = (await createToken(h.store, 'hendon', [`constituency:${HENDON}`])).token;
  lewishamToken = (await createToken(h.store, 'lewisham', [`constituency:${LEWISHAM_EAST}`])).token;
  partnerToken = (await createToken(h.store, 'partner', ['partner:unite-polish-branch'])).token;
});
afterAll(() => h.close());

function introduction(overrides: Record<string, unknown> = {}) {
  return {
    organisation: 'Polish Workers Association Lewisham',
    organisationType: 'diaspora_association',
    communities: 'Polish families in south-east London',
    languages: ['pl', 'en'],
    constituencies: [LEWISHAM_EAST],
    contactName: 'Marta Kowalska',
    email: 'marta@example.org',
    offers: ['canvassers', 'translators'],
    message: 'We can bring ten people on Saturdays.',
    consentToContact: true,
    consentVersion: '2026-12-01',
    partner: 'unite-polish-branch',
    ...overrides,
  };
}

const introduce = (overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  h.call('POST', '/v1/introductions', { origin: PARTNER_ORIGIN, headers, body: introduction(overrides) });
const inbox = async (token: string, query = '') =>
  expectShape('adminIntroductions', (await h.call('GET', `/v1/admin/introductions${query}`, { token })).json).introductions;
const decide = (id: string, token: string, body: Record<string, unknown> = { decision: 'approve' }) =>
  h.call('POST', `/v1/admin/introductions/${id}/decision`, { token, body });
const groups = async (query: string) => {
  const res = await h.call('GET', `/v1/local-groups?${query}`);
  expect(res.status, res.text).toBe(200);
  return expectShape('listLocalGroups', res.json);
};

describe('local contact', () => {
  it('404 local_contact_not_found until an organiser sets one; then anyone can read it', async () => {
    const none = await h.call('GET', `/v1/constituencies/${HENDON}/local-contact`);
    expect(none.status).toBe(404);
    expect(none.json.error.code).toBe('local_contact_not_found');

    const set = await h.call('PUT', `/v1/admin/constituencies/${HENDON}/local-contact`, {
      token: hendonToken,
      body: { name: 'Hendon Labour', email: 'hello@hendon.example', website: 'https://hendon.example', meetingPlace: 'Thursdays, Burnt Oak Library', languages: ['en', 'so', 'en'] },
    });
    expect(set.status, set.text).toBe(200);
    expect(expectShape('adminSetLocalContact', set.json)).toMatchObject({ constituency: { code: HENDON, name: 'Hendon' }, languages: ['en', 'so'] });

    const got = await h.call('GET', `/v1/constituencies/${HENDON}/local-contact`);
    expect(got.status).toBe(200);
    expect(expectShape('getLocalContact', got.json)).toMatchObject({ name: 'Hendon Labour', email: 'hello@hendon.example', meetingPlace: 'Thursdays, Burnt Oak Library' });

    // Replacing it drops what is no longer given.
    await h.call('PUT', `/v1/admin/constituencies/${HENDON}/local-contact`, {
      token: hendonToken,
      body: { name: 'Hendon Labour Party', email: 'hello@hendon.example', languages: [] },
    });
    expect((await h.call('GET', `/v1/constituencies/${HENDON}/local-contact`)).json).toMatchObject({ name: 'Hendon Labour Party', website: null, meetingPlace: null });
  });

  it('/v1/local-groups carries the seat\'s contact, null (200, not 404) while it has none', async () => {
    const before = await groups(`constituency=${LEWISHAM_WEST}`);
    expect(before.localContact).toBeNull();
    const set = await h.call('PUT', `/v1/admin/constituencies/${LEWISHAM_EAST}/local-contact`, {
      token: lewishamToken,
      body: { name: 'Lewisham East Labour', email: 'hello@lewisham.example', languages: ['en', 'pl'] },
    });
    expect(set.status, set.text).toBe(200);
    expect((await groups(`constituency=${LEWISHAM_EAST}`)).localContact).toMatchObject({
      constituency: { code: LEWISHAM_EAST }, name: 'Lewisham East Labour', email: 'hello@lewisham.example', languages: ['en', 'pl'],
    });
    // A neighbour's contact is not this seat's.
    expect((await groups(`constituency=${LEWISHAM_WEST}`)).localContact).toBeNull();
  });

  it('an organiser can only set their own seats\' contact; no token is 401', async () => {
    const body = { name: 'Not mine', email: 'x@example.org', languages: [] };
    expect((await h.call('PUT', `/v1/admin/constituencies/${LEWISHAM_EAST}/local-contact`, { token: hendonToken, body })).status).toBe(403);
    expect((await h.call('PUT', `/v1/admin/constituencies/${LEWISHAM_EAST}/local-contact`, { token: partnerToken, body })).status).toBe(403);
    expect((await h.call('PUT', `/v1/admin/constituencies/${LEWISHAM_EAST}/local-contact`, { body })).status).toBe(401);
    expect((await h.call('PUT', `/v1/admin/constituencies/${LEWISHAM_EAST}/local-contact`, { token: lewishamToken, body })).status).toBe(200);
  });

  it('refuses unsafe websites and bad codes with a 4xx', async () => {
    const bad = await h.call('PUT', `/v1/admin/constituencies/${HENDON}/local-contact`, {
      token: h.adminToken,
      body: { name: 'X', email: 'x@example.org', website: 'javascript:alert(1)', languages: [] },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details.fields[0].field).toBe('website');
    expect((await h.call('GET', '/v1/constituencies/E14999999/local-contact')).json.error.code).toBe('constituency_not_found');
    expect((await h.call('GET', '/v1/constituencies/nope/local-contact')).status).toBe(400);
  });
});

describe('introductions', () => {
  it('are stored as new and routed only to the organisers of the seats they name', async () => {
    const res = await introduce({ organisation: 'Routing test org', constituencies: [LEWISHAM_EAST, HENDON] });
    expect(res.status, res.text).toBe(201);
    const receipt = expectShape('requestIntroduction', res.json);
    expect(receipt.introduction).toMatchObject({ status: 'new', listing: 'not_requested' });
    expect(receipt.introduction.constituencies.map((c) => c.name)).toEqual(['Lewisham East', 'Hendon']);

    const lewishamOnly = await introduce({ organisation: 'Lewisham only org' });
    const lewishamId = lewishamOnly.json.introduction.id as string;

    const hendonInbox = await inbox(hendonToken);
    expect(hendonInbox.map((i) => i.organisation)).toContain('Routing test org');
    expect(hendonInbox.map((i) => i.id)).not.toContain(lewishamId);
    const lewishamInbox = await inbox(lewishamToken);
    expect(lewishamInbox.map((i) => i.organisation)).toEqual(expect.arrayContaining(['Routing test org', 'Lewisham only org']));
    // The organiser sees who to contact.
    expect(lewishamInbox.find((i) => i.id === lewishamId)).toMatchObject({ contactName: 'Marta Kowalska', email: 'marta@example.org', offers: ['canvassers', 'translators'] });
  });

  it('an organiser cannot read or change another constituency\'s introduction (404, as if absent); partner tokens have no inbox (403)', async () => {
    const id = (await introduce({ organisation: 'Scoped org' })).json.introduction.id as string;
    const patched = await h.call('PATCH', `/v1/admin/introductions/${id}`, { token: hendonToken, body: { status: 'contacted' } });
    // Out of scope looks like absent.
    expect(patched.status).toBe(404);
    expect(patched.json.error.code).toBe('introduction_not_found');
    expect((await h.call('GET', '/v1/admin/introductions', { token: partnerToken })).status).toBe(403);
    expect((await h.call('GET', '/v1/admin/introductions')).status).toBe(401);
    expect((await h.call('GET', '/v1/admin/introductions.csv', { token: partnerToken })).status).toBe(403);
  });

  it('organisers mark them contacted then closed, and filter by status', async () => {
    const id = (await introduce({ organisation: 'Status org' })).json.introduction.id as string;
    const res = await h.call('PATCH', `/v1/admin/introductions/${id}`, { token: lewishamToken, body: { status: 'contacted' } });
    expect(res.status, res.text).toBe(200);
    expect(expectShape('adminUpdateIntroduction', res.json).status).toBe('contacted');
    expect((await inbox(lewishamToken, '?status=contacted')).map((i) => i.id)).toEqual([id]);
    await h.call('PATCH', `/v1/admin/introductions/${id}`, { token: lewishamToken, body: { status: 'closed' } });
    expect((await inbox(lewishamToken, '?status=new')).map((i) => i.id)).not.toContain(id);
    const missing = await h.call('PATCH', '/v1/admin/introductions/8f0e7a5c-3c1d-4b7e-9a55-3f1f6c2b9d10', { token: h.adminToken, body: { status: 'closed' } });
    expect(missing.json.error.code).toBe('introduction_not_found');
    expect((await h.call('PATCH', `/v1/admin/introductions/${id}`, { token: h.adminToken, body: { status: 'done' } })).status).toBe(400);
  });

  it('organisers keep notes on an introduction: saved with or without a status, cleared with empty text, in the CSV, audited without their text', async () => {
    const id = (await introduce({ organisation: 'Notes org', constituencies: [HENDON], email: 'notes@example.org' })).json.introduction.id as string;
    const note = 'Called Marta on Tuesday.\nThey can bring 10 people on 12 Dec.';
    const saved = await h.call('PATCH', `/v1/admin/introductions/${id}`, { token: hendonToken, body: { notes: `  ${note}  ` } });
    expect(saved.status, saved.text).toBe(200);
    expect(expectShape('adminUpdateIntroduction', saved.json)).toMatchObject({ notes: note, status: 'new' });
    // A status change alone keeps the notes.
    const both = await h.call('PATCH', `/v1/admin/introductions/${id}`, { token: hendonToken, body: { status: 'contacted' } });
    expect(both.json).toMatchObject({ notes: note, status: 'contacted' });
    expect((await inbox(hendonToken)).find((i) => i.id === id)?.notes).toBe(note);
    const csv = (await h.call('GET', '/v1/admin/introductions.csv', { token: hendonToken })).text;
    expect(csv.split('\r\n')[0]).toMatch(/,notes$/);
    expect(csv).toContain(`"${note}"`);
    // Other seats' organisers cannot write notes on it (out of scope looks like absent).
    const other = await h.call('PATCH', `/v1/admin/introductions/${id}`, { token: lewishamToken, body: { notes: 'mine now' } });
    expect(other.json.error.code).toBe('introduction_not_found');
    // Control characters are refused; an empty body says what is missing; too long is a field error.
    const escape = await h.call('PATCH', `/v1/admin/introductions/${id}`, { token: hendonToken, body: { notes: 'ok\u001b[2Khidden' } });
    expect(escape.status).toBe(400);
    expect(escape.json.error.code).toBe('validation_failed');
    expect((await h.call('PATCH', `/v1/admin/introductions/${id}`, { token: hendonToken, body: {} })).status).toBe(400);
    const long = await h.call('PATCH', `/v1/admin/introductions/${id}`, { token: hendonToken, body: { notes: 'x'.repeat(2001) } });
    expect(long.json.error.details.fields[0]).toMatchObject({ field: 'notes' });
    // Empty text clears them.
    const cleared = await h.call('PATCH', `/v1/admin/introductions/${id}`, { token: hendonToken, body: { notes: '' } });
    expect(cleared.json).toMatchObject({ notes: null, status: 'contacted' });
    // The audit log says notes changed, never what they say.
    const audit = await h.store.query<{ details: unknown }>(
      `SELECT details FROM audit_log WHERE action = 'introduction_update' AND subject_id = $1`, [id]);
    expect(audit.rows.map((r) => r.details)).toContainEqual({ notes: 'changed' });
    expect(JSON.stringify(audit.rows)).not.toContain('Marta');
  });

  it('export is a formula-safe CSV of the organiser\'s own introductions', async () => {
    await introduce({ organisation: '=HYPERLINK("http://evil.example")', constituencies: [HENDON], email: 'csv@example.org' });
    const res = await h.call('GET', '/v1/admin/introductions.csv', { token: hendonToken });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(res.text).not.toContain('Lewisham only org');
  });

  it('validates: consent must be ticked, at least one seat, known seats only, no 5xx on garbage', async () => {
    const noConsent = await introduce({ consentToContact: false });
    expect(noConsent.status).toBe(400);
    expect(noConsent.json.error.details.fields).toEqual([expect.objectContaining({ field: 'consentToContact', code: 'must_accept' })]);
    expect((await introduce({ constituencies: [] })).json.error.details.fields[0]).toMatchObject({ field: 'constituencies', code: 'required' });
    const unknown = await introduce({ constituencies: [LEWISHAM_EAST, 'E14999999'] });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.details.fields[0].field).toBe('constituencies.1');
    expect((await introduce({ organisationType: 'party' })).status).toBe(400);
    expect((await introduce({ offers: ['money'] })).status).toBe(400);
    for (const rawBody of ['', 'null', '[]', '{"organisation":', '"text"', JSON.stringify({ organisation: { a: 1 } })]) {
      const res = await h.call('POST', '/v1/introductions', { rawBody, headers: { 'Content-Type': 'application/json' } });
      expect(res.status, rawBody).toBeGreaterThanOrEqual(400);
      expect(res.status, rawBody).toBeLessThan(500);
    }
    for (const path of ['/v1/local-groups', '/v1/local-groups?constituency=x', '/v1/local-groups?postcode=%00', '/v1/local-groups?constituency=E14001331&postcode=SE13', '/v1/admin/introductions/not-a-uuid/decision']) {
      const post = path.endsWith('decision');
      const res = await h.call(post ? 'POST' : 'GET', path, post ? { token: h.adminToken, body: { decision: 'approve' } } : {});
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
    }
  });

  it('a retry with the same Idempotency-Key stores one introduction; writes from other origins are refused', async () => {
    const headers = { 'Idempotency-Key': 'intro-retry-1' };
    const first = await introduce({ organisation: 'Flaky connection org' }, headers);
    const again = await introduce({ organisation: 'Flaky connection org' }, headers);
    expect(again.text).toBe(first.text);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const { rows } = await h.store.query(`SELECT 1 FROM introductions WHERE organisation = 'Flaky connection org'`);
    expect(rows).toHaveLength(1);
    const evil = await h.call('POST', '/v1/introductions', { origin: 'https://evil.example', body: introduction() });
    expect(evil.json.error.code).toBe('origin_not_allowed');
  });

  it('are rate limited like other writes', async () => {
    const limited = await setup({ rateLimit: { perIp: 2 } });
    try {
      const send = () => limited.call('POST', '/v1/introductions', { body: introduction() });
      expect((await send()).status).toBe(201);
      expect((await send()).status).toBe(201);
      const third = await send();
      expect(third.status).toBe(429);
      expect(third.json.error.code).toBe('rate_limited');
      expect(third.headers.get('retry-after')).toMatch(/^\d+$/);
    } finally {
      await limited.close();
    }
  });
});

describe('groups directory', () => {
  it('lists a group only after it asked and a moderator approved, in its seat and the neighbours', async () => {
    const asked = await introduce({ organisation: 'Lewisham Tamil Association', languages: ['ta', 'en'], listInDirectory: true, showContactInDirectory: true, email: 'tamil@example.org' });
    expect(asked.json.introduction.listing).toBe('pending');
    const id = asked.json.introduction.id as string;
    const notAsked = (await introduce({ organisation: 'Private org' })).json.introduction.id as string;

    expect((await groups(`constituency=${LEWISHAM_EAST}`)).groups.map((g) => g.organisation)).not.toContain('Lewisham Tamil Association');

    expect((await decide(notAsked, lewishamToken)).json.error.code).toBe('listing_not_requested');
    expect((await decide(id, hendonToken)).status).toBe(404);
    const approved = await decide(id, lewishamToken);
    expect(approved.status, approved.text).toBe(200);
    expect(expectShape('adminDecideListing', approved.json).listing).toBe('approved');

    const here = await groups(`constituency=${LEWISHAM_EAST}`);
    expect(here.constituency).toEqual({ code: LEWISHAM_EAST, name: 'Lewisham East' });
    const listed = here.groups.find((g) => g.id === id);
    expect(listed).toMatchObject({ organisation: 'Lewisham Tamil Association', languages: ['ta', 'en'], distanceKm: 0, contact: { email: 'tamil@example.org' } });
    // Never the contact person's name or the message.
    expect(JSON.stringify(here)).not.toContain('Marta Kowalska');
    expect(JSON.stringify(here)).not.toContain('ten people on Saturdays');

    // A neighbouring seat finds it too, further down and with its distance.
    const west = await groups(`constituency=${LEWISHAM_WEST}`);
    expect(west.nearby.map((n) => n.code)).toContain(LEWISHAM_EAST);
    expect(west.groups.find((g) => g.id === id)?.distanceKm).toBeGreaterThan(0);
    // Far away: not listed.
    expect((await groups(`constituency=${HENDON}`)).groups.map((g) => g.id)).not.toContain(id);
  });

  it('shows no contact unless the group agreed, and a rejected listing disappears', async () => {
    const id = (await introduce({ organisation: 'Quiet Group', listInDirectory: true, constituencies: [LEWISHAM_NORTH] })).json.introduction.id as string;
    await decide(id, h.adminToken);
    const listed = (await groups(`constituency=${LEWISHAM_NORTH}`)).groups.find((g) => g.id === id);
    expect(listed?.contact).toBeNull();
    const rejected = await decide(id, h.adminToken, { decision: 'reject', reason: 'Not an organisation' });
    expect(rejected.json).toMatchObject({ listing: 'rejected', rejectionReason: 'Not an organisation' });
    expect((await groups(`constituency=${LEWISHAM_NORTH}`)).groups.map((g) => g.id)).not.toContain(id);
  });

  it('takes a postcode: the seats it spans count as home', async () => {
    const list = await groups('postcode=se13%206');
    expect(list.constituency?.code).toBe(LEWISHAM_EAST);
    expect(list.nearby.map((n) => n.code)).not.toContain(LEWISHAM_NORTH);
    expect((await h.call('GET', '/v1/local-groups?postcode=NOT%20A%20POSTCODE')).json.error.code).toBe('postcode_invalid');
    expect((await groups(`constituency=${WESTMINSTER}`)).nearby).toHaveLength(6);
  });
});

describe('erasure', () => {
  it('erasing a person by email removes their introductions and listings, within the token\'s reach', async () => {
    const mine = (await introduce({ organisation: 'Erase me org', email: 'erase-intro@example.org', listInDirectory: true })).json.introduction.id as string;
    await decide(mine, h.adminToken);
    await introduce({ organisation: 'Erase me elsewhere', email: 'erase-intro@example.org', constituencies: [HENDON], partner: 'someone-else' });

    const scoped = await h.call('DELETE', '/v1/admin/people?email=ERASE-INTRO@example.org', { token: lewishamToken });
    expect(scoped.json.erased.introductions).toBe(1);
    expect((await groups(`constituency=${LEWISHAM_EAST}`)).groups.map((g) => g.id)).not.toContain(mine);

    const all = await h.call('DELETE', '/v1/admin/people?email=erase-intro@example.org', { token: h.adminToken });
    expect(expectShape('adminErasePerson', all.json).erased.introductions).toBe(1);
    const { rows } = await h.store.query(`SELECT 1 FROM introductions WHERE lower(email) = 'erase-intro@example.org'`);
    expect(rows).toHaveLength(0);
  });
});
