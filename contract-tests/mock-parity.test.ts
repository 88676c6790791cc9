import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getResponse } from 'msw';
import {
  createClient,
  HttpError,
  type CanvassSignupRequest,
  type SolidarityClient,
  type SolidarityMessageRequest,
} from '@solidarity-widgets/sdk';
import { createAdminClient, type AdminClient } from '@solidarity-widgets/sdk/admin';
import { createMockHandlers, fixtures, mockState } from '@solidarity-widgets/sdk/mock';
import type { RunningServer } from '@solidarity-widgets/server/start';
import { startRealServer } from './harness.js';

/**
 * The mock (`@solidarity-widgets/sdk/mock`) promises apps that their tests see what the real server would say.
 * Here the same inputs go to both, through the same SDK, and the outcome (status, error code, refused fields)
 * must match. The mock is called without patching any global: msw's `getResponse` answers a `Request` from the
 * handlers, and anything they do not handle fails loudly, as `onUnhandledRequest: 'error'` would.
 */
const MOCK_BASE = 'http://mock.invalid';

let server: RunningServer;

interface Side {
  readonly name: 'mock' | 'real';
  readonly api: SolidarityClient;
  /** The admin client (`@solidarity-widgets/sdk/admin`) for this side, with `token`. */
  readonly admin: (token: string) => AdminClient;
  readonly adminToken: string;
  /** An open session on this side, in Lewisham East. */
  readonly sessionId: string;
}
let sides: readonly Side[];

beforeAll(async () => {
  server = await startRealServer({ rateLimit: { perIp: 10_000, perPartner: 10_000 } });
  const handlers = createMockHandlers({ baseUrl: MOCK_BASE, state: mockState() });
  const mockFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const response = await getResponse(handlers, request);
    if (!response) throw new Error(`The mock has no handler for ${request.method} ${request.url}`);
    return response;
  };
  const real = createClient({ baseUrl: server.url, retries: 0, partner: 'parity' });
  const { sessions } = await real.listCanvassSessions({ constituency: 'E14001331' });
  sides = [
    {
      name: 'mock',
      api: createClient({ baseUrl: MOCK_BASE, fetch: mockFetch, retries: 0, partner: 'parity' }),
      admin: (token) => createAdminClient({ baseUrl: MOCK_BASE, token, fetch: mockFetch, retries: 0 }),
      adminToken: fixtures.adminToken,
      sessionId: fixtures.sessionIds.lewishamEast,
    },
    {
      name: 'real',
      api: real,
      admin: (token) => createAdminClient({ baseUrl: server.url, token, retries: 0 }),
      adminToken: server.adminToken,
      sessionId: sessions[0]!.id,
    },
  ];
});
afterAll(async () => {
  await server?.close();
});

/** What a call came to, in the terms an app branches on. */
async function outcome(call: () => Promise<unknown>) {
  try {
    await call();
    return { ok: true };
  } catch (e) {
    if (!(e instanceof HttpError)) throw e;
    return {
      status: e.status,
      code: e.code,
      fields: e.fieldErrors.map((f) => `${f.field}:${f.code}`).sort(),
    };
  }
}

const goodSignup = (sessionId: string): CanvassSignupRequest => ({
  sessionId,
  name: 'Mariam Haddad',
  email: 'mariam@example.org',
  languages: ['ar', 'en'],
  firstTime: true,
  consentToContact: true,
  consentVersion: '2026-11-23',
});

const goodMessage: SolidarityMessageRequest = {
  name: 'Tomasz',
  country: 'PL',
  language: 'pl',
  message: 'Trzymamy kciuki!',
  consentToPublish: true,
  elapsedMs: 20_000,
};

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
/** A pledge for next year's polling day in Lewisham East (the client adds its partner). */
const goodPledge = {
  constituencyCode: 'E14001331',
  intent: 'register-and-vote',
  election: { type: 'local', date: `${new Date().getUTCFullYear() + 1}-05-06` },
  email: 'pledger@example.org',
  reminders: true,
  language: 'so',
} as const;
const partyChange = { constituency: 'E14001331', party: 'Ind', date: '2026-11-20', source: 'https://news.example.org/lewisham-east' };

