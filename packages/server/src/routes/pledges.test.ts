import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createToken } from '../services/tokens.js';
import { PARTNER_ORIGIN, expectShape, setup } from '../testing/harness.js';

// The clock the server judges dates by: 24 November 2026, noon in London.
let clock = new Date('2026-11-24T12:00:00Z');
let h: Awaited<ReturnType<typeof setup>>;
beforeAll(async () => {
  h = await setup({ now: () => clock });
});
afterAll(() => h.close());
beforeEach(async () => {
  clock = new Date('2026-11-24T12:00:00Z');
  await h.store.query('DELETE FROM pledges');
});

const LEWISHAM = 'E14001331';
const HENDON = 'E14001279';

/** A pledge in Lewisham East for the English local elections of Thursday 6 May 2027. */
const pledge = (overrides: Record<string, unknown> = {}) => ({
  partner: 'unite-london',
  constituencyCode: LEWISHAM,
  intent: 'register-and-vote',
  election: { type: 'local', date: '2027-05-06' },
  email: 'ama@example.org',
  reminders: true,
  language: 'pl',
  ...overrides,
});

const post = (body: unknown, headers: Record<string, string> = {}) => h.call('POST', '/v1/pledges', { origin: PARTNER_ORIGIN, body, headers });
const rows = async () => (await h.store.query<{ email: string | null; reminders: boolean; language: string }>('SELECT email, reminders, language FROM pledges ORDER BY created_at')).rows;

