import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { housekeeping } from '../cli/start.js';
import { createToken } from '../services/tokens.js';
import { PARTNER_ORIGIN, expectShape, messageBody, setup } from '../testing/harness.js';

let h: Awaited<ReturnType<typeof setup>>;
beforeAll(async () => {
  h = await setup();
});
afterAll(() => h.close());

const send = (overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  h.call('POST', '/v1/solidarity-messages', { origin: PARTNER_ORIGIN, headers, body: messageBody(overrides) });
const approve = (id: string, token = h.adminToken) =>
  h.call('POST', `/v1/admin/solidarity-messages/${id}/decision`, { token, body: { decision: 'approve' } });
const wall = async (query = '') => expectShape('listSolidarityMessages', (await h.call('GET', `/v1/solidarity-messages${query}`)).json);

describe('sending and moderating', () => {
  it('stores a message as pending (202); it reaches the wall only after a moderator approves it', async () => {
    const res = await send({ message: 'From the dockers of Durban: we stand with you.', partner: 'wall-a' });
    expect(res.status).toBe(202);
    const receipt = expectShape('sendSolidarityMessage', res.json);
    expect(receipt.message.status).toBe('pending');
    expect((await wall('?partner=wall-a')).messages).toHaveLength(0);

    const queue = expectShape('adminModerationQueue', (await h.call('GET', '/v1/admin/solidarity-messages', { token: h.adminToken })).json);
    expect(queue.messages.map((m) => m.id)).toContain(receipt.message.id);

    const decided = await approve(receipt.message.id);
    expect(decided.status).toBe(200);
    const item = expectShape('adminModerateMessage', decided.json);
    expect(item.status).toBe('approved');
    expect(item.publishedAt).not.toBeNull();

    const page = await wall('?partner=wall-a');
    expect(page.messages.map((m) => m.message)).toEqual(['From the dockers of Durban: we stand with you.']);
    expect(page.totals).toEqual({ messages: 1, countries: 1 });
  });

  it('rejected messages stay off the wall and keep their reason; the text cannot be changed', async () => {
    const res = await send({ message: 'Rejected one', partner: 'wall-b' });
    const id = res.json.message.id as string;
    const rejected = await h.call('POST', `/v1/admin/solidarity-messages/${id}/decision`, {
      token: h.adminToken,
      body: { decision: 'reject', reason: 'Off topic', message: 'edited text' },
    });
    expect(expectShape('adminModerateMessage', rejected.json)).toMatchObject({ status: 'rejected', rejectionReason: 'Off topic', message: 'Rejected one' });
    expect((await wall('?partner=wall-b')).messages).toHaveLength(0);
  });

  it('404 message_not_found for an unknown id', async () => {
    const res = await approve('8f0e7a5c-3c1d-4b7e-9a55-3f1f6c2b9d10');
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe('message_not_found');
  });

  it('a partner token sees and moderates only its own partner\'s messages', async () => {
    const mine = (await send({ message: 'For partner one', partner: 'partner-one' })).json.message.id as string;
    const theirs = (await send({ message: 'For partner two', partner: 'partner-two' })).json.message.id as string;
    const token = (await createToken(h.store, 'partner one moderator', ['partner:partner-one'])).token;
    const queue = expectShape('adminModerationQueue', (await h.call('GET', '/v1/admin/solidarity-messages', { token })).json);
    expect(queue.messages.map((m) => m.id)).toEqual([mine]);
    // Another partner's message looks exactly like a missing one (404), so ids reveal nothing.
    const refused = await approve(theirs, token);
    expect(refused.status).toBe(404);
    // The same body but for each response's own request id.
    const missing = (await approve('8f0e7a5c-3c1d-4b7e-9a55-3f1f6c2b9d10', token)).json;
    expect({ ...refused.json.error, requestId: undefined }).toEqual({ ...missing.error, requestId: undefined });
    expect(refused.json.error.code).toBe('message_not_found');
    expect((await approve(mine, token)).status).toBe(200);
    const constituencyToken = (await createToken(h.store, 'organiser', ['constituency:E14001279'])).token;
    // A token with no partner scope moderates nothing: 403 whether or not the message exists.
    expect((await approve(theirs, constituencyToken)).status).toBe(403);
    expect((await approve('8f0e7a5c-3c1d-4b7e-9a55-3f1f6c2b9d10', constituencyToken)).status).toBe(403);
    const after = await h.store.query<{ status: string }>('SELECT status FROM solidarity_messages WHERE id = $1', [theirs]);
    expect(after.rows[0]?.status).toBe('pending');
    expect((await h.call('GET', '/v1/admin/solidarity-messages')).status).toBe(401);
  });
});

describe('message length, counted as a person counts it', () => {
  it('280 raised fists with a skin tone (✊🏽, 840 UTF-16 units) are 280 characters: accepted; 501 are refused as too long', async () => {
    const ok = await send({ message: '✊🏽'.repeat(280), partner: 'fists' });
    expect(ok.status).toBe(202);
    const { rows } = await h.store.query<{ message: string }>('SELECT message FROM solidarity_messages WHERE id = $1', [ok.json.message.id]);
    expect(rows[0]?.message).toBe('✊🏽'.repeat(280));
    const over = await send({ message: '✊🏽'.repeat(501), partner: 'fists' });
    expect(over.status).toBe(400);
    expect(over.json.error.details.fields).toEqual([{ field: 'message', code: 'too_long', message: 'This is too long.' }]);
  });
});

describe('spam and duplicates', () => {
  it('a honeypot hit gets the same 202 receipt, and nothing is stored', async () => {
    const res = await send({ website: 'http://spam.example', message: 'bot 1', elapsedMs: 20_000 });
    expect(res.status).toBe(202);
    expect(expectShape('sendSolidarityMessage', res.json).message.status).toBe('pending');
    const { rows } = await h.store.query(`SELECT 1 FROM solidarity_messages WHERE message = 'bot 1'`);
    expect(rows).toHaveLength(0);
  });

  it('a fast person is not dropped: the message is queued for moderation, marked as sent quickly', async () => {
    const res = await send({ elapsedMs: 1200, message: 'Typed fast: solidarity from Lagos!', partner: 'fast-one' });
    expect(res.status).toBe(202);
    const id = expectShape('sendSolidarityMessage', res.json).message.id;
    const queue = expectShape('adminModerationQueue', (await h.call('GET', '/v1/admin/solidarity-messages', { token: h.adminToken })).json);
    const item = queue.messages.find((m) => m.id === id);
    expect(item).toMatchObject({ message: 'Typed fast: solidarity from Lagos!', status: 'pending', sentQuickly: true });
    // An unhurried message is not marked.
    const slow = (await send({ elapsedMs: 45_000, message: 'Typed slowly', partner: 'fast-one' })).json.message.id as string;
    const again = expectShape('adminModerationQueue', (await h.call('GET', '/v1/admin/solidarity-messages', { token: h.adminToken })).json);
    expect(again.messages.find((m) => m.id === slow)?.sentQuickly).toBe(false);
    // Approved, it reaches the wall like any other.
    expect((await approve(id)).status).toBe(200);
    expect((await wall('?partner=fast-one')).messages.map((m) => m.message)).toEqual(['Typed fast: solidarity from Lagos!']);
  });

  it('the same text from the same partner within 24 hours is 409 duplicate_message, ignoring case and spacing', async () => {
    expect((await send({ message: 'Workers of the world, unite!', partner: 'dup-test' })).status).toBe(202);
    const again = await send({ message: '  workers of the WORLD   unite ', partner: 'dup-test', name: 'Someone else' });
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe('duplicate_message');
    // Another partner's page may carry the same words.
    expect((await send({ message: 'Workers of the world, unite!', partner: 'dup-test-2' })).status).toBe(202);
    // After 24 hours it is new again.
    await h.store.query(`UPDATE solidarity_messages SET created_at = now() - interval '25 hours' WHERE partner = 'dup-test'`);
    expect((await send({ message: 'Workers of the world, unite!', partner: 'dup-test' })).status).toBe(202);
  });

  it('a retry with the same Idempotency-Key replays the receipt instead of reporting a duplicate', async () => {
    const headers = { 'Idempotency-Key': 'solidarity-retry-1' };
    const first = await send({ message: 'Sent over a flaky connection', partner: 'idem' }, headers);
    const retry = await send({ message: 'Sent over a flaky connection', partner: 'idem' }, headers);
    expect(retry.status).toBe(202);
    expect(retry.text).toBe(first.text);
  });
});

describe('the wall', () => {
  it('pages newest first with an opaque cursor, with totals for the partner', async () => {
    const ids: string[] = [];
    const countries = ['PL', 'BD', 'NG', 'PL', 'IN', 'PK', 'PL'];
    for (const [i, country] of countries.entries()) {
      const id = (await send({ partner: 'paged', country, message: `Message number ${i}` })).json.message.id as string;
      await approve(id);
      ids.push(id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await wall(`?partner=paged&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.totals).toEqual({ messages: 7, countries: 5 });
      seen.push(...page.messages.map((m) => m.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual([...ids].reverse());
    // Default limit is 20, and other partners' messages are not counted.
    expect((await wall('?partner=paged')).messages).toHaveLength(7);
  });

  it('refuses a forged cursor with 400 validation_failed', async () => {
    for (const cursor of ['not-a-cursor', Buffer.from('123.nope').toString('base64url'), '%%%']) {
      const res = await h.call('GET', `/v1/solidarity-messages?cursor=${encodeURIComponent(cursor)}`);
      expect(res.status, cursor).toBe(400);
      expect(res.json.error.details.fields[0].field).toBe('cursor');
    }
  });
});

describe('control characters in free text (issue 11)', () => {
  it('refuses ESC, a lone CR and C1 controls with 400 validation_failed naming the field; keeps line breaks, tabs and bidi marks', async () => {
    for (const [field, value] of [
      ['message', 'Harmless words\r\u001b[2KThe abusive text'],
      ['message', 'ok\rspoof'],
      ['name', 'Kasia\u009b2K'],
      ['organisation', 'Union\u001b]8;;http://evil\u0007link'],
    ] as const) {
      const res = await send({ [field]: value, partner: 'controls' });
      expect(res.status, `${field}: ${JSON.stringify(value)}`).toBe(400);
      expect(res.json.error.code).toBe('validation_failed');
      expect(res.json.error.details.fields).toEqual([{ field, code: 'invalid_format', message: 'This is not in the expected format.' }]);
    }
    for (const message of ['Line one\nLine two', 'Line one\r\nLine two\ttabbed', '\u200fمرحبا \u2066Kasia\u2069']) {
      expect((await send({ message, partner: 'controls' })).status, JSON.stringify(message)).toBe(202);
    }
  });
});

describe('erasing a message by id, and the retention of rejected ones (issue 11)', () => {
  const erase = (id: string, token = h.adminToken) => h.call('DELETE', `/v1/admin/solidarity-messages/${id}`, { token });

  it('erases a published message sent without an email (which `erase <email>` cannot find); it leaves the wall', async () => {
    const id = (await send({ message: 'No email given, please remove me later', partner: 'erase-a' })).json.message.id as string;
    await approve(id);
    expect((await wall('?partner=erase-a')).messages.map((m) => m.id)).toEqual([id]);
    const res = await erase(id);
    expect(res.status).toBe(200);
    expect(expectShape('adminEraseMessage', res.json)).toEqual({ erased: { solidarityMessages: 1 } });
    expect((await wall('?partner=erase-a')).messages).toEqual([]);
    expect((await h.store.query('SELECT 1 FROM solidarity_messages WHERE id = $1', [id])).rows).toEqual([]);
    expect((await erase(id)).json.error.code).toBe('message_not_found');
  });

  it('a partner moderator erases only its partner\'s messages; others are 404; a constituency organiser is 403', async () => {
    const mine = (await send({ message: 'Erase scope mine', partner: 'erase-one' })).json.message.id as string;
    const theirs = (await send({ message: 'Erase scope theirs', partner: 'erase-two' })).json.message.id as string;
    const none = (await send({ message: 'Erase scope no partner', partner: undefined })).json.message.id as string;
    const moderator = (await createToken(h.store, 'erase-one moderator', ['partner:erase-one'])).token;
    const organiser = (await createToken(h.store, 'organiser', ['constituency:E14001331'])).token;
    for (const id of [theirs, none]) {
      const res = await erase(id, moderator);
      expect(res.status).toBe(404);
      expect(res.json.error.code).toBe('message_not_found');
    }
    const forbidden = await erase(mine, organiser);
    expect(forbidden.status).toBe(403);
    expect(forbidden.json.error.code).toBe('forbidden');
    expect((await erase(mine, moderator)).status).toBe(200);
    expect((await h.call('DELETE', `/v1/admin/solidarity-messages/${theirs}`)).status).toBe(401);
    expect((await erase('not-a-uuid')).json.error.code).toBe('validation_failed');
    const left = await h.store.query<{ id: string }>('SELECT id FROM solidarity_messages WHERE id = ANY($1::uuid[]) ORDER BY message', [[mine, theirs, none]]);
    expect(left.rows.map((r) => r.id).sort()).toEqual([theirs, none].sort());
  });

  it(`purges rejected messages ${30} days after rejection, not before, and never pending or approved ones`, async () => {
    const reject = (id: string) => h.call('POST', `/v1/admin/solidarity-messages/${id}/decision`, { token: h.adminToken, body: { decision: 'reject' } });
    const oldRejected = (await send({ message: 'Rejected long ago', partner: 'purge-a' })).json.message.id as string;
    const recentRejected = (await send({ message: 'Rejected recently', partner: 'purge-a' })).json.message.id as string;
    const oldPending = (await send({ message: 'Pending a long time', partner: 'purge-a' })).json.message.id as string;
    const otherPartner = (await send({ message: 'Rejected long ago elsewhere', partner: 'purge-b' })).json.message.id as string;
    for (const id of [oldRejected, recentRejected, otherPartner]) expect((await reject(id)).status).toBe(200);
    const { rows } = await h.store.query<{ rejected: boolean }>('SELECT rejected_at IS NOT NULL AS rejected FROM solidarity_messages WHERE id = $1', [recentRejected]);
    expect(rows[0]?.rejected).toBe(true);
    await h.store.query(`UPDATE solidarity_messages SET rejected_at = now() - interval '31 days' WHERE id = ANY($1::uuid[])`, [[oldRejected, otherPartner]]);
    await h.store.query(`UPDATE solidarity_messages SET rejected_at = now() - interval '29 days' WHERE id = $1`, [recentRejected]);
    await h.store.query(`UPDATE solidarity_messages SET created_at = now() - interval '90 days' WHERE id = $1`, [oldPending]);

    // A partner moderator purges its own partner's; the server's housekeeping (or an admin) all of them.
    const moderator = (await createToken(h.store, 'purge-a moderator', ['partner:purge-a'])).token;
    const res = await h.call('POST', '/v1/admin/solidarity-messages/purge', { token: moderator });
    expect(res.status).toBe(200);
    expect(expectShape('adminPurgeRejectedMessages', res.json)).toEqual({ purged: { solidarityMessages: 1 }, retentionDays: 30 });
    const remaining = async () =>
      (await h.store.query<{ id: string }>('SELECT id FROM solidarity_messages WHERE id = ANY($1::uuid[])', [[oldRejected, recentRejected, oldPending, otherPartner]])).rows
        .map((r) => r.id)
        .sort();
    expect(await remaining()).toEqual([recentRejected, oldPending, otherPartner].sort());
    await housekeeping(h.store);
    expect(await remaining()).toEqual([recentRejected, oldPending].sort());
    const organiser = (await createToken(h.store, 'purge organiser', ['constituency:E14001331'])).token;
    expect((await h.call('POST', '/v1/admin/solidarity-messages/purge', { token: organiser })).status).toBe(403);
  });

  it('approving a rejected message stops its purge clock', async () => {
    const id = (await send({ message: 'Rejected then approved', partner: 'purge-c' })).json.message.id as string;
    await h.call('POST', `/v1/admin/solidarity-messages/${id}/decision`, { token: h.adminToken, body: { decision: 'reject' } });
    await h.store.query(`UPDATE solidarity_messages SET rejected_at = now() - interval '40 days' WHERE id = $1`, [id]);
    await approve(id);
    await housekeeping(h.store);
    expect((await wall('?partner=purge-c')).messages.map((m) => m.id)).toEqual([id]);
  });
});