/** Each case is one thing an app might send; `expected` is what the API documents for it. */
const cases: readonly { what: string; call: (s: Side) => Promise<unknown>; expected: Awaited<ReturnType<typeof outcome>> }[] = [
  { what: 'a garbage postcode', call: (s) => s.api.lookupPostcode('not a postcode'), expected: { status: 400, code: 'postcode_invalid', fields: [] } },
  { what: 'a well-formed unknown postcode', call: (s) => s.api.lookupPostcode('ZZ99 9ZZ'), expected: { status: 404, code: 'postcode_not_found', fields: [] } },
  { what: 'a Jersey postcode', call: (s) => s.api.lookupPostcode('JE2 3AB'), expected: { status: 404, code: 'postcode_outside_constituencies', fields: [] } },
  { what: 'a Falklands postcode', call: (s) => s.api.lookupPostcode('FIQQ 1ZZ'), expected: { status: 404, code: 'postcode_outside_constituencies', fields: [] } },
  { what: 'the Gibraltar postcode', call: (s) => s.api.lookupPostcode('GX11 1AA'), expected: { status: 404, code: 'postcode_outside_constituencies', fields: [] } },
  { what: 'a known split sector', call: (s) => s.api.lookupPostcode('SE13 6'), expected: { ok: true } },
  { what: 'a garbage postcode, answered in one request', call: (s) => s.api.postcodeAnswer('not a postcode'), expected: { status: 400, code: 'postcode_invalid', fields: [] } },
  { what: 'an unknown postcode, answered in one request', call: (s) => s.api.postcodeAnswer('ZZ99 9ZZ'), expected: { status: 404, code: 'postcode_not_found', fields: [] } },
  { what: 'a split sector, answered in one request', call: (s) => s.api.postcodeAnswer('SE13 6', { limit: 3 }), expected: { ok: true } },
  { what: 'a one-request answer with too many nearby seats', call: (s) => s.api.postcodeAnswer('SW1A 1AA', { limit: 21 }), expected: { status: 400, code: 'validation_failed', fields: ['limit:invalid_format'] } },
  { what: 'an unknown constituency code', call: (s) => s.api.getConstituency('E14999999'), expected: { status: 404, code: 'constituency_not_found', fields: [] } },
  { what: 'a malformed constituency code', call: (s) => s.api.getConstituency('lewisham'), expected: { status: 400, code: 'validation_failed', fields: ['code:invalid_format'] } },
  { what: 'party targets for Labour', call: (s) => s.api.partyTargets('E14001331', { party: 'lab' }), expected: { ok: true } },
  { what: 'party targets for an unknown party', call: (s) => s.api.partyTargets('E14001331', { party: 'labour' }), expected: { status: 400, code: 'party_unknown', fields: [] } },
  { what: 'party targets with a swing over 100', call: (s) => s.api.partyTargets('E14001331', { party: 'Lab', swing: '101' as never }), expected: { status: 400, code: 'validation_failed', fields: ['swing:invalid_format'] } },
  { what: 'an unknown nation', call: (s) => s.api.listConstituencies({ nation: 'Atlantis' as never }), expected: { status: 400, code: 'validation_failed', fields: ['nation:invalid_value'] } },
  {
    what: 'a sign-up with a bad email, a blank name and no consent',
    call: (s) => s.api.signUpToCanvass({ ...goodSignup(s.sessionId), name: '  ', email: 'mariam@', consentToContact: false } as unknown as CanvassSignupRequest),
    expected: { status: 400, code: 'validation_failed', fields: ['consentToContact:must_accept', 'email:invalid_format', 'name:required'] },
  },
  {
    what: 'a sign-up missing its required fields',
    call: (s) => s.api.signUpToCanvass({ sessionId: s.sessionId } as unknown as CanvassSignupRequest),
    expected: {
      status: 400,
      code: 'validation_failed',
      fields: ['consentToContact:must_accept', 'consentVersion:required', 'email:required', 'firstTime:required', 'languages:required', 'name:required'],
    },
  },
  { what: 'a sign-up to a session that does not exist', call: (s) => s.api.signUpToCanvass(goodSignup(UNKNOWN_ID)), expected: { status: 404, code: 'session_not_found', fields: [] } },
  {
    what: 'a message without consent, from "Poland"',
    call: (s) => s.api.sendSolidarityMessage({ ...goodMessage, country: 'Poland', consentToPublish: false } as unknown as SolidarityMessageRequest),
    expected: { status: 400, code: 'validation_failed', fields: ['consentToPublish:must_accept', 'country:invalid_format'] },
  },
  { what: 'a made-up wall cursor', call: (s) => s.api.listSolidarityMessages({ cursor: 'not-a-real-cursor' }), expected: { status: 400, code: 'validation_failed', fields: ['cursor:invalid_value'] } },
  { what: 'an admin call with a wrong token', call: (s) => s.admin('wrong-token').moderationQueue(), expected: { status: 401, code: 'unauthorized', fields: [] } },
  {
    what: 'moderating a message that does not exist',
    call: (s) => s.admin(s.adminToken).moderateMessage(UNKNOWN_ID, { decision: 'approve' }),
    expected: { status: 404, code: 'message_not_found', fields: [] },
  },
  {
    what: 'a party change dated tomorrow, for a party the data does not know and without its name',
    call: (s) => s.admin(s.adminToken).addPartyChange({ ...partyChange, party: 'NewParty', date: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10) }),
    expected: { status: 400, code: 'validation_failed', fields: ['date:invalid_value', 'partyName:required'] },
  },
  {
    what: 'a party change with an http source',
    call: (s) => s.admin(s.adminToken).addPartyChange({ ...partyChange, source: 'http://news.example.org/x' }),
    expected: { status: 400, code: 'validation_failed', fields: ['source:invalid_format'] },
  },
  { what: 'a party change in an unknown seat', call: (s) => s.admin(s.adminToken).addPartyChange({ ...partyChange, constituency: 'E14999999' }), expected: { status: 404, code: 'constituency_not_found', fields: [] } },
  { what: 'removing a party change that does not exist', call: (s) => s.admin(s.adminToken).removePartyChange(UNKNOWN_ID), expected: { status: 404, code: 'party_change_not_found', fields: [] } },
  { what: 'a problem report', call: (s) => s.api.reportAnswer({ postcodeArea: 'SE6 4', constituency: 'E14001331', answer: 'Lewisham East', message: 'Wrong party' }), expected: { ok: true } },
  {
    what: 'a problem report with a full postcode and an escape character',
    call: (s) => s.api.reportAnswer({ postcodeArea: 'SE6 4AA', answer: 'Lewisham East', message: 'Wrong\u001b' }),
    expected: { status: 400, code: 'validation_failed', fields: ['message:invalid_format', 'postcodeArea:invalid_format'] },
  },
  { what: 'a pledge without an email or reminders', call: (s) => s.api.createPledge({ ...goodPledge, email: undefined, reminders: false }), expected: { ok: true } },
  { what: 'a pledge asking for reminders without an email', call: (s) => s.api.createPledge({ ...goodPledge, email: undefined }), expected: { status: 400, code: 'validation_failed', fields: ['email:required'] } },
  {
    what: 'a pledge with an unknown intent and a date that is not one',
    call: (s) => s.api.createPledge({ ...goodPledge, intent: 'maybe', election: { type: 'general', date: '2027-02-30' } } as never),
    expected: { status: 400, code: 'validation_failed', fields: ['election.date:invalid_format', 'intent:invalid_value'] },
  },
  { what: 'a pledge in an unknown seat', call: (s) => s.api.createPledge({ ...goodPledge, constituencyCode: 'E14999999' }), expected: { status: 404, code: 'constituency_not_found', fields: [] } },
  { what: 'a pledge for a Senedd election in an English seat', call: (s) => s.api.createPledge({ ...goodPledge, election: { type: 'senedd', date: goodPledge.election.date } }), expected: { status: 422, code: 'election_not_held_here', fields: [] } },
  { what: 'a pledge for an election already held', call: (s) => s.api.createPledge({ ...goodPledge, election: { type: 'general', date: '2024-07-04' } }), expected: { status: 422, code: 'election_passed', fields: [] } },
  {
    what: 'the same email pledging twice: the second says so',
    call: async (s) => {
      await s.api.createPledge({ ...goodPledge, email: `twice-${s.name}@example.org` });
      const again = await s.api.createPledge({ ...goodPledge, email: `TWICE-${s.name}@example.org` });
      if (again.alreadyPledged !== true) throw new Error('the second pledge was not alreadyPledged');
    },
    expected: { ok: true },
  },
  { what: 'the pledge count of an unknown seat', call: (s) => s.api.pledgeCount({ constituency: 'E14999999' }), expected: { status: 404, code: 'constituency_not_found', fields: [] } },
  {
    what: 'one Idempotency-Key reused with a different body',
    call: async (s) => {
      await s.api.signUpToCanvass(goodSignup(s.sessionId), { idempotencyKey: `parity-${s.name}` });
      await s.api.signUpToCanvass({ ...goodSignup(s.sessionId), email: 'someone.else@example.org' }, { idempotencyKey: `parity-${s.name}` });
    },
    expected: { status: 409, code: 'idempotency_conflict', fields: [] },
  },
];

