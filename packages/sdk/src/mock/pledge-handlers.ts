import type { PledgeReceipt, PledgeSummaryRow } from '@solidarity-widgets/contract';
import { ELECTIONS_BY_NATION, pledgeReminderDates, ukToday } from '@solidarity-widgets/rules';
import type { HttpHandler } from 'msw';
import { HttpResponse } from 'msw';
import type { LocalToolkit } from './local-handlers.js';
import type { MockPledge } from './state.js';

const csvCell = (v: unknown) => {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
};

/**
 * Pledges to vote, as the real server takes them: a seat the data knows, an election held in its nation, a polling day not before today in the UK
 * (`state.now()`), one pledge per email, seat and election (a repeat answers 200 with `alreadyPledged`), the reminder
 * dates from `@solidarity-widgets/rules`, a honeypot that is accepted and not stored. Emails are not sent.
 */
export function pledgeHandlers({ r, state, seat, fail, base }: Pick<LocalToolkit, 'r' | 'state' | 'seat' | 'fail'> & { base: string }): HttpHandler[] {
  const countFor = (code: string, partner?: string) =>
    state.pledges.filter((p) => p.constituencyCode === code && (partner === undefined || p.partner === partner)).length;

  const receipt = (p: MockPledge, today: string, nation: Parameters<typeof pledgeReminderDates>[0]['nation']): PledgeReceipt['pledge'] => ({
    id: p.id,
    constituencyCode: p.constituencyCode,
    intent: p.intent,
    election: { type: p.election.type, date: p.election.date },
    reminders: p.reminders,
    reminderDates: p.reminders
      ? pledgeReminderDates({ intent: p.intent, election: p.election.type, pollingDay: p.election.date, nation, today })
      : [],
    // The real server's link is signed; the mock's has the same shape with a token that only looks the part.
    ...(p.reminders ? { stopUrl: `${base}/email/stop?what=pledge&id=${p.id}&token=mock-stop-${p.id}` } : {}),
  });

  return [
    r('createPledge', ({ body }) => {
      const constituency = seat(body.constituencyCode);
      if (!ELECTIONS_BY_NATION[constituency.nation].includes(body.election.type)) {
        const { type } = body.election;
        throw fail(422, 'election_not_held_here', `${type} elections are not held in ${constituency.nation}, where this constituency is.`, { election: type, nation: constituency.nation });
      }
      const today = ukToday(state.now());
      if (body.election.date < today) {
        throw fail(422, 'election_passed', 'This election has already taken place.');
      }
      if (body.website !== undefined && body.website.trim() !== '') {
        // A bot filled the hidden field: answer as if it worked, store nothing.
        const fake: MockPledge = { id: state.newId(), partner: body.partner, constituencyCode: body.constituencyCode, intent: body.intent, election: body.election, email: null, reminders: false, language: 'en', createdAt: state.now().toISOString() };
        return { status: 201, body: { pledge: receipt(fake, today, constituency.nation), count: countFor(body.constituencyCode) + 1 } };
      }
      const email = body.email?.toLowerCase();
      const existing =
        email === undefined
          ? undefined
          : state.pledges.find((p) => p.email?.toLowerCase() === email && p.constituencyCode === body.constituencyCode && p.election.date === body.election.date);
      if (existing) {
        // As on the server: a repeat never hands out the unsubscribe link.
        const { stopUrl: _stopUrl, ...pledge } = receipt(existing, today, constituency.nation);
        return { status: 200, body: { pledge, count: countFor(body.constituencyCode), alreadyPledged: true as const } };
      }
      const pledge: MockPledge = {
        id: state.newId(),
        partner: body.partner,
        constituencyCode: body.constituencyCode,
        intent: body.intent,
        election: { type: body.election.type, date: body.election.date },
        email: body.email ?? null,
        reminders: body.reminders,
        language: body.language ?? 'en',
        createdAt: state.now().toISOString(),
      };
      state.pledges.push(pledge);
      return { status: 201, body: { pledge: receipt(pledge, today, constituency.nation), count: countFor(body.constituencyCode) } };
    }),

    r('pledgeCount', ({ query }) => {
      seat(query.constituency);
      return { body: { constituencyCode: query.constituency, partner: query.partner ?? null, count: countFor(query.constituency, query.partner) } };
    }),

    r('adminPledgeSummary', () => ({ body: { rows: summaryRows() } })),

    r('adminExportPledgeSummary', () => {
      const header = ['constituency_code', 'constituency', 'partner', 'pledges', 'with_reminders'];
      const rows = summaryRows().map((x) => [x.constituencyCode, x.constituencyName, x.partner, x.count, x.withReminders]);
      const csv = [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
      return new HttpResponse(`\uFEFF${csv}`, {
        status: 200,
        headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="pledges.csv"' },
      });
    }),
  ];

  function summaryRows(): PledgeSummaryRow[] {
    const rows = new Map<string, PledgeSummaryRow>();
    for (const p of state.pledges) {
      const key = `${p.constituencyCode} ${p.partner}`;
      const row = rows.get(key) ?? { constituencyCode: p.constituencyCode, constituencyName: seat(p.constituencyCode).name, partner: p.partner, count: 0, withReminders: 0 };
      row.count += 1;
      if (p.reminders) row.withReminders += 1;
      rows.set(key, row);
    }
    return [...rows.values()].sort((a, b) => a.constituencyName.localeCompare(b.constituencyName) || a.partner.localeCompare(b.partner));
  }
}
