import {
  CanvassSession,
  Constituency,
  ModerationQueueItem,
  PostcodeLookup,
  routes,
  type RouteName,
} from '@solidarity-widgets/contract';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HttpError, createClient } from '../index.js';
import { createAdminClient } from '../admin.js';
import { approveMessage, createMockHandlers, fixtures, mockCancelToken, mockState, normalisePostcode, type MockState } from './index.js';

const baseUrl = 'http://localhost:8787';
const server = setupServer();
let state: MockState;
const api = createClient({ baseUrl, retries: 0 });
const admin = createAdminClient({ baseUrl, token: fixtures.adminToken, retries: 0 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  let n = 0;
  state = mockState({
    now: () => new Date('2026-11-24T12:00:00Z'),
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  });
  server.resetHandlers(...createMockHandlers({ state }));
});
afterAll(() => server.close());

const signup = {
  sessionId: fixtures.sessionIds.bromley,
  name: 'Sam Okoro',
  email: 'sam@example.com',
  languages: ['en', 'yo'],
  firstTime: true,
  consentToContact: true,
  consentVersion: '2026-11-23',
} as const;

const message = { name: 'Joan', country: 'GB', language: 'en', message: 'Proud of you all.', consentToPublish: true } as const;

const introduction = {
      organisation: 'Brockley Bengali Women\u2019s Forum',
      organisationType: 'community_group',
      languages: ['bn', 'en'],
      constituencies: ['E14001332'],
      contactName: 'Nasima Begum',
      email: 'nasima@example.org',
      offers: ['canvassers'],
      consentToContact: true,
      consentVersion: '2026-12-01',
      listInDirectory: true,
    } as const;

/** A pledge in Lewisham East for the English local elections of 6 May 2027 (the mock's clock says 24 November 2026). */
const pledge = {
  partner: 'unite-london',
  constituencyCode: 'E14001331',
  intent: 'register-and-vote',
  election: { type: 'local', date: '2027-05-06' },
  email: 'ama@example.org',
  reminders: true,
  language: 'pl',
} as const;

const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const bearer = { authorization: `Bearer ${fixtures.adminToken}` };
const partyChange = { constituency: 'E14001331', party: 'Ind', date: '2026-11-20', source: 'https://news.example.org/lewisham-east' };

/** Signs in to the mock console as `email` (the "emailed" token is in the state): the session cookie and CSRF token. */
async function consoleSession(email = 'admin@example.org') {
  await fetch(`${baseUrl}/v1/console/sign-in`, json({ email }));
  const token = [...state.signInTokens.keys()].at(-1) ?? '';
  const res = await fetch(`${baseUrl}/v1/console/session`, json({ token }));
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: { cookie, 'x-csrf-token': csrfToken } };
}