describe('POST /v1/pledges', () => {
  it('stores the pledge and answers with its reminder dates, the unsubscribe link and the seat count', async () => {
    const res = await post(pledge());
    expect(res.status).toBe(201);
    const receipt = expectShape('createPledge', res.json);
    expect(receipt.pledge).toMatchObject({
      constituencyCode: LEWISHAM,
      intent: 'register-and-vote',
      election: { type: 'local', date: '2027-05-06' },
      reminders: true,
      // Registration closes on Monday 19 April 2027; reminders 3 days before it, 3 days before polling day, on the day.
      reminderDates: [
        { kind: 'registration-deadline', date: '2027-04-16' },
        { kind: 'days-before', date: '2027-05-03' },
        { kind: 'polling-day', date: '2027-05-06' },
      ],
    });
    expect(receipt.pledge.stopUrl).toMatch(new RegExp(`/email/stop\\?what=pledge&id=${receipt.pledge.id}&token=`));
    expect(receipt.count).toBe(1);
    expect(receipt.alreadyPledged).toBeUndefined();
    expect(await rows()).toEqual([{ email: 'ama@example.org', reminders: true, language: 'pl' }]);
  });

  it('the same email again (any case, another intent) is alreadyPledged with the first pledge: no second row', async () => {
    const first = await post(pledge());
    const again = await post(pledge({ email: 'AMA@Example.org', intent: 'vote' }));
    expect(again.status).toBe(200);
    expect(expectShape('createPledge', again.json)).toMatchObject({ alreadyPledged: true, count: 1, pledge: { id: first.json.pledge.id, intent: 'register-and-vote' } });
    // The unsubscribe link went only to the request that made the pledge (someone who knows the address gets none).
    expect(first.json.pledge.stopUrl).toBeDefined();
    expect(again.json.pledge.stopUrl).toBeUndefined();
    expect(await rows()).toHaveLength(1);
    // Another election or another seat is another pledge.
    expect((await post(pledge({ election: { type: 'general', date: '2027-05-13' } }))).status).toBe(201);
    expect((await post(pledge({ constituencyCode: HENDON }))).status).toBe(201);
    expect(await rows()).toHaveLength(3);
  });

  it('a retry with the same Idempotency-Key is replayed, not stored twice', async () => {
    const key = { 'Idempotency-Key': 'pledge-retry-1' };
    const a = await post(pledge({ email: undefined, reminders: false }), key);
    const b = await post(pledge({ email: undefined, reminders: false }), key);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.headers.get('idempotent-replayed')).toBe('true');
    expect(b.json).toEqual(a.json);
    expect(await rows()).toHaveLength(1);
  });

  it('without an email: counted, no reminders, no unsubscribe link', async () => {
    const res = await post(pledge({ email: undefined, reminders: false }));
    expect(res.status).toBe(201);
    expect(res.json.pledge).toMatchObject({ reminders: false, reminderDates: [] });
    expect(res.json.pledge.stopUrl).toBeUndefined();
    expect(await rows()).toEqual([{ email: null, reminders: false, language: 'pl' }]);
  });

  it('refuses reminders without an email, an unknown seat, a polling day already past, and a missing partner', async () => {
    const noEmail = await post(pledge({ email: undefined }));
    expect(noEmail.status).toBe(400);
    expect(noEmail.json.error.details.fields).toEqual([{ field: 'email', code: 'required', message: 'This field is required.' }]);
    const unknown = await post(pledge({ constituencyCode: 'E14999999' }));
    expect([unknown.status, unknown.json.error.code]).toEqual([404, 'constituency_not_found']);
    const passed = await post(pledge({ election: { type: 'general', date: '2026-11-23' } }));
    expect([passed.status, passed.json.error.code]).toEqual([422, 'election_passed']);
    const { partner: _partner, ...withoutPartner } = pledge();
    const anonymous = await post(withoutPartner);
    expect(anonymous.json.error.details.fields).toEqual([{ field: 'partner', code: 'required', message: 'This field is required.' }]);
    expect(await rows()).toEqual([]);
  });

  it('refuses an election not held in the seat’s nation (422 election_not_held_here, naming both), stores nothing', async () => {
    const senedd = { type: 'senedd', date: '2027-05-06' };
    const english = await post(pledge({ election: senedd }));
    expect(english.status).toBe(422);
    expect(english.json.error).toMatchObject({ code: 'election_not_held_here', details: { election: 'senedd', nation: 'England' } });
    expect(english.json.error.message).toMatch(/senedd.*England/);
    // Scotland has no mayors or police commissioners; Northern Ireland no Scottish Parliament.
    const scottish = await post(pledge({ constituencyCode: 'S14000021', election: { type: 'pcc', date: '2027-05-06' } }));
    expect(scottish.json.error).toMatchObject({ code: 'election_not_held_here', details: { election: 'pcc', nation: 'Scotland' } });
    const ni = await post(pledge({ constituencyCode: 'N05000001', election: { type: 'scottish_parliament', date: '2027-05-06' } }));
    expect(ni.json.error).toMatchObject({ code: 'election_not_held_here', details: { election: 'scottish_parliament', nation: 'Northern Ireland' } });
    // A bot's pledge is refused the same way (its hidden field must not change the answer).
    const bot = await post(pledge({ election: senedd, website: 'http://spam.example' }));
    expect([bot.status, bot.json.error.code]).toEqual([422, 'election_not_held_here']);
    expect(await rows()).toEqual([]);
    // The same election in a Welsh seat is taken; a general election anywhere.
    expect((await post(pledge({ constituencyCode: 'W07000089', election: senedd }))).status).toBe(201);
    expect((await post(pledge({ constituencyCode: 'N05000001', email: 'ni@example.org', election: { type: 'general', date: '2027-05-13' } }))).status).toBe(201);
    expect(await rows()).toHaveLength(2);
  });

  it('polling day is today in the UK until midnight in London, whatever UTC says', async () => {
    // 23:30 UTC on 5 May is 00:30 on 6 May in London (BST): polling day, still open for a pledge; only its own reminder is left.
    clock = new Date('2027-05-05T23:30:00Z');
    const onTheDay = await post(pledge({ election: { type: 'local', date: '2027-05-06' } }));
    expect(onTheDay.status).toBe(201);
    expect(onTheDay.json.pledge.reminderDates).toEqual([{ kind: 'polling-day', date: '2027-05-06' }]);
    clock = new Date('2027-05-06T23:30:00Z');
    expect((await post(pledge({ email: 'late@example.org' }))).json.error.code).toBe('election_passed');
    // A bot's pledge too: its hidden field must not change the answer.
    expect((await post(pledge({ email: 'late-bot@example.org', website: 'http://spam.example' }))).json.error?.code).toBe('election_passed');
  });

  it('a bot that fills the hidden field gets a receipt and stores nothing', async () => {
    const res = await post(pledge({ website: 'http://spam.example' }));
    expect(res.status).toBe(201);
    expectShape('createPledge', res.json);
    expect(await rows()).toEqual([]);
  });
});

