import type { Constituency, ErrorCode, FieldError, LocalGroup, LocalGroupList, PostcodeLookup, RouteName } from '@solidarity-widgets/contract';
import type { HttpHandler } from 'msw';
import { HttpResponse } from 'msw';
import type { Ctx, Reply } from './handlers.js';
import type { MockIntroduction, MockState } from './state.js';

/** What the local-organising handlers borrow from `createMockHandlers`. */
export interface LocalToolkit {
  r: <N extends RouteName>(name: N, handle: (ctx: Ctx<N>) => Reply | Promise<Reply>) => HttpHandler;
  state: MockState;
  /** The seat with this code, or a thrown 404 `constituency_not_found`. */
  seat: (code: string) => Constituency;
  lookupPostcode: (raw: string) => PostcodeLookup;
  fail: (status: number, code: ErrorCode, message: string, details?: unknown) => Error;
  validationFailed: (fields: FieldError[]) => Error;
  distanceKm: (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => number;
}

/** Neighbouring seats the groups directory searches, like the real server. */
const NEIGHBOURS = 6;

const csvCell = (v: unknown) => {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
};

const organiserView = ({ listedAt: _listedAt, ...i }: MockIntroduction) => i;

/** `GET /v1/local-groups` as the mock answers it (also the `local` part of `postcodeAnswer`). */
export function mockLocalGroups({ state, seat, lookupPostcode, validationFailed, distanceKm }: Pick<LocalToolkit, 'state' | 'seat' | 'lookupPostcode' | 'validationFailed' | 'distanceKm'>) {
  const ref = (code: string) => ({ code, name: seat(code).name });
  return (query: { constituency?: string | undefined; postcode?: string | undefined }): LocalGroupList => {
    if ((query.constituency === undefined) === (query.postcode === undefined)) {
      throw validationFailed([{ field: query.constituency === undefined ? 'constituency' : 'postcode', code: query.constituency === undefined ? 'required' : 'invalid_value', message: 'Give either a constituency code or a postcode.' }]);
    }
    const searched = new Map<string, number>();
    let home: string | undefined;
    if (query.constituency !== undefined) {
      home = seat(query.constituency).code;
      searched.set(home, 0);
    } else {
      const found = lookupPostcode(query.postcode ?? '');
      for (const m of found.matches) searched.set(m.constituency.code, 0);
      home = found.matches[0]?.constituency.code;
    }
    if (home === undefined) return { constituency: null, nearby: [], groups: [], localContact: null };
    const from = seat(home);
    const nearby = state.constituencies
      .filter((c) => !searched.has(c.code) && (c.nation === 'Northern Ireland') === (from.nation === 'Northern Ireland'))
      .map((c) => ({ code: c.code, name: c.name, distanceKm: distanceKm(from.centroid, c.centroid) }))
      .sort((a, b) => a.distanceKm - b.distanceKm)
      .slice(0, NEIGHBOURS);
    for (const n of nearby) searched.set(n.code, n.distanceKm);
    const groups: LocalGroup[] = state.introductions
      .filter((i) => i.listing === 'approved' && i.constituencies.some((c) => searched.has(c.code)))
      .map((i) => {
        const best = i.constituencies
          .filter((c) => searched.has(c.code))
          .sort((a, b) => (searched.get(a.code) ?? 0) - (searched.get(b.code) ?? 0))[0] ?? ref(home);
        return {
          id: i.id,
          organisation: i.organisation,
          organisationType: i.organisationType,
          communities: i.communities,
          languages: i.languages,
          offers: i.offers,
          constituency: best,
          distanceKm: searched.get(best.code) ?? 0,
          contact: i.showContactInDirectory ? { email: i.email } : null,
          listedAt: i.listedAt ?? i.updatedAt,
        };
      })
      .sort((a, b) => a.distanceKm - b.distanceKm || a.organisation.localeCompare(b.organisation, 'en'));
    const localContact = state.localContacts.find((c) => c.constituency.code === home) ?? null;
    return { constituency: ref(home), nearby, groups, localContact };
  };
}

/**
 * Mock handlers for local contacts, introductions and the groups directory. Admin calls are not scoped
 * (every mock token is an admin); the real server limits organisers to their own seats.
 */
export function localHandlers({ r, state, seat, lookupPostcode, fail, validationFailed, distanceKm }: LocalToolkit): HttpHandler[] {
  const findIntroduction = (id: string) => {
    const i = state.introductions.find((x) => x.id === id);
    if (!i) throw fail(404, 'introduction_not_found', 'There is no introduction with that id.');
    return i;
  };
  const ref = (code: string) => ({ code, name: seat(code).name });

  const listLocalGroups = mockLocalGroups({ state, seat, lookupPostcode, validationFailed, distanceKm });

  return [
    r('getLocalContact', ({ params }) => {
      seat(params.code);
      const contact = state.localContacts.find((c) => c.constituency.code === params.code);
      if (!contact) throw fail(404, 'local_contact_not_found', 'No local contact is registered for this constituency yet.');
      return { body: contact };
    }),

    r('adminSetLocalContact', ({ params, body }) => {
      const contact = {
        constituency: ref(params.code),
        name: body.name,
        email: body.email,
        website: body.website ?? null,
        meetingPlace: body.meetingPlace?.trim() ? body.meetingPlace.trim() : null,
        languages: [...new Set(body.languages)],
        updatedAt: state.now().toISOString(),
      };
      state.localContacts = [...state.localContacts.filter((c) => c.constituency.code !== params.code), contact];
      return { body: contact };
    }),

    r('requestIntroduction', ({ body }) => {
      const unknown = body.constituencies.findIndex((c) => !state.constituencies.some((x) => x.code === c));
      if (unknown >= 0) throw validationFailed([{ field: `constituencies.${unknown}`, code: 'invalid_value', message: 'There is no constituency with this code.' }]);
      const now = state.now().toISOString();
      const listing = body.listInDirectory === true ? ('pending' as const) : ('not_requested' as const);
      const intro: MockIntroduction = {
        id: state.newId(),
        organisation: body.organisation,
        organisationType: body.organisationType,
        communities: body.communities?.trim() ? body.communities.trim() : null,
        languages: [...new Set(body.languages)],
        constituencies: [...new Set(body.constituencies)].map(ref),
        contactName: body.contactName,
        email: body.email,
        offers: [...new Set(body.offers)],
        message: body.message?.trim() ? body.message.trim() : null,
        status: 'new',
        listing,
        showContactInDirectory: body.listInDirectory === true && body.showContactInDirectory === true,
        rejectionReason: null,
        notes: null,
        partner: body.partner ?? null,
        consentVersion: body.consentVersion,
        createdAt: now,
        updatedAt: now,
        listedAt: null,
      };
      state.introductions.unshift(intro);
      return { body: { introduction: { id: intro.id, status: 'new', listing, constituencies: intro.constituencies, createdAt: now } } };
    }),

    r('listLocalGroups', ({ query }) => ({ body: listLocalGroups(query) })),

    r('adminIntroductions', ({ query }) => ({
      body: {
        introductions: state.introductions
          .filter((i) => (query.status === undefined || i.status === query.status) && (query.listing === undefined || i.listing === query.listing))
          .filter((i) => query.constituency === undefined || i.constituencies.some((c) => c.code === query.constituency))
          .map(organiserView),
      },
    })),

    r('adminExportIntroductions', () => {
      const header = ['introduction_id', 'received_at', 'status', 'organisation', 'organisation_type', 'languages', 'constituencies', 'contact_name', 'email', 'offers', 'message', 'listing'];
      const rows = state.introductions.map((i) => [
        i.id, i.createdAt, i.status, i.organisation, i.organisationType, i.languages.join(' '), i.constituencies.map((c) => c.name).join('; '),
        i.contactName, i.email, i.offers.join(' '), i.message, i.listing,
      ]);
      const csv = [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
      return new HttpResponse(`\uFEFF${csv}`, { status: 200, headers: { 'content-type': 'text/csv; charset=utf-8' } });
    }),

    r('adminUpdateIntroduction', ({ params, body }) => {
      const i = findIntroduction(params.id);
      if (body.status !== undefined) i.status = body.status;
      if (body.notes !== undefined) i.notes = body.notes === '' ? null : body.notes;
      i.updatedAt = state.now().toISOString();
      return { body: organiserView(i) };
    }),

    r('adminDecideListing', ({ params, body }) => {
      const i = findIntroduction(params.id);
      if (i.listing === 'not_requested') throw fail(409, 'listing_not_requested', 'This organisation did not ask to be listed.');
      const now = state.now().toISOString();
      if (body.decision === 'approve') {
        i.listing = 'approved';
        i.rejectionReason = null;
        i.listedAt ??= now;
      } else {
        i.listing = 'rejected';
        i.rejectionReason = body.reason ?? null;
        i.listedAt = null;
      }
      i.updatedAt = now;
      return { body: organiserView(i) };
    }),
  ];
}