describe('every route answers in the contract shape', () => {
  // A Record over RouteName: a route added to the contract fails typechecking here until the mock covers it.
  const calls: Record<RouteName, () => Promise<Response>> = {
    health: () => fetch(`${baseUrl}/v1/health`),
    healthLive: () => fetch(`${baseUrl}/v1/health/live`),
    healthReady: () => fetch(`${baseUrl}/v1/health/ready`),
    lookupPostcode: () => fetch(`${baseUrl}/v1/postcodes/SE13%206`),
    postcodeAnswer: () => fetch(`${baseUrl}/v1/postcodes/SE6%201AA/answer?limit=3`),
    getConstituency: () => fetch(`${baseUrl}/v1/constituencies/E14001455`),
    listConstituencies: () => fetch(`${baseUrl}/v1/constituencies?maxMajorityPct=10`),
    nearbyMarginals: () => fetch(`${baseUrl}/v1/constituencies/E14001331/nearby-marginals?limit=3`),
    partyTargets: () => fetch(`${baseUrl}/v1/constituencies/E14001331/targets?party=lab`),
    listCanvassSessions: () => fetch(`${baseUrl}/v1/canvass-sessions`),
    createCanvassSignup: () => fetch(`${baseUrl}/v1/canvass-signups`, json(signup)),
    sendSolidarityMessage: () => fetch(`${baseUrl}/v1/solidarity-messages`, json(message)),
    listSolidarityMessages: () => fetch(`${baseUrl}/v1/solidarity-messages?limit=3`),
    adminCreateCanvassSession: () =>
      fetch(`${baseUrl}/v1/admin/canvass-sessions`, {
        ...json({
          constituencyCode: 'W07000089',
          title: 'Splott doorstep',
          startsAt: '2027-04-03T09:00:00Z',
          endsAt: '2027-04-03T12:00:00Z',
          meetingPoint: 'Splott Road',
          organiserName: 'Dylan',
          organiserContact: 'dylan@example.org',
          capacity: 6,
        }),
        headers: { 'content-type': 'application/json', ...bearer },
      }),
    adminModerationQueue: () => fetch(`${baseUrl}/v1/admin/solidarity-messages`, { headers: bearer }),
    adminModerateMessage: () =>
      fetch(`${baseUrl}/v1/admin/solidarity-messages/${fixtures.solidarityMessages[12]?.id ?? ''}/decision`, {
        ...json({ decision: 'reject', reason: 'Not about the campaign.' }),
        headers: { 'content-type': 'application/json', ...bearer },
      }),
    adminEraseMessage: () => fetch(`${baseUrl}/v1/admin/solidarity-messages/${fixtures.solidarityMessages[13]?.id ?? ''}`, { method: 'DELETE', headers: bearer }),
    adminPurgeRejectedMessages: () => fetch(`${baseUrl}/v1/admin/solidarity-messages/purge`, { method: 'POST', headers: bearer }),
    adminExportSignups: () => fetch(`${baseUrl}/v1/admin/canvass-signups.csv`, { headers: bearer }),
    adminErasePerson: () => fetch(`${baseUrl}/v1/admin/people?email=priya.shah%40example.com`, { method: 'DELETE', headers: bearer }),
    cancelCanvassSignup: () =>
      fetch(`${baseUrl}/v1/canvass-signups/${fixtures.canvassSignups[0]?.id ?? ''}/cancel`, json({ token: mockCancelToken(fixtures.canvassSignups[0]?.id ?? '') })),
    adminListCanvassSessions: () => fetch(`${baseUrl}/v1/admin/canvass-sessions`, { headers: bearer }),
    adminUpdateCanvassSession: () =>
      fetch(`${baseUrl}/v1/admin/canvass-sessions/${fixtures.sessionIds.lewishamEast}`, {
        ...json({ title: 'Sunday doorstep', capacity: 14 }),
        method: 'PATCH',
        headers: { 'content-type': 'application/json', ...bearer },
      }),
    adminCancelCanvassSession: () =>
      fetch(`${baseUrl}/v1/admin/canvass-sessions/${fixtures.sessionIds.bromley}/cancel`, { method: 'POST', headers: bearer }),
    adminListCanvassSignups: () => fetch(`${baseUrl}/v1/admin/canvass-signups?session=${fixtures.sessionIds.lewishamEast}`, { headers: bearer }),
    getLocalContact: () => fetch(`${baseUrl}/v1/constituencies/E14001331/local-contact`),
    adminSetLocalContact: () =>
      fetch(`${baseUrl}/v1/admin/constituencies/E14001332/local-contact`, {
        ...json({ name: 'Lewisham North Labour', email: 'hello@lewisham-north.example.org', languages: ['en'] }),
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...bearer },
      }),
    requestIntroduction: () => fetch(`${baseUrl}/v1/introductions`, json(introduction)),
    listLocalGroups: () => fetch(`${baseUrl}/v1/local-groups?postcode=SE13%206`),
    adminIntroductions: () => fetch(`${baseUrl}/v1/admin/introductions?listing=pending`, { headers: bearer }),
    adminExportIntroductions: () => fetch(`${baseUrl}/v1/admin/introductions.csv`, { headers: bearer }),
    adminUpdateIntroduction: () =>
      fetch(`${baseUrl}/v1/admin/introductions/${fixtures.introductions[2]?.id ?? ''}`, {
        ...json({ status: 'contacted' }),
        method: 'PATCH',
        headers: { 'content-type': 'application/json', ...bearer },
      }),
    adminDecideListing: () =>
      fetch(`${baseUrl}/v1/admin/introductions/${fixtures.introductions[2]?.id ?? ''}/decision`, {
        ...json({ decision: 'approve' }),
        headers: { 'content-type': 'application/json', ...bearer },
      }),
    adminAddPartyChange: () =>
      fetch(`${baseUrl}/v1/admin/party-changes`, { ...json(partyChange), headers: { 'content-type': 'application/json', ...bearer } }),
    adminListPartyChanges: () => fetch(`${baseUrl}/v1/admin/party-changes`, { headers: bearer }),
    sendAnswerReport: () => fetch(`${baseUrl}/v1/answer-reports`, json({ postcodeArea: 'SE6 4', answer: 'Lewisham East', message: 'The MP changed party' })),
    adminAnswerReports: () => fetch(`${baseUrl}/v1/admin/answer-reports`, { headers: bearer }),
    recordReferralVisit: () => fetch(`${baseUrl}/v1/referrals/k2m3n4p5q6/visit`, json({ partner: 'unite-london', action: 'signup' })),
    adminReferrals: () => fetch(`${baseUrl}/v1/admin/referrals`, { headers: bearer }),
    adminRemovePartyChange: async () => {
      const added = await fetch(`${baseUrl}/v1/admin/party-changes`, { ...json(partyChange), headers: { 'content-type': 'application/json', ...bearer } });
      const { id } = (await added.json()) as { id: string };
      return fetch(`${baseUrl}/v1/admin/party-changes/${id}`, { method: 'DELETE', headers: bearer });
    },
    consoleSignIn: () => fetch(`${baseUrl}/v1/console/sign-in`, json({ email: 'admin@example.org' })),
    consoleOpenSession: async () => {
      await fetch(`${baseUrl}/v1/console/sign-in`, json({ email: 'admin@example.org' }));
      return fetch(`${baseUrl}/v1/console/session`, json({ token: [...state.signInTokens.keys()][0] ?? '' }));
    },
    consoleMe: async () => fetch(`${baseUrl}/v1/console/me`, { headers: { cookie: (await consoleSession()).cookie } }),
    consoleUpdateMe: async () =>
      fetch(`${baseUrl}/v1/console/me`, { ...json({ language: 'cy' }), method: 'PATCH', headers: { 'content-type': 'application/json', ...(await consoleSession()).csrf } }),
    consoleSignOut: async () => fetch(`${baseUrl}/v1/console/sign-out`, { method: 'POST', headers: (await consoleSession()).csrf }),
    consoleSignOutEverywhere: async () => fetch(`${baseUrl}/v1/console/sign-out-everywhere`, { method: 'POST', headers: (await consoleSession()).csrf }),
    adminListOrganisers: () => fetch(`${baseUrl}/v1/admin/organisers`, { headers: bearer }),
    adminCreateOrganiser: () =>
      fetch(`${baseUrl}/v1/admin/organisers`, {
        ...json({ email: 'new@example.org', name: 'New organiser', scopes: ['constituency:E14001332'] }),
        headers: { 'content-type': 'application/json', ...bearer },
      }),
    adminUpdateOrganiser: () =>
      fetch(`${baseUrl}/v1/admin/organisers/${fixtures.organisers[1]?.id ?? ''}`, {
        ...json({ notify: 'off' }),
        method: 'PATCH',
        headers: { 'content-type': 'application/json', ...bearer },
      }),
    adminDisableOrganiser: () => fetch(`${baseUrl}/v1/admin/organisers/${fixtures.organisers[1]?.id ?? ''}/disable`, { method: 'POST', headers: bearer }),
    adminAuditLog: () => fetch(`${baseUrl}/v1/admin/audit-log?limit=5`, { headers: bearer }),
    adminSetAttendance: () =>
      fetch(`${baseUrl}/v1/admin/canvass-signups/${fixtures.canvassSignups[0]?.id ?? ''}/attendance`, {
        ...json({ attended: true }),
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...bearer },
      }),
    adminDashboard: () => fetch(`${baseUrl}/v1/admin/dashboard`, { headers: bearer }),
    createPledge: () => fetch(`${baseUrl}/v1/pledges`, json(pledge)),
    pledgeCount: () => fetch(`${baseUrl}/v1/pledges/count?constituency=E14001331`),
    adminPledgeSummary: async () => {
      await fetch(`${baseUrl}/v1/pledges`, json(pledge));
      return fetch(`${baseUrl}/v1/admin/pledges/summary`, { headers: bearer });
    },
    adminExportPledgeSummary: async () => {
      await fetch(`${baseUrl}/v1/pledges`, json(pledge));
      return fetch(`${baseUrl}/v1/admin/pledges/summary.csv`, { headers: bearer });
    },
  };

  for (const name of Object.keys(routes) as RouteName[]) {
    it(name, async () => {
      const route = routes[name];
      const res = await calls[name]();
      expect(res.status).toBe(route.status);
      if (route.response === null) {
        expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
        const expected = { adminExportIntroductions: '"Lewisham Polish Community Association"', adminExportPledgeSummary: '"Lewisham East","unite-london","1","1"' } as Record<string, string>;
        expect(await res.text()).toContain(expected[name] ?? '"Priya Shah"');
        return;
      }
      const result = route.response.safeParse(await res.json());
      expect(result.success ? [] : result.error.issues).toEqual([]);
    });
  }
});

