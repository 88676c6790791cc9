import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PARTNER_ORIGIN, setup } from '../../testing/harness.js';
import { runRetention } from '../retention.js';
import { emailContextFor, type EmailContext } from './context.js';
import { REGISTER_URL, enqueueDuePledgeReminders } from './pledge.js';
import { EMAIL_STOP_MESSAGES } from '../../routes/email-stop-messages.js';

let clock = new Date('2026-11-24T12:00:00Z');
let h: Awaited<ReturnType<typeof setup>>;
let ctx: EmailContext;
beforeAll(async () => {
  h = await setup({ now: () => clock, config: { signingSecret: 'pledge-reminders-test', partnerNames: { 'unite-london': 'Unite London' } } });
  ctx = emailContextFor(h.config, h.data, 'https://widgets.example/');
});
afterAll(() => h.close());
beforeEach(async () => {
  clock = new Date('2026-11-24T12:00:00Z');
  await h.store.query('DELETE FROM pledges');
  await h.store.query('DELETE FROM outbox');
});

/** Pledges made on 24 November 2026 for the English local elections of Thursday 6 May 2027 (registration closes Monday 19 April). */
async function pledge(overrides: Record<string, unknown> = {}): Promise<{ id: string; stopUrl?: string }> {
  const res = await h.call('POST', '/v1/pledges', {
    origin: PARTNER_ORIGIN,
    body: { partner: 'unite-london', constituencyCode: 'E14001331', intent: 'register-and-vote', election: { type: 'local', date: '2027-05-06' }, email: 'ama@example.org', reminders: true, language: 'en', ...overrides },
  });
  expect(res.status).toBe(201);
  return res.json.pledge as { id: string; stopUrl?: string };
}

interface Sent { kind: string; to_address: string; language: string; subject: string; text_body: string; headers: Record<string, string> }
const outbox = async () => (await h.store.query<Sent>('SELECT kind, to_address, language, subject, text_body, headers FROM outbox ORDER BY created_at, kind')).rows;

/** Runs the job as housekeeping does, with the clock at `iso`. */
const runAt = (iso: string) => {
  clock = new Date(iso);
  return enqueueDuePledgeReminders(h.store, ctx, clock);
};

