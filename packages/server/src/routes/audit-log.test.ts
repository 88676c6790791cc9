import type { AuditEntry, AuditLogPage } from '@solidarity-widgets/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../services/tokens.js';
import { expectShape, makeSession, messageBody, setup, signupBody } from '../testing/harness.js';
import { signIn, type ConsoleAgent } from '../testing/console.js';

let h: Awaited<ReturnType<typeof setup>>;
const HENDON = 'E14001279';
const LEWISHAM_EAST = 'E14001331';
let hendon: ConsoleAgent;
beforeAll(async () => {
  h = await setup({ config: { signInLimit: { perAddress: 50, perNetwork: 1000 } } });
  hendon = await signIn(h.call, h.store, { email: 'hendon@example.org', name: 'Hendon organiser', scopes: [`constituency:${HENDON}`] });
});
afterAll(() => h?.close());

type Entry = AuditEntry;
const all = async (call: (path: string) => Promise<{ json: unknown }>): Promise<Entry[]> => {
  const entries: Entry[] = [];
  let cursor: string | null = null;
  do {
    const page: AuditLogPage = expectShape('adminAuditLog', (await call(`/v1/admin/audit-log?limit=3${cursor ? `&cursor=${cursor}` : ''}`)).json);
    entries.push(...page.entries);
    cursor = page.nextCursor;
  } while (cursor);
  return entries;
};

describe('audit log', () => {
  it('records who did what to which subject, without personal data, newest first across pages', async () => {
    // No token: the agent's cookie and CSRF token make the call.
    const session = await makeSession(hendon.call, '', { constituencyCode: HENDON });
    const signup = await h.call('POST', '/v1/canvass-signups', { body: signupBody(session, { email: 'secret.person@example.org' }), headers: { 'idempotency-key': crypto.randomUUID() } });
    await hendon.call('PATCH', `/v1/admin/canvass-sessions/${session}`, { body: { capacity: 6 } });
    await hendon.call('PUT', `/v1/admin/canvass-signups/${signup.json.signup.id}/attendance`, { body: { attended: true } });
    await hendon.call('GET', '/v1/admin/canvass-signups.csv');
    const erased = await hendon.call('DELETE', '/v1/admin/people?email=secret.person%40example.org');
    expect(erased.json.erased.canvassSignups).toBe(1);
    await hendon.call('POST', `/v1/admin/canvass-sessions/${session}/cancel`);

    const msg = await h.call('POST', '/v1/solidarity-messages', { body: messageBody({ partner: 'unite', message: 'A very private sentence' }), headers: { 'idempotency-key': crypto.randomUUID() } });
    const mod = (await createToken(h.store, 'Unite moderator (script)', ['partner:unite'])).token;
    await h.call('POST', `/v1/admin/solidarity-messages/${msg.json.message.id}/decision`, { token: mod, body: { decision: 'reject', reason: 'Quotes A very private sentence' } });

    const entries = await all((path) => hendon.call('GET', path));
    const mine = entries.filter((e) => e.actor.id === hendon.organiserId);
    expect(mine.map((e) => e.action)).toEqual(['session_cancel', 'erase_person', 'export_signups', 'attendance_set', 'session_update', 'session_create', 'sign_in']);
    expect(mine.every((e) => e.actor.type === 'organiser' && e.actor.name === 'Hendon organiser')).toBe(true);
    expect(mine.find((e) => e.action === 'session_update')).toMatchObject({ subject: { type: 'canvass_session', id: session }, constituency: HENDON, details: { fields: 'capacity' } });
    expect(mine.find((e) => e.action === 'erase_person')?.details).toEqual({ canvassSignups: 1, solidarityMessages: 0, introductions: 0, pledges: 0 });
    expect(mine.find((e) => e.action === 'export_signups')?.details).toEqual({ rows: 1, complete: true });
    // Times run newest first, and no page repeats an entry.
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect([...entries].sort((a, b) => b.at.localeCompare(a.at)).map((e) => e.id)).toEqual(entries.map((e) => e.id));

    const everything = await all((path) => h.call('GET', path, { token: h.adminToken }));
    const decision = everything.find((e) => e.action === 'moderate_message');
    expect(decision).toMatchObject({ actor: { type: 'token', name: 'Unite moderator (script)' }, partner: 'unite', details: { decision: 'reject' } });
    const raw = JSON.stringify((await h.store.query('SELECT * FROM audit_log')).rows);
    expect(raw).not.toContain('secret.person');
    expect(raw).not.toContain('private sentence');
    expect(raw).not.toContain('hendon@example.org');
  });

  it('each organiser sees only entries within their scopes; admins see all', async () => {
    const lewisham = await signIn(h.call, h.store, { email: 'lewisham@example.org', name: 'Lewisham organiser', scopes: [`constituency:${LEWISHAM_EAST}`] });
    await makeSession(h.call, h.adminToken, { constituencyCode: LEWISHAM_EAST });
    const seen = await all((path) => lewisham.call('GET', path));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((e) => e.constituency === LEWISHAM_EAST || e.actor.id === lewisham.organiserId)).toBe(true);
    expect(seen.some((e) => e.constituency === HENDON)).toBe(false);
    const admin = await all((path) => h.call('GET', path, { token: h.adminToken }));
    expect(admin.some((e) => e.constituency === HENDON)).toBe(true);
    expect(admin.some((e) => e.constituency === LEWISHAM_EAST)).toBe(true);
  });

  it('refuses a crafted cursor as validation_failed', async () => {
    const res = await h.call('GET', '/v1/admin/audit-log?cursor=not-a-cursor', { token: h.adminToken });
    expect([res.status, res.json.error.code]).toEqual([400, 'validation_failed']);
  });
});