describe('fixtures', () => {
  it('are valid contract shapes', () => {
    for (const c of fixtures.constituencies) expect(Constituency.safeParse(c).success).toBe(true);
    for (const p of Object.values(fixtures.postcodes)) expect(PostcodeLookup.safeParse(p).success).toBe(true);
    for (const s of fixtures.canvassSessions) expect(CanvassSession.safeParse(s).success).toBe(true);
    for (const { email: _e, ...m } of fixtures.solidarityMessages) expect(ModerationQueueItem.safeParse(m).success).toBe(true);
  });

  it('hold real seats and MPs, by-elections included', () => {
    const byCode = new Map(fixtures.constituencies.map((c) => [c.code, c]));
    expect(byCode.get('E14001331')).toMatchObject({ name: 'Lewisham East', mp: { name: 'Janet Daby', party: 'Lab' } });
    expect(byCode.get('E14001172')?.mp.name).toBe('Rachel Blake');
    expect(byCode.get('E14001455')).toMatchObject({ mp: { party: 'Reform' }, byElection: { date: '2025-05-01', majority: 6 } });
    expect(byCode.get('E14001137')?.marginality).toBe('ultra_marginal');
    expect(new Set(fixtures.constituencies.map((c) => c.nation))).toEqual(new Set(['England', 'Wales', 'Scotland', 'Northern Ireland']));
  });

  it('are copied by mockState, so tests cannot change them', async () => {
    await api.signUpToCanvass(signup);
    expect(state.sessions.find((s) => s.id === signup.sessionId)?.placesLeft).toBe(0);
    expect(fixtures.canvassSessions.find((s) => s.id === signup.sessionId)?.placesLeft).toBe(1);
    expect(mockState().sessions.find((s) => s.id === signup.sessionId)?.placesLeft).toBe(1);
  });
});

