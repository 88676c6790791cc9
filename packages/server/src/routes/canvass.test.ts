import { CanvassSignupReceipt } from '@solidarity-widgets/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../services/tokens.js';
import { PARTNER_ORIGIN, expectShape, futureIso, makeSession, setup, signupBody } from '../testing/harness.js';

let h: Awaited<ReturnType<typeof setup>>;
beforeAll(async () => {
  h = await setup();
});
afterAll(() => h.close());

/** A deliberately small RFC 5545 reader: checks line endings and folding, then unfolds and reads properties. */
function parseIcs(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // only CRLF line ends
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  const lines = text.replace(/\r\n[ \t]/g, '').slice(0, -2).split('\r\n');
  const props = new Map<string, string>();
  const stack: string[] = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).split(';')[0]!;
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') stack.push(value);
    else if (name === 'END') expect(stack.pop()).toBe(value);
    else if (stack.at(-1) === 'VEVENT') props.set(name, value);
  }
  expect(stack).toEqual([]);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  const unescape = (v: string) => v.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');
  return { lines, props, unescape };
}

describe('GET /v1/canvass-sessions', () => {
  it('lists upcoming sessions only, soonest first, filtered by constituency', async () => {
    const later = await makeSession(h.call, h.adminToken, { startsAt: futureIso(20, 10), endsAt: futureIso(20, 12), title: 'Later' });
    const sooner = await makeSession(h.call, h.adminToken, { startsAt: futureIso(3, 10), endsAt: futureIso(3, 12), title: 'Sooner' });
    await h.store.query(`INSERT INTO canvass_sessions (id, constituency_code, title, starts_at, ends_at, meeting_point, organiser_name, organiser_contact, capacity)
      VALUES (gen_random_uuid(), 'E14001279', 'Past', now() - interval '2 days', now() - interval '2 days' + interval '2 hours', 'x', 'x', 'x', 5)`);
    const res = await h.call('GET', '/v1/canvass-sessions?constituency=E14001279');
    const body = expectShape('listCanvassSessions', res.json);
    const ids = body.sessions.map((s) => s.id);
    expect(ids.indexOf(sooner)).toBeLessThan(ids.indexOf(later));
    expect(body.sessions.some((s) => s.title === 'Past')).toBe(false);
    expect(body.sessions.every((s) => s.constituency.code === 'E14001279' && s.constituency.name === 'Hendon')).toBe(true);
    const other = expectShape('listCanvassSessions', (await h.call('GET', '/v1/canvass-sessions?constituency=E14001331')).json);
    expect(other.sessions.map((s) => s.id)).not.toContain(later);
  });
});

describe('GET /v1/canvass-sessions?near=', () => {
  it('lists sessions nearest first from a seat with none of its own (Cardiff East), each with its distance', async () => {
    const bristol = await makeSession(h.call, h.adminToken, { constituencyCode: 'E14001131', title: 'Bristol Central: doors' });
    const hendon = await makeSession(h.call, h.adminToken, { title: 'Hendon: doors' });
    const res = await h.call('GET', '/v1/canvass-sessions?near=W07000089');
    expect(res.status).toBe(200);
    const body = expectShape('listCanvassSessions', res.json);
    const ids = body.sessions.map((s) => s.id);
    expect(ids.indexOf(bristol)).toBeLessThan(ids.indexOf(hendon));
    const km = (id: string) => body.sessions.find((s) => s.id === id)?.distanceKm ?? NaN;
    // Cardiff to Bristol is about 40 km as the crow flies; to north London about 200 km.
    expect(km(bristol)).toBeGreaterThan(25);
    expect(km(bristol)).toBeLessThan(60);
    expect(km(hendon)).toBeGreaterThan(170);
    expect(km(hendon)).toBeLessThan(240);
    const distances = body.sessions.map((s) => s.distanceKm ?? NaN);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    // Without `near`, no distances.
    const plain = expectShape('listCanvassSessions', (await h.call('GET', '/v1/canvass-sessions')).json);
    expect(plain.sessions.every((s) => s.distanceKm === undefined)).toBe(true);
  });

  it('404 constituency_not_found for an unknown seat', async () => {
    const res = await h.call('GET', '/v1/canvass-sessions?near=E14999999');
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe('constituency_not_found');
  });
});