describe('pledge reminders', () => {
  it('each goes on its day, from 8am UK time, once; none after polling day', async () => {
    const { id } = await pledge();
    expect(await runAt('2027-04-15T12:00:00Z')).toBe(0);
    // 07:30 in London (BST) on the day: not yet.
    expect(await runAt('2027-04-16T06:30:00Z')).toBe(0);
    expect(await runAt('2027-04-16T09:00:00Z')).toBe(1);
    expect(await runAt('2027-04-16T15:00:00Z')).toBe(0);
    const [register] = await outbox();
    // (ICU writes "Monday 19 April" or "Monday, 19 April" in en-GB, by version.)
    expect(register).toMatchObject({ kind: 'pledge-registration-deadline', to_address: 'ama@example.org', language: 'en', subject: expect.stringMatching(/^Register to vote by Monday,? 19 April 2027$/) });
    expect(register?.text_body).toContain('You pledged on the page of \u2068Unite London\u2069 to vote in Lewisham East.');
    expect(register?.text_body).toMatch(/Local council elections: polling day is Thursday,? 6 May 2027\./);
    expect(register?.text_body).toMatch(/Registration closes at midnight on Monday,? 19 April 2027\. Registering online takes about 5 minutes: https:\/\/www\.gov\.uk\/register-to-vote/);
    // England: photo ID, and where to get the free certificate.
    expect(register?.text_body).toContain('https://www.gov.uk/apply-for-photo-id-voter-authority-certificate');
    // One-click unsubscribe: the headers, and the same link visible in the text.
    const stop = register?.headers['List-Unsubscribe']?.replace(/^<|>$/g, '') ?? '';
    expect(stop).toMatch(new RegExp(`^https://widgets\\.example/email/stop\\?what=pledge&id=${id}&token=`));
    expect(register?.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(register?.text_body).toContain(stop);

    expect(await runAt('2027-05-03T09:00:00Z')).toBe(1);
    expect(await runAt('2027-05-06T07:05:00Z')).toBe(1);
    expect(await runAt('2027-05-07T09:00:00Z')).toBe(0);
    const sent = await outbox();
    expect(sent.map((m) => m.kind)).toEqual(['pledge-registration-deadline', 'pledge-days-before', 'pledge-polling-day']);
    expect(sent[1]?.subject).toMatch(/^Local council elections: polling day is Thursday,? 6 May 2027$/);
    // After the deadline there is nothing left to register for: no registration paragraph.
    expect(sent[1]?.text_body).not.toContain(REGISTER_URL);
    expect(sent[2]?.subject).toBe('Today is polling day: Local council elections');
    expect(sent[2]?.text_body).toContain('Polling stations are open from 7am to 10pm.');
  });

  it('a server that was down catches up with the latest reminder still useful, never a stale one', async () => {
    await pledge();
    // Down from before the deadline reminder until after the deadline: the registration reminder is lost, days-before goes.
    expect(await runAt('2027-05-04T10:00:00Z')).toBe(1);
    expect((await outbox()).map((m) => m.kind)).toEqual(['pledge-days-before']);
  });

  it("in the pledger's language, with the ID rule of the election in the seat's nation", async () => {
    await pledge({ language: 'pl', intent: 'vote' });
    await pledge({ email: 'scot@example.org', constituencyCode: 'S14000021', intent: 'vote', election: { type: 'scottish_parliament', date: '2027-05-06' } });
    await pledge({ email: 'belfast@example.org', constituencyCode: 'N05000001', intent: 'vote', election: { type: 'ni_assembly', date: '2027-05-06' } });
    expect(await runAt('2027-05-06T09:00:00Z')).toBe(3);
    const byTo = Object.fromEntries((await outbox()).map((m) => [m.to_address, m]));
    expect(byTo['ama@example.org']).toMatchObject({ language: 'pl', subject: 'Dziś jest dzień głosowania: Wybory do rad lokalnych' });
    expect(byTo['ama@example.org']?.text_body).toContain('czwartek, 6 maja 2027');
    expect(byTo['scot@example.org']?.text_body).toContain('You do not need photo ID to vote in this election.');
    expect(byTo['belfast@example.org']?.text_body).toContain('https://www.eoni.org.uk/');
    expect(byTo['belfast@example.org']?.text_body).toContain('Electoral Identity Card');
  });

  it('after one click on the unsubscribe link (the page in their language), nothing more is sent', async () => {
    const { id, stopUrl } = await pledge({ language: 'pl' });
    const url = new URL(stopUrl ?? '');
    const page = await h.call('GET', `${url.pathname}${url.search}`);
    expect(page.text).toContain('<html lang="pl" dir="ltr">');
    expect(page.text).toContain(EMAIL_STOP_MESSAGES.pl.pledgeAsk);
    const form = new URLSearchParams({ what: 'pledge', id, token: url.searchParams.get('token') ?? '', 'List-Unsubscribe': 'One-Click' }).toString();
    const done = await h.call('POST', '/email/stop', { rawBody: form, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(done.status).toBe(200);
    expect(done.text).toContain(EMAIL_STOP_MESSAGES.pl.pledgeDone);
    for (const day of ['2027-04-16', '2027-05-03', '2027-05-06']) expect(await runAt(`${day}T09:00:00Z`)).toBe(0);
    expect(await outbox()).toEqual([]);
    // The pledge itself still counts.
    expect((await h.call('GET', '/v1/pledges/count?constituency=E14001331')).json.count).toBe(1);
  });

  it('erasing the person takes their reminders from the outbox too', async () => {
    await pledge();
    await runAt('2027-04-16T09:00:00Z');
    expect(await outbox()).toHaveLength(1);
    await h.call('DELETE', '/v1/admin/people?email=ama%40example.org', { token: h.adminToken });
    expect(await outbox()).toEqual([]);
  });
});

describe('pledge retention', () => {
  it('erases pledges 30 days after polling day, not before', async () => {
    await pledge();
    await pledge({ email: undefined, reminders: false, election: { type: 'general', date: '2027-06-10' } });
    expect(await runRetention(h.store, { now: new Date('2027-06-05T12:00:00Z') })).toMatchObject({ pledges: 0 });
    expect(await runRetention(h.store, { now: new Date('2027-06-06T12:00:00Z') })).toMatchObject({ pledges: 1 });
    const { rows } = await h.store.query<{ d: string }>(`SELECT to_char(election_date, 'YYYY-MM-DD') AS d FROM pledges`);
    expect(rows).toEqual([{ d: '2027-06-10' }]);
  });
});