describe('postcodes', () => {
  it('types a split sector and sees both Lewisham seats, largest share first', async () => {
    const r = await api.lookupPostcode('se13  6');
    expect(r).toMatchObject({ query: 'SE13 6', kind: 'sector', uncertain: true });
    expect(r.matches.map((m) => [m.constituency.name, m.share])).toEqual([
      ['Lewisham East', 0.6526],
      ['Lewisham North', 0.3474],
    ]);
  });

  it('types SW1A1AA without a space and sees Cities of London and Westminster', async () => {
    const r = await api.lookupPostcode('sw1a1aa');
    expect(r).toMatchObject({ query: 'SW1A 1AA', kind: 'postcode', uncertain: false });
    expect(r.matches).toHaveLength(1);
    expect(r.matches[0]?.constituency).toMatchObject({ code: 'E14001172', mp: { name: 'Rachel Blake' } });
  });

  it('types a whole outcode and sees three seats', async () => {
    const r = await api.lookupPostcode('SE13');
    expect(r.kind).toBe('outcode');
    expect(r.matches.map((m) => m.constituency.code)).toEqual(['E14001332', 'E14001331', 'E14001257']);
  });

  it('types a Belfast postcode and learns only the nation', async () => {
    const r = await api.lookupPostcode('BT7 1NN');
    expect(r).toMatchObject({ kind: 'nation', nation: 'Northern Ireland', uncertain: true, matches: [] });
  });

  it.each([
    ['not a postcode', 400, 'postcode_invalid'],
    ['ZZ99 9ZZ', 404, 'postcode_not_found'],
    ['GY1 1AA', 404, 'postcode_outside_constituencies'],
  ] as const)('%s → %i %s', async (input, status, code) => {
    await expect(api.lookupPostcode(input)).rejects.toMatchObject({ name: 'HttpError', status, code });
  });

  it('answers the finder\'s first screen in one request, with the same parts as the separate routes', async () => {
    const a = await api.postcodeAnswer('se6 1aa', { limit: 3 });
    expect(a.lookup).toEqual(await api.lookupPostcode('SE6 1AA'));
    expect(a.seat?.constituency).toEqual(await api.getConstituency('E14001331'));
    expect(a.seat?.nearby).toEqual(await api.nearbyMarginals('E14001331', { limit: 3 }));
    expect(a.seat?.local).toEqual(await api.listLocalGroups({ constituency: 'E14001331' }));
    // Several seats: choose first. Northern Ireland: every seat of the nation to choose from.
    expect(await api.postcodeAnswer('SE13 6')).toMatchObject({ seat: null, lookup: { kind: 'sector' } });
    const ni = await api.postcodeAnswer('BT7 1NN');
    expect(ni.seat).toBeNull();
    expect(ni.lookup.matches.map((m) => m.constituency.code)).toEqual(
      (await api.listConstituencies({ nation: 'Northern Ireland' })).constituencies.map((c) => c.code),
    );
    expect(ni.lookup.matches.length).toBeGreaterThan(0);
    await expect(api.postcodeAnswer('ZZ99 9ZZ')).rejects.toMatchObject({ status: 404, code: 'postcode_not_found' });
  });

  it('normalises like the real lookup', () => {
    expect(normalisePostcode(' sw1a 1aa ')).toBe('SW1A 1AA');
    expect(normalisePostcode('SE136AA')).toBe('SE13 6AA');
    expect(normalisePostcode('SE13 6')).toBe('SE13 6');
    expect(normalisePostcode('SE13')).toBe('SE13');
    expect(normalisePostcode('13SE')).toBeNull();
    // Like the real lookup: harmless punctuation, and a half-typed unit read as its sector.
    expect(normalisePostcode('SE6-4AA')).toBe('SE6 4AA');
    expect(normalisePostcode('se6 4aa.')).toBe('SE6 4AA');
    expect(normalisePostcode('SE6 4A')).toBe('SE6 4');
    expect(normalisePostcode('SE64A')).toBe('SE6 4');
  });
});

describe('constituencies', () => {
  it('gets one seat with its 2024 result', async () => {
    const c = await api.getConstituency('E14001331');
    expect(c).toMatchObject({ name: 'Lewisham East', winner: { name: 'Janet Daby', votes: 23646 }, majority: 18073 });
  });

  it('gives 404 constituency_not_found for an unknown code and 400 for a malformed one', async () => {
    await expect(api.getConstituency('E14009999')).rejects.toMatchObject({ status: 404, code: 'constituency_not_found' });
    const error = (await api.getConstituency('lewisham').catch((e: unknown) => e)) as HttpError;
    expect(error.code).toBe('validation_failed');
    expect(error.fieldErrors).toEqual([{ field: 'code', code: 'invalid_format', message: 'This is not in the expected format.' }]);
  });

  it('lists by nation and by majority', async () => {
    const wales = await api.listConstituencies({ nation: 'Wales' });
    expect(wales.constituencies.map((c) => c.name)).toEqual(['Cardiff East']);
    const marginal = await api.listConstituencies({ maxMajorityPct: '5' });
    expect(marginal.constituencies.every((c) => c.majorityPct <= 0.05)).toBe(true);
    expect(marginal.constituencies.map((c) => c.name)).toContain('Bromley and Biggin Hill');
    expect(marginal.constituencies.map((c) => c.name)).not.toContain('Old Bexley and Sidcup');
  });

  it('finds the marginals nearest Lewisham East, nearest first', async () => {
    const r = await api.nearbyMarginals('E14001331', { limit: 3 });
    expect(r.from).toEqual({ code: 'E14001331', name: 'Lewisham East' });
    expect(r.maxMajorityPct).toBe(10);
    expect(r.marginals.map((m) => m.constituency.name)).toEqual(['Bromley and Biggin Hill', 'Old Bexley and Sidcup', 'Bethnal Green and Stepney']);
    expect(r.marginals[0]?.distanceKm).toBeCloseTo(8.3, 0);
  });

  it('party targets: Labour from Lewisham East can win Bromley and Biggin Hill (a swing of 0.32 points, 1 session)', async () => {
    const t = await api.partyTargets('E14001331', { party: 'lab' });
    expect(t.party).toEqual({ code: 'Lab', name: 'Labour' });
    expect(t.basis).toEqual({ election: 'general', date: '2024-07-04' });
    // Con 15,929, Lab 15,627 of 46,788 valid votes: (302 / 46,788) / 2 = 0.32 points.
    expect(t.win[0]).toMatchObject({ constituency: { name: 'Bromley and Biggin Hill' }, swingNeeded: 0.32, sessions: 1, second: { party: 'Lab' } });
    expect(t.hold.every((h) => h.first.party === 'Lab' && h.swingNeeded <= 5)).toBe(true);
    await expect(api.partyTargets('E14001331', { party: 'labour' })).rejects.toMatchObject({ code: 'party_unknown', status: 400 });
  });

  it('refuses a limit above 20', async () => {
    await expect(api.nearbyMarginals('E14001331', { limit: 50 })).rejects.toMatchObject({ code: 'validation_failed', fieldErrors: [{ field: 'limit' }] });
  });
});