describe('POST /v1/canvass-signups', () => {
  it('confirms while places are left, then waitlists, and the session shows as full', async () => {
    const id = await makeSession(h.call, h.adminToken, { capacity: 2 });
    const statuses: string[] = [];
    for (const n of [1, 2, 3]) {
      const res = await h.call('POST', '/v1/canvass-signups', { origin: PARTNER_ORIGIN, body: signupBody(id, { email: `person${n}@example.org` }) });
      expect(res.status).toBe(201);
      const receipt = expectShape('createCanvassSignup', res.json);
      statuses.push(receipt.signup.status);
    }
    expect(statuses).toEqual(['confirmed', 'confirmed', 'waitlisted']);
    const list = expectShape('listCanvassSessions', (await h.call('GET', '/v1/canvass-sessions')).json);
    const session = list.sessions.find((s) => s.id === id);
    expect(session).toMatchObject({ capacity: 2, placesLeft: 0, status: 'full' });
  });

  it('records the partner and the Origin header with the sign-up', async () => {
    const id = await makeSession(h.call, h.adminToken);
    const res = await h.call('POST', '/v1/canvass-signups', { origin: PARTNER_ORIGIN, body: signupBody(id, { partner: 'gmb-bengali' }) });
    const { rows } = await h.store.query<{ partner: string; origin: string; consent_version: string }>(
      'SELECT partner, origin, consent_version FROM canvass_signups WHERE id = $1',
      [res.json.signup.id],
    );
    expect(rows[0]).toEqual({ partner: 'gmb-bengali', origin: PARTNER_ORIGIN, consent_version: '2026-11-23' });
  });

  it('never overbooks: 200 concurrent sign-ups for 10 places → exactly 10 confirmed', async () => {
    const id = await makeSession(h.call, h.adminToken, { capacity: 10 });
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => h.call('POST', '/v1/canvass-signups', { body: signupBody(id, { email: `crowd${i}@example.org` }) })),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    const confirmed = results.filter((r) => r.json.signup.status === 'confirmed');
    expect(confirmed).toHaveLength(10);
    const { rows } = await h.store.query<{ status: string; n: number }>(
      'SELECT status, count(*)::int AS n FROM canvass_signups WHERE session_id = $1 GROUP BY status ORDER BY status',
      [id],
    );
    expect(rows).toEqual([{ status: 'confirmed', n: 10 }, { status: 'waitlisted', n: 190 }]);
  });

  it('the same email on the same session returns the existing sign-up (any case), 200 not 201', async () => {
    const id = await makeSession(h.call, h.adminToken);
    const first = await h.call('POST', '/v1/canvass-signups', { body: signupBody(id, { email: 'same@example.org' }) });
    const again = await h.call('POST', '/v1/canvass-signups', { body: signupBody(id, { email: 'Same@Example.org', name: 'Someone else' }) });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(CanvassSignupReceipt.parse(again.json).signup.id).toBe(first.json.signup.id);
    const { rows } = await h.store.query('SELECT name FROM canvass_signups WHERE session_id = $1', [id]);
    expect(rows).toEqual([{ name: 'Aleksandra Nowak' }]);
  });

  it('Idempotency-Key: same key and body replays the stored response; a different body is 409', async () => {
    const id = await makeSession(h.call, h.adminToken, { capacity: 1 });
    const headers = { 'Idempotency-Key': 'retry-abc-123' };
    const first = await h.call('POST', '/v1/canvass-signups', { headers, body: signupBody(id, { email: 'idem@example.org' }) });
    // Someone else takes... nothing: capacity 1 is taken by the first. A replay must still say confirmed, byte for byte.
    const replay = await h.call('POST', '/v1/canvass-signups', { headers, body: signupBody(id, { email: 'idem@example.org' }) });
    expect(replay.status).toBe(first.status);
    expect(replay.text).toBe(first.text);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const conflict = await h.call('POST', '/v1/canvass-signups', { headers, body: signupBody(id, { email: 'other@example.org' }) });
    expect(conflict.status).toBe(409);
    expect(conflict.json.error.code).toBe('idempotency_conflict');
    const { rows } = await h.store.query('SELECT 1 FROM canvass_signups WHERE session_id = $1', [id]);
    expect(rows).toHaveLength(1);
  });

  it('a failed request does not burn its Idempotency-Key', async () => {
    const headers = { 'Idempotency-Key': 'burn-test' };
    const missing = await h.call('POST', '/v1/canvass-signups', { headers, body: signupBody('8f0e7a5c-3c1d-4b7e-9a55-3f1f6c2b9d10') });
    expect(missing.status).toBe(404);
    const { rows } = await h.store.query(`SELECT 1 FROM idempotency_keys WHERE key = 'burn-test'`);
    expect(rows).toHaveLength(0);
  });

  it('404 session_not_found; 409 session_not_open for cancelled and past sessions', async () => {
    const missing = await h.call('POST', '/v1/canvass-signups', { body: signupBody('8f0e7a5c-3c1d-4b7e-9a55-3f1f6c2b9d10') });
    expect(missing.status).toBe(404);
    expect(missing.json.error.code).toBe('session_not_found');

    const cancelled = await makeSession(h.call, h.adminToken);
    await h.store.query(`UPDATE canvass_sessions SET status = 'cancelled' WHERE id = $1`, [cancelled]);
    const c = await h.call('POST', '/v1/canvass-signups', { body: signupBody(cancelled) });
    expect(c.status).toBe(409);
    expect(c.json.error).toMatchObject({ code: 'session_not_open', details: { reason: 'cancelled' } });

    const past = await makeSession(h.call, h.adminToken);
    await h.store.query(`UPDATE canvass_sessions SET starts_at = now() - interval '1 day', ends_at = now() - interval '20 hours' WHERE id = $1`, [past]);
    const p = await h.call('POST', '/v1/canvass-signups', { body: signupBody(past) });
    expect(p.status).toBe(409);
    expect(p.json.error).toMatchObject({ code: 'session_not_open', details: { reason: 'past' } });
  });

  it('returns a valid iCalendar file: UTC times, escaped text, folded lines, CRLF', async () => {
    const id = await makeSession(h.call, h.adminToken, {
      title: 'Hendon, Colindale; doors & phones — a title longer than seventy-five octets, so folded: ąęłńóśźż',
      meetingPoint: 'Colindale station; Colindale Avenue exit, by the café',
      startsAt: '2030-06-01T09:00:00.000Z',
      endsAt: '2030-06-01T12:30:00.000Z',
    });
    const res = await h.call('POST', '/v1/canvass-signups', { body: signupBody(id, { email: 'ics@example.org' }) });
    const { ics } = expectShape('createCanvassSignup', res.json);
    const { props, unescape, lines } = parseIcs(ics);
    expect(lines).toContain('VERSION:2.0');
    expect(props.get('UID')).toBe(`canvass-session-${id}@solidarity-widgets`);
    expect(props.get('DTSTAMP')).toMatch(/^\d{8}T\d{6}Z$/);
    expect(props.get('DTSTART')).toBe('20300601T090000Z');
    expect(props.get('DTEND')).toBe('20300601T123000Z');
    expect(props.get('SUMMARY')).toContain('Hendon\\, Colindale\\; doors');
    expect(unescape(props.get('SUMMARY')!)).toBe(res.json.session.title);
    expect(unescape(props.get('LOCATION')!)).toBe('Colindale station; Colindale Avenue exit, by the café');
    expect(unescape(props.get('DESCRIPTION')!)).toContain('Organiser: Hendon CLP');
    expect(ics.split('\r\n').some((l) => l.startsWith(' '))).toBe(true); // something was folded
  });
});

