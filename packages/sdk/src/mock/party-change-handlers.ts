import type { AnswerReport, Constituency, Mp, PartyChange } from '@solidarity-widgets/contract';
import type { HttpHandler } from 'msw';
import type { LocalToolkit } from './local-handlers.js';

/**
 * Mock handlers for operators' MP party changes (admin). As on the real server, the latest change by date is applied
 * to the seat's MP in every answer (here by rewriting the seat and the postcode answers in `state`), a change back
 * to the elected party shows a plain MP again, and removing a change restores what the data said. The party list
 * is the fixtures' (a smaller one than the real data's).
 */
export function partyChangeHandlers({ r, state, seat, fail, validationFailed }: Omit<LocalToolkit, 'lookupPostcode' | 'distanceKm'>): HttpHandler[] {
  const changes: PartyChange[] = [];
  /** Each seat's MP as the data had it, kept from its first recorded change. */
  const original = new Map<string, Mp>();
  const electedOn = (c: Constituency) => c.majorityFrom?.date ?? c.byElection?.date ?? '2024-07-04';
  const parties = () => {
    const names = new Map<string, string>();
    for (const c of state.constituencies) for (const p of [c.mp, c.winner, c.runnerUp, c.mp.elected]) if (p && !names.has(p.party)) names.set(p.party, p.partyName);
    return names;
  };

  /** Recomputes one seat's MP from its data and the recorded changes, and writes it wherever the seat is answered. */
  const apply = (code: string) => {
    const c = seat(code);
    const base = original.get(code) ?? c.mp;
    original.set(code, base);
    const since = base.partySince ?? electedOn(c);
    const effective = changes.filter((x) => x.constituency.code === code && x.date >= since).sort((a, b) => a.date.localeCompare(b.date) || a.addedAt.localeCompare(b.addedAt)).at(-1);
    for (const x of changes) if (x.constituency.code === code) x.applied = x === effective;
    let mp: Mp = base;
    if (effective) {
      const elected = base.elected ?? { party: base.party, partyName: base.partyName, date: electedOn(c) };
      mp = effective.party === elected.party
        ? { name: base.name, party: effective.party, partyName: effective.partyName }
        : { name: base.name, party: effective.party, partyName: effective.partyName, elected: { ...elected }, partySince: effective.date, partySinceExact: true, partySource: effective.source };
    }
    c.mp = mp;
    // As the server: every answer's facts hold to the later of the data's date and the newest recorded change.
    const newest = changes.reduce((d, x) => (x.date > d ? x.date : d), '');
    for (const s of state.constituencies) {
      if (newest > s.dataCurrentTo) s.factsCurrentTo = newest;
      else delete s.factsCurrentTo;
    }
    for (const answer of Object.values(state.postcodes)) for (const m of answer.matches) if (m.constituency.code === code) m.constituency.mp = structuredClone(mp);
  };

  /** Reports of problems with finder answers (the mock's tokens are all admins, so the list is every report). */
  const reports: AnswerReport[] = [];

  return [
    r('sendAnswerReport', ({ body, request }) => {
      const c = body.constituency ? state.constituencies.find((x) => x.code === body.constituency) : undefined;
      const report: AnswerReport = {
        id: state.newId(),
        postcodeArea: body.postcodeArea ?? null,
        constituency: c ? { code: c.code, name: c.name } : null,
        answer: body.answer,
        message: body.message,
        language: body.language ?? null,
        partner: body.partner ?? null,
        origin: request.headers.get('origin'),
        receivedAt: state.now().toISOString(),
      };
      reports.unshift(report);
      return { status: 201, body: { report: { id: report.id, receivedAt: report.receivedAt } } };
    }),

    r('adminAnswerReports', () => ({ body: { reports: structuredClone(reports) } })),

    r('adminAddPartyChange', ({ body }) => {
      const c = seat(body.constituency);
      const partyName = body.partyName ?? parties().get(body.party);
      const today = state.now().toISOString().slice(0, 10);
      const fields = [];
      if (partyName === undefined) fields.push({ field: 'partyName', code: 'required' as const, message: `No party "${body.party}" in the data: give its name.` });
      if (body.date > today) fields.push({ field: 'date', code: 'invalid_value' as const, message: 'The date is in the future.' });
      else if (body.date < electedOn(c)) fields.push({ field: 'date', code: 'invalid_value' as const, message: 'The date is before the MP was elected.' });
      if (fields.length > 0 || partyName === undefined) throw validationFailed(fields);
      const change: PartyChange = {
        id: state.newId(),
        constituency: { code: c.code, name: c.name },
        party: body.party,
        partyName,
        date: body.date,
        source: body.source,
        note: body.note ? body.note : null,
        addedBy: 'mock admin',
        addedAt: state.now().toISOString(),
        applied: false,
      };
      changes.push(change);
      apply(c.code);
      return { status: 201, body: structuredClone(change) };
    }),

    r('adminListPartyChanges', () => ({
      body: { changes: structuredClone([...changes].sort((a, b) => b.date.localeCompare(a.date) || b.addedAt.localeCompare(a.addedAt))) },
    })),

    r('adminRemovePartyChange', ({ params }) => {
      const i = changes.findIndex((x) => x.id === params.id);
      const found = changes[i];
      if (!found) throw fail(404, 'party_change_not_found', 'No recorded party change has this id.');
      const removed = structuredClone(found);
      changes.splice(i, 1);
      apply(found.constituency.code);
      return { body: { removed } };
    }),
  ];
}
