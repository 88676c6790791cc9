import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../services/tokens.js';
import { PARTNER_ORIGIN, expectShape, setup } from '../testing/harness.js';
import { useCliServer } from '../testing/cli.js';

const report = (over: Record<string, unknown> = {}) => ({
  postcodeArea: 'SE6 4',
  constituency: 'E14001331',
  answer: 'Lewisham East — MP: Janet Daby (Labour). Majority 18,871 (2024 general election).',
  message: 'Janet Daby had the whip suspended last week.',
  language: 'en',
  partner: 'unite-polish-branch',
  ...over,
});

describe('POST /v1/answer-reports and the organisers’ list', () => {
  let h: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    h = await setup({ rateLimit: { perIp: 3 } });
  });
  afterAll(() => h?.close());

  it('stores a report without any personal data, and shows it to the seat’s organiser, the partner and admins only', async () => {
    const res = await h.call('POST', '/v1/answer-reports', { body: report(), origin: PARTNER_ORIGIN });
    expect(res.status).toBe(201);
    const receipt = expectShape('sendAnswerReport', res.json);
    expect(Date.now() - Date.parse(receipt.report.receivedAt)).toBeLessThan(60_000);

    const organiser = (await createToken(h.store, 'Lewisham organiser', ['constituency:E14001331'])).token;
    const otherSeat = (await createToken(h.store, 'Bromley organiser', ['constituency:E14001137'])).token;
    const partner = (await createToken(h.store, 'Unite Polish branch', ['partner:unite-polish-branch'])).token;
    for (const token of [h.adminToken, organiser, partner]) {
      const list = expectShape('adminAnswerReports', (await h.call('GET', '/v1/admin/answer-reports', { token })).json);
      expect(list.reports).toEqual([expect.objectContaining({
        id: receipt.report.id, postcodeArea: 'SE6 4', constituency: { code: 'E14001331', name: 'Lewisham East' },
        message: 'Janet Daby had the whip suspended last week.', partner: 'unite-polish-branch', origin: PARTNER_ORIGIN,
      })]);
    }
    expect(expectShape('adminAnswerReports', (await h.call('GET', '/v1/admin/answer-reports', { token: otherSeat })).json).reports).toEqual([]);
    expect((await h.call('GET', '/v1/admin/answer-reports')).status).toBe(401);
  });

  it('refuses control characters, a full postcode and an empty message; nothing beyond the message is required', async () => {
    const fields = async (body: unknown) => (await h.call('POST', '/v1/answer-reports', { body })).json.error.details.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`);
    expect(await fields(report({ message: 'wrong\u001b[2J' }))).toEqual(['message:invalid_format']);
    expect(await fields(report({ postcodeArea: 'SE6 4AA' }))).toEqual(['postcodeArea:invalid_format']);
    expect(await fields(report({ message: '   ' }))).toEqual(['message:required']);
    const minimal = await h.call('POST', '/v1/answer-reports', { body: { answer: 'Not a UK postcode', message: 'My postcode is real' } });
    expect(minimal.status).toBe(201);
  });

  it('is rate-limited like other public writes', async () => {
    let last = 0;
    for (let i = 0; i < 4; i++) last = (await h.call('POST', '/v1/answer-reports', { body: report({ message: `again ${i}` }), headers: { 'x-forwarded-for': '203.0.113.9' } })).status;
    expect(last).toBe(429);
  });
});

describe('admin CLI: reports', () => {
  const cli = useCliServer();

  it('lists reports, newest first, with the answer shown and the problem', async () => {
    expect(await cli.admin('reports')).toBe('No reports.\n');
    const res = await fetch(`${cli.server.apiUrl}/answer-reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(report({ message: 'Line one\r\nline two' })) });
    expect(res.status).toBe(201);
    expect(await cli.admin('reports')).toMatch(/ {2}SE6 4 {2}Lewisham East {2}unite-polish-branch {2}en\n {2}answer shown: Lewisham East — MP: Janet Daby \(Labour\)\. .*\n {2}problem: Line one line two\n/);
  });
});