describe('POST /v1/admin/canvass-sessions', () => {
  it('needs a token (401) that covers the constituency (403)', async () => {
    const body = {
      constituencyCode: 'E14001331', title: 'Catford doors', startsAt: futureIso(4), endsAt: futureIso(4, 13),
      meetingPoint: 'Catford Broadway', organiserName: 'Lewisham East CLP', organiserContact: 'le@example.org', capacity: 12,
    };
    expect((await h.call('POST', '/v1/admin/canvass-sessions', { body })).status).toBe(401);
    expect((await h.call('POST', '/v1/admin/canvass-sessions', { body, token: 'swt_not-a-real-token' })).status).toBe(401);
    const hendon = (await createToken(h.store, 'hendon', ['constituency:E14001279'])).token;
    const refused = await h.call('POST', '/v1/admin/canvass-sessions', { body, token: hendon });
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe('forbidden');
    const lewisham = (await createToken(h.store, 'lewisham', ['constituency:E14001331'])).token;
    const ok = await h.call('POST', '/v1/admin/canvass-sessions', { body, token: lewisham });
    expect(ok.status).toBe(201);
    expect(expectShape('adminCreateCanvassSession', ok.json)).toMatchObject({ capacity: 12, placesLeft: 12, status: 'open', timeZone: 'Europe/London' });
  });

  it('refuses an end before the start and an unknown constituency', async () => {
    const base = {
      constituencyCode: 'E14001331', title: 'x', meetingPoint: 'x', organiserName: 'x', organiserContact: 'x', capacity: 5,
    };
    const backwards = await h.call('POST', '/v1/admin/canvass-sessions', { token: h.adminToken, body: { ...base, startsAt: futureIso(5, 12), endsAt: futureIso(5, 10) } });
    expect(backwards.status).toBe(400);
    expect(backwards.json.error.details.fields[0].field).toBe('endsAt');
    const unknown = await h.call('POST', '/v1/admin/canvass-sessions', { token: h.adminToken, body: { ...base, constituencyCode: 'E14009999', startsAt: futureIso(5, 10), endsAt: futureIso(5, 12) } });
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.code).toBe('constituency_not_found');
  });
});