describe('GET /v1/pledges/count', () => {
  it("counts the seat's pledges, all partners' or one partner's, and refuses an unknown seat", async () => {
    await post(pledge());
    await post(pledge({ email: undefined, reminders: false, partner: 'gmb-wales' }));
    await post(pledge({ email: undefined, reminders: false, constituencyCode: HENDON }));
    const all = await h.call('GET', `/v1/pledges/count?constituency=${LEWISHAM}`);
    expect(expectShape('pledgeCount', all.json)).toEqual({ constituencyCode: LEWISHAM, partner: null, count: 2 });
    const one = await h.call('GET', `/v1/pledges/count?constituency=${LEWISHAM}&partner=gmb-wales`);
    expect(one.json).toEqual({ constituencyCode: LEWISHAM, partner: 'gmb-wales', count: 1 });
    const unknown = await h.call('GET', '/v1/pledges/count?constituency=E14999999');
    expect([unknown.status, unknown.json.error.code]).toEqual([404, 'constituency_not_found']);
    const bad = await h.call('GET', '/v1/pledges/count');
    expect([bad.status, bad.json.error.code]).toEqual([400, 'validation_failed']);
  });
});

describe('the pledge summary (organisers)', () => {
  beforeEach(async () => {
    await post(pledge());
    await post(pledge({ email: 'b@example.org', reminders: false }));
    await post(pledge({ email: undefined, reminders: false, partner: 'gmb-wales' }));
    await post(pledge({ email: undefined, reminders: false, constituencyCode: HENDON, partner: 'gmb-wales' }));
  });

  it('admins see every seat and partner, with how many want reminders', async () => {
    const res = await h.call('GET', '/v1/admin/pledges/summary', { token: h.adminToken });
    expect(expectShape('adminPledgeSummary', res.json).rows).toEqual([
      { constituencyCode: HENDON, constituencyName: 'Hendon', partner: 'gmb-wales', count: 1, withReminders: 0 },
      { constituencyCode: LEWISHAM, constituencyName: 'Lewisham East', partner: 'gmb-wales', count: 1, withReminders: 0 },
      { constituencyCode: LEWISHAM, constituencyName: 'Lewisham East', partner: 'unite-london', count: 2, withReminders: 1 },
    ]);
  });

  it("an organiser sees their seats only; a partner token its partner's pledges; the CSV is the same counts and is audit-logged", async () => {
    const hendon = (await createToken(h.store, 'hendon organiser', [`constituency:${HENDON}`])).token;
    expect((await h.call('GET', '/v1/admin/pledges/summary', { token: hendon })).json.rows.map((r: { constituencyCode: string }) => r.constituencyCode)).toEqual([HENDON]);
    const unite = (await createToken(h.store, 'unite', ['partner:unite-london'])).token;
    expect((await h.call('GET', '/v1/admin/pledges/summary', { token: unite })).json.rows).toEqual([
      { constituencyCode: LEWISHAM, constituencyName: 'Lewisham East', partner: 'unite-london', count: 2, withReminders: 1 },
    ]);
    const csv = await h.call('GET', '/v1/admin/pledges/summary.csv', { token: hendon });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    // (The BOM that starts the file is read away by the client.)
    expect(csv.text).toBe('constituency_code,constituency,partner,pledges,with_reminders\r\nE14001279,Hendon,gmb-wales,1,0\r\n');
    const { rows: audit } = await h.store.query<{ actor_name: string; details: { rows: number } }>(`SELECT actor_name, details FROM audit_log WHERE action = 'export_pledges'`);
    expect(audit).toEqual([{ actor_name: 'hendon organiser', details: { rows: 1 } }]);
    expect((await h.call('GET', '/v1/admin/pledges/summary')).status).toBe(401);
  });
});

describe('erasing a person', () => {
  it('erases their pledges (and only theirs), reported in the erasure counts', async () => {
    await post(pledge());
    await post(pledge({ email: 'someone-else@example.org' }));
    const res = await h.call('DELETE', '/v1/admin/people?email=AMA%40example.org', { token: h.adminToken });
    expect(res.json.erased.pledges).toBe(1);
    expect((await rows()).map((r) => r.email)).toEqual(['someone-else@example.org']);
  });
});

describe('rate limit', () => {
  it('pledges are public writes: limited per network like the other forms', async () => {
    const limited = await setup({ rateLimit: { perIp: 2 } });
    try {
      const send = (i: number) => limited.call('POST', '/v1/pledges', { origin: PARTNER_ORIGIN, body: pledge({ email: `p${i}@example.org` }) });
      expect([(await send(1)).status, (await send(2)).status]).toEqual([201, 201]);
      const third = await send(3);
      expect([third.status, third.json.error.code]).toEqual([429, 'rate_limited']);
      expect(third.headers.get('retry-after')).toMatch(/^\d+$/);
    } finally {
      await limited.close();
    }
  });
});