describe('canvassing', () => {
  it('lists sessions, optionally for one seat', async () => {
    expect((await api.listCanvassSessions()).sessions).toHaveLength(4);
    const le = await api.listCanvassSessions({ constituency: 'E14001331' });
    expect(le.sessions.map((s) => s.title)).toEqual(['Saturday doorstep: Catford and Rushey Green']);
  });

  it('confirms while places are left, then waitlists and marks the session full', async () => {
    const first = await api.signUpToCanvass(signup);
    expect(first.signup).toEqual({ id: '00000000-0000-4000-8000-000000000001', sessionId: signup.sessionId, status: 'confirmed', createdAt: '2026-11-24T12:00:00.000Z' });
    expect(first.session).toMatchObject({ placesLeft: 0, status: 'full' });
    expect(first.ics).toContain('DTSTART:20270310T180000Z');
    expect(first.ics).toContain('SUMMARY:Weeknight leafleting around Bromley North');
    const second = await api.signUpToCanvass({ ...signup, email: 'second@example.com' });
    expect(second.signup.status).toBe('waitlisted');
    expect(second.session.placesLeft).toBe(0);
    expect(state.signups.map((s) => s.status)).toEqual(['confirmed', 'confirmed', 'waitlisted']);
  });

  it('refuses a cancelled session and an unknown one', async () => {
    await expect(api.signUpToCanvass({ ...signup, sessionId: fixtures.sessionIds.aberdeenNorth })).rejects.toMatchObject({ status: 409, code: 'session_not_open' });
    await expect(api.signUpToCanvass({ ...signup, sessionId: '11111111-1111-4111-8111-111111111111' })).rejects.toMatchObject({ status: 404, code: 'session_not_found' });
  });

  it('asks for the consent box to be ticked', async () => {
    const body = { ...signup, consentToContact: false } as unknown as typeof signup;
    const error = (await api.signUpToCanvass(body).catch((e: unknown) => e)) as HttpError;
    expect(error.fieldErrors).toEqual([{ field: 'consentToContact', code: 'must_accept', message: 'Please tick this box to continue.' }]);
  });

  it('answers a repeated Idempotency-Key once, and refuses it for a different body', async () => {
    const a = await api.signUpToCanvass(signup, { idempotencyKey: 'k1' });
    const b = await api.signUpToCanvass(signup, { idempotencyKey: 'k1' });
    expect(b).toEqual(a);
    expect(state.signups).toHaveLength(2);
    await expect(api.signUpToCanvass({ ...signup, name: 'Someone else' }, { idempotencyKey: 'k1' })).rejects.toMatchObject({
      status: 409,
      code: 'idempotency_conflict',
    });
  });

  it('answers a body that is not JSON with 400 invalid_json', async () => {
    const res = await fetch(`${baseUrl}/v1/canvass-signups`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_json' } });
  });
});

describe('solidarity messages', () => {
  it('are pending until approved, then appear first on the wall', async () => {
    const receipt = await api.sendSolidarityMessage({ ...message, partner: 'unite-london' });
    expect(receipt.message.status).toBe('pending');
    const before = await api.listSolidarityMessages({ limit: 1 });
    expect(before.messages[0]?.name).toBe('Kasia W.');

    state.now = () => new Date('2026-11-25T09:00:00Z');
    approveMessage(state, receipt.message.id);
    const after = await api.listSolidarityMessages({ limit: 1 });
    expect(after.messages[0]).toMatchObject({ id: receipt.message.id, name: 'Joan', organisation: null, publishedAt: '2026-11-25T09:00:00.000Z' });
    expect(after.totals.messages).toBe(before.totals.messages + 1);
  });

  it('can be approved and rejected through the admin routes', async () => {
    const queue = await admin.moderationQueue();
    expect(queue.messages.map((m) => m.name)).toEqual(['Ana Lima', 'Oleksandr']);
    const [ana, olek] = queue.messages;
    const approved = await admin.moderateMessage(ana?.id ?? '', { decision: 'approve' });
    expect(approved).toMatchObject({ status: 'approved', partner: 'unite-london' });
    const rejected = await admin.moderateMessage(olek?.id ?? '', { decision: 'reject', reason: 'Sent twice.' });
    expect(rejected).toMatchObject({ status: 'rejected', rejectionReason: 'Sent twice.', publishedAt: null });
    expect((await admin.moderationQueue()).messages).toEqual([]);
    expect((await admin.moderationQueue({ status: 'rejected' })).messages.map((m) => m.name)).toEqual(['Oleksandr']);
    expect(approved).not.toHaveProperty('email');
  });

  it('erase one message by id, and purge rejected ones 30 days after rejection', async () => {
    const queue = await admin.moderationQueue();
    const [ana, olek] = queue.messages;
    expect(await admin.eraseMessage(ana?.id ?? '')).toEqual({ erased: { solidarityMessages: 1 } });
    expect((await admin.moderationQueue()).messages.map((m) => m.name)).toEqual(['Oleksandr']);
    await expect(admin.eraseMessage(ana?.id ?? '')).rejects.toMatchObject({ status: 404, code: 'message_not_found' });

    state.now = () => new Date('2026-11-01T09:00:00Z');
    await admin.moderateMessage(olek?.id ?? '', { decision: 'reject' });
    state.now = () => new Date('2026-11-30T09:00:00Z');
    expect(await admin.purgeRejectedMessages()).toEqual({ purged: { solidarityMessages: 0 }, retentionDays: 30 });
    state.now = () => new Date('2026-12-01T09:00:01Z');
    expect(await admin.purgeRejectedMessages()).toEqual({ purged: { solidarityMessages: 1 }, retentionDays: 30 });
    expect((await admin.moderationQueue({ status: 'rejected' })).messages).toEqual([]);
  });

  it('refuses the same message twice', async () => {
    await api.sendSolidarityMessage(message);
    await expect(api.sendSolidarityMessage(message)).rejects.toMatchObject({ status: 409, code: 'duplicate_message' });
  });

  it('quietly drops a honeypot submission', async () => {
    const r = await api.sendSolidarityMessage({ ...message, website: 'http://spam.example' });
    expect(r.message.status).toBe('pending');
    expect(state.messages.some((m) => m.id === r.message.id)).toBe(false);
  });

  it('pages the wall with cursors until nextCursor is null', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await api.listSolidarityMessages(cursor === undefined ? { limit: 5 } : { limit: 5, cursor });
      pages += 1;
      seen.push(...page.messages.map((m) => m.id));
      expect(page.totals).toEqual({ messages: 12, countries: 10 });
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(12);
  });

  it('refuses a cursor it did not issue', async () => {
    await expect(api.listSolidarityMessages({ cursor: 'bogus' })).rejects.toMatchObject({ code: 'validation_failed', fieldErrors: [{ field: 'cursor' }] });
  });
});