describe('the mock and the real server agree', () => {
  it.each(cases)('$what', async ({ call, expected }) => {
    const [mock, real] = [await outcome(() => call(sides[0]!)), await outcome(() => call(sides[1]!))];
    expect({ mock, real }).toEqual({ mock: expected, real: expected });
  });

  it('on what a refused election names: the election and the seat’s nation', async () => {
    const details = await Promise.all(
      sides.map(async (s) => {
        try {
          await s.api.createPledge({ ...goodPledge, election: { type: 'mayoral', date: goodPledge.election.date }, constituencyCode: 'S14000060' });
        } catch (e) {
          if (e instanceof HttpError) return { code: e.code, details: e.details };
          throw e;
        }
        return undefined;
      }),
    );
    expect(details[1]).toEqual({ code: 'election_not_held_here', details: { election: 'mayoral', nation: 'Scotland' } });
    expect(details[0]).toEqual(details[1]);
  });

  it('on the seats a split sector spans, and on an MP', async () => {
    const [mock, real] = sides.map((s) => s.api);
    const codes = async (api: SolidarityClient) => (await api.lookupPostcode('SE13 6')).matches.map((m) => m.constituency.code);
    expect(await codes(mock!)).toEqual(await codes(real!));
    expect((await mock!.getConstituency('E14001331')).mp).toEqual((await real!.getConstituency('E14001331')).mp);
  });

  it('on an MP after an operator records a party change, and after it is removed', async () => {
    const mps = async () => Promise.all(sides.map(async (s) => (await s.api.getConstituency('E14001331')).mp));
    const ids = await Promise.all(sides.map(async (s) => (await s.admin(s.adminToken).addPartyChange(partyChange)).id));
    const [mock, real] = await mps();
    expect(real).toMatchObject({ party: 'Ind', elected: { party: 'Lab' }, partySince: '2026-11-20' });
    expect(mock).toEqual(real);
    await Promise.all(sides.map((s, i) => s.admin(s.adminToken).removePartyChange(ids[i]!)));
    const [mockAfter, realAfter] = await mps();
    expect(realAfter).toEqual({ name: 'Janet Daby', party: 'Lab', partyName: 'Labour' });
    expect(mockAfter).toEqual(realAfter);
  });
});