describe('admin', () => {
  it('creates a session that supporters can then sign up to', async () => {
    const session = await admin.createCanvassSession({
      constituencyCode: 'E14001414',
      title: '  Sidcup high street  ',
      startsAt: '2027-04-10T10:00:00Z',
      endsAt: '2027-04-10T12:00:00Z',
      meetingPoint: 'Sidcup station',
      organiserName: 'Grace',
      organiserContact: 'grace@example.org',
      capacity: 3,
    });
    expect(session).toMatchObject({ title: 'Sidcup high street', constituency: { name: 'Old Bexley and Sidcup' }, placesLeft: 3, accessibility: null });
    const receipt = await api.signUpToCanvass({ ...signup, sessionId: session.id });
    expect(receipt.session.placesLeft).toBe(2);
  });

  it('refuses a session that ends before it starts, naming endsAt', async () => {
    await expect(
      admin.createCanvassSession({
        constituencyCode: 'E14001414',
        title: 'Backwards',
        startsAt: '2027-04-10T12:00:00Z',
        endsAt: '2027-04-10T10:00:00Z',
        meetingPoint: 'Sidcup station',
        organiserName: 'Grace',
        organiserContact: 'grace@example.org',
        capacity: 3,
      }),
    ).rejects.toMatchObject({ code: 'validation_failed', fieldErrors: [{ field: 'endsAt', code: 'invalid_value' }] });
  });

  it('erases a person’s sign-ups and messages by email', async () => {
    await api.sendSolidarityMessage({ ...message, email: 'Priya.Shah@example.com' });
    const report = await admin.erasePerson('priya.shah@example.com');
    expect(report).toEqual({ erased: { canvassSignups: 1, solidarityMessages: 1, introductions: 0, pledges: 0 } });
    expect(state.signups).toEqual([]);
  });

  it('defuses spreadsheet formulas in the CSV', async () => {
    await api.signUpToCanvass({ ...signup, name: '=HYPERLINK("http://evil")' });
    const csv = await admin.exportSignupsCsv();
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});

describe('local contacts, introductions and the groups directory', () => {
  it('a seat with a local contact returns it; a seat without one is 404 local_contact_not_found', async () => {
    expect(await api.getLocalContact('E14001331')).toMatchObject({ name: 'Lewisham East Labour Party', languages: ['en', 'pl', 'yo'] });
    const err = await api.getLocalContact('E14001332').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect(err).toMatchObject({ status: 404, code: 'local_contact_not_found' });
    await admin.setLocalContact('E14001332', { name: 'Lewisham North Labour', email: 'hi@example.org', languages: [] });
    expect((await api.getLocalContact('E14001332')).name).toBe('Lewisham North Labour');
  });

  it('an introduction is stored pending for the organisers, with the client\'s partner, then listed once approved', async () => {
    const partnered = createClient({ baseUrl, retries: 0, partner: 'unite-london' });
    const receipt = await partnered.requestIntroduction(introduction);
    expect(receipt.introduction).toMatchObject({ status: 'new', listing: 'pending', constituencies: [{ code: 'E14001332', name: 'Lewisham North' }] });
    expect(state.introductions[0]).toMatchObject({ partner: 'unite-london', email: 'nasima@example.org' });
    const inbox = await admin.introductions({ listing: 'pending' });
    expect(inbox.introductions.map((i) => i.organisation)).toContain('Brockley Bengali Women\u2019s Forum');

    const before = await api.listLocalGroups({ constituency: 'E14001332' });
    expect(before.groups.map((g) => g.organisation)).not.toContain('Brockley Bengali Women\u2019s Forum');
    await admin.decideListing(receipt.introduction.id, { decision: 'approve' });
    const after = await api.listLocalGroups({ constituency: 'E14001332' });
    expect(after.groups[0]).toMatchObject({ organisation: 'Brockley Bengali Women\u2019s Forum', distanceKm: 0, contact: null });
    expect(await admin.updateIntroduction(receipt.introduction.id, { status: 'closed' })).toMatchObject({ status: 'closed' });
  });

  it('the directory for a postcode covers its seats and the nearest others, in the seat first', async () => {
    const list = await api.listLocalGroups({ postcode: 'SE13 6' });
    expect(list.constituency).toEqual({ code: 'E14001331', name: 'Lewisham East' });
    expect(list.groups.map((g) => g.organisation)).toEqual(['Lewisham Polish Community Association', 'Unite Lewisham Community Branch']);
    expect(list.groups[0]?.contact).toEqual({ email: 'kontakt@lewisham-polish.example.org' });
    const err = await api.listLocalGroups({}).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 400, code: 'validation_failed' });
  });

  it('refuses a listing decision when none was asked for, and unknown seats as a field error', async () => {
    const plain = await api.requestIntroduction({ ...introduction, listInDirectory: false });
    expect(await admin.decideListing(plain.introduction.id, { decision: 'approve' }).catch((e: unknown) => e)).toMatchObject({ status: 409, code: 'listing_not_requested' });
    const bad = await api.requestIntroduction({ ...introduction, constituencies: ['E14999999'] }).catch((e: unknown) => e);
    expect(bad).toMatchObject({ code: 'validation_failed', fieldErrors: [{ field: 'constituencies.0', code: 'invalid_value' }] });
  });

  it('erasing a person removes their introductions', async () => {
    await api.requestIntroduction(introduction);
    expect((await admin.erasePerson('NASIMA@example.org')).erased.introductions).toBe(1);
    expect(state.introductions.some((i) => i.email === 'nasima@example.org')).toBe(false);
  });
});

describe('cancellation and organisers\' session tools', () => {
  const bromley = fixtures.sessionIds.bromley; // 2 places, 1 left

  it('a receipt carries a cancel token; cancelling promotes the earliest waitlisted person, and is idempotent', async () => {
    const first = await api.signUpToCanvass({ ...signup, sessionId: bromley, email: 'first@example.com' });
    const waiting1 = await api.signUpToCanvass({ ...signup, sessionId: bromley, email: 'w1@example.com' });
    const waiting2 = await api.signUpToCanvass({ ...signup, sessionId: bromley, email: 'w2@example.com' });
    expect([first.signup.status, waiting1.signup.status, waiting2.signup.status]).toEqual(['confirmed', 'waitlisted', 'waitlisted']);
    expect(first.cancelToken).toBe(mockCancelToken(first.signup.id));
    expect(first.cancelUrl).toBe(`${baseUrl}/cancel-signup?id=${first.signup.id}&token=${first.cancelToken}`);

    const cancelled = await api.cancelCanvassSignup(first.signup.id, first.cancelToken!);
    expect(cancelled.signup.status).toBe('cancelled');
    expect(cancelled.session).toMatchObject({ placesLeft: 0, status: 'full' });
    expect(state.requests.at(-1)).toMatchObject({ method: 'POST', body: { token: first.cancelToken } });
    const statuses = () => Object.fromEntries(state.signups.map((s) => [s.email, s.status]));
    expect(statuses()).toMatchObject({ 'first@example.com': 'cancelled', 'w1@example.com': 'confirmed', 'w2@example.com': 'waitlisted' });
    await api.cancelCanvassSignup(first.signup.id, first.cancelToken!);
    expect(statuses()['w2@example.com']).toBe('waitlisted');
    const listed = await admin.listCanvassSignups({ session: bromley });
    expect(listed.signups.find((s) => s.email === 'w1@example.com')?.promotedAt).toBe('2026-11-24T12:00:00.000Z');
  });

  it('a wrong token is HttpError signup_not_found (404)', async () => {
    const id = fixtures.canvassSignups[0]!.id;
    await expect(api.cancelCanvassSignup(id, 'not-the-token')).rejects.toMatchObject({ name: 'HttpError', status: 404, code: 'signup_not_found' });
    await expect(api.cancelCanvassSignup(id, mockCancelToken(id))).resolves.toMatchObject({ signup: { status: 'cancelled' } });
  });

  it('organisers edit sessions: more places promote, fewer than confirmed is capacity_below_confirmed', async () => {
    await api.signUpToCanvass({ ...signup, sessionId: bromley, email: 'taken@example.com' });
    await api.signUpToCanvass({ ...signup, sessionId: bromley, email: 'queue@example.com' });
    const grown = await admin.updateCanvassSession(bromley, { capacity: 3, meetingPoint: 'Bromley North, ticket hall', accessibility: null });
    expect(grown).toMatchObject({ capacity: 3, placesLeft: 0, status: 'full', meetingPoint: 'Bromley North, ticket hall', accessibility: null });
    expect(state.signups.find((s) => s.email === 'queue@example.com')?.status).toBe('confirmed');
    const refused = await admin.updateCanvassSession(bromley, { capacity: 1 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HttpError);
    expect(refused).toMatchObject({ status: 409, code: 'capacity_below_confirmed', details: { confirmed: 3, capacity: 1 } });
    expect(state.requests.at(-1)).toMatchObject({ method: 'PATCH', headers: { authorization: `Bearer ${fixtures.adminToken}` } });
  });

  it('organisers list their sessions and sign-ups and cancel a session', async () => {
    const { sessions } = await admin.listCanvassSessions();
    expect(sessions.map((s) => s.id)).toContain(fixtures.sessionIds.aberdeenNorth);
    const { signups } = await admin.listCanvassSignups();
    expect(signups[0]).toMatchObject({ email: 'priya.shah@example.com', constituency: { code: 'E14001331' }, cancelledAt: null });
    expect((await admin.cancelCanvassSession(fixtures.sessionIds.lewishamEast)).status).toBe('cancelled');
    await expect(api.signUpToCanvass({ ...signup, sessionId: fixtures.sessionIds.lewishamEast })).rejects.toMatchObject({ code: 'session_not_open' });
    await expect(admin.listCanvassSignups({ session: '9b1d0c2e-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'session_not_found' });
    await expect(createAdminClient({ baseUrl, token: 'wrong-token', retries: 0 }).cancelCanvassSession(bromley)).rejects.toMatchObject({ status: 401 });
  });
});

describe('party changes (admin)', () => {
  it('a recorded change shows at once in the seat and its postcodes, and removing it restores the data', async () => {
    const headers = { 'content-type': 'application/json', ...bearer };
    const added = await fetch(`${baseUrl}/v1/admin/party-changes`, { ...json({ ...partyChange, constituency: 'E14001172', party: 'GWP', partyName: 'Green Workers Party' }), headers });
    expect(added.status).toBe(201);
    const { id } = (await added.json()) as { id: string };
    const seat = (await (await fetch(`${baseUrl}/v1/constituencies/E14001172`)).json()) as Constituency;
    expect(seat.mp).toMatchObject({ name: 'Rachel Blake', party: 'GWP', partyName: 'Green Workers Party', partySince: '2026-11-20', elected: { party: 'Lab' } });
    await fetch(`${baseUrl}/v1/admin/party-changes/${id}`, { method: 'DELETE', headers: bearer });
    const after = (await (await fetch(`${baseUrl}/v1/constituencies/E14001172`)).json()) as Constituency;
    expect(after.mp.party).toBe('Lab');
    expect(after.mp.elected).toBeUndefined();
  });
});

describe('pledges to vote', () => {
  it('a pledge answers with its reminder dates and the seat count; the same email again is alreadyPledged, not a second pledge', async () => {
    const first = await api.createPledge(pledge);
    expect(first.pledge).toMatchObject({
      constituencyCode: 'E14001331',
      intent: 'register-and-vote',
      reminders: true,
      // Registration closes on Monday 19 April 2027 (12 working days before, the May bank holiday skipped).
      reminderDates: [
        { kind: 'registration-deadline', date: '2027-04-16' },
        { kind: 'days-before', date: '2027-05-03' },
        { kind: 'polling-day', date: '2027-05-06' },
      ],
    });
    expect(first.pledge.stopUrl).toBe(`http://localhost:8787/email/stop?what=pledge&id=${first.pledge.id}&token=mock-stop-${first.pledge.id}`);
    expect(first.count).toBe(1);
    expect(first.alreadyPledged).toBeUndefined();
    const again = await api.createPledge({ ...pledge, email: 'AMA@example.org', intent: 'vote' });
    expect(again).toMatchObject({ alreadyPledged: true, count: 1, pledge: { id: first.pledge.id, intent: 'register-and-vote' } });
    expect(again.pledge.stopUrl).toBeUndefined();
    expect(state.pledges).toHaveLength(1);
    const anonymous = await api.createPledge({ ...pledge, partner: 'gmb-wales', email: undefined, reminders: false });
    expect(anonymous).toMatchObject({ count: 2, pledge: { reminders: false, reminderDates: [] } });
    expect(anonymous.pledge.stopUrl).toBeUndefined();
    await expect(api.pledgeCount({ constituency: 'E14001331' })).resolves.toEqual({ constituencyCode: 'E14001331', partner: null, count: 2 });
    await expect(api.pledgeCount({ constituency: 'E14001331', partner: 'gmb-wales' })).resolves.toEqual({ constituencyCode: 'E14001331', partner: 'gmb-wales', count: 1 });
    await expect(admin.pledgeSummary()).resolves.toEqual({
      rows: [
        { constituencyCode: 'E14001331', constituencyName: 'Lewisham East', partner: 'gmb-wales', count: 1, withReminders: 0 },
        { constituencyCode: 'E14001331', constituencyName: 'Lewisham East', partner: 'unite-london', count: 1, withReminders: 1 },
      ],
    });
  });

  it('the client adds its partner; reminders without an email, a past election and an unknown seat are refused', async () => {
    const partnered = createClient({ baseUrl, retries: 0, partner: 'unite-london' });
    const { partner: _partner, ...withoutPartner } = pledge;
    await partnered.createPledge(withoutPartner);
    expect(state.pledges[0]?.partner).toBe('unite-london');
    await expect(api.createPledge(withoutPartner)).rejects.toMatchObject({ status: 400, code: 'validation_failed', fieldErrors: [{ field: 'partner', code: 'required' }] });
    await expect(api.createPledge({ ...pledge, email: undefined })).rejects.toMatchObject({ status: 400, fieldErrors: [{ field: 'email', code: 'required' }] });
    await expect(api.createPledge({ ...pledge, election: { type: 'general', date: '2026-11-23' } })).rejects.toMatchObject({ status: 422, code: 'election_passed' });
    await expect(api.createPledge({ ...pledge, constituencyCode: 'E14999999' })).rejects.toMatchObject({ status: 404, code: 'constituency_not_found' });
    await expect(api.pledgeCount({ constituency: 'E14999999' })).rejects.toMatchObject({ status: 404, code: 'constituency_not_found' });
    expect(state.pledges).toHaveLength(1);
  });

  it('a pledge made on polling day gets only the polling-day reminder; erasing the person erases it', async () => {
    const onTheDay = await api.createPledge({ ...pledge, election: { type: 'general', date: '2026-11-24' } });
    expect(onTheDay.pledge.reminderDates).toEqual([{ kind: 'polling-day', date: '2026-11-24' }]);
    await expect(admin.erasePerson('ama@example.org')).resolves.toMatchObject({ erased: { pledges: 1 } });
    await expect(api.pledgeCount({ constituency: 'E14001331' })).resolves.toMatchObject({ count: 0 });
  });
});
