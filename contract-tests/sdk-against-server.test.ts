import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANVASS_CONSENT_VERSION, routes, type RouteName } from '@solidarity-widgets/contract';
import {
  HttpError,
  type CanvassSignupRequest,
  type SolidarityClient,
  type SolidarityMessageRequest,
} from '@solidarity-widgets/sdk';
import { createToken } from '@solidarity-widgets/server';
import type { RunningServer } from '@solidarity-widgets/server/start';
import { createAdminClient } from '@solidarity-widgets/sdk/admin';
import { PARTNER_ORIGIN, adminSdkFor, recordingFetch, sdkFor, startRealServer, thrown, type Exchange } from './harness.js';

/**
 * The SDK against the real server: a real socket, a real (in-memory) database, no mocks.
 *
 * Every route of the contract's `routes` table is named here and called through the SDK. A route added to the
 * table without a test here fails "every route in the contract is tested", so none can be forgotten.
 */
const TESTED: readonly RouteName[] = [
  'health',
  'recordReferralVisit',
  'adminReferrals',
  'lookupPostcode',
  'postcodeAnswer',
  'getConstituency',
  'listConstituencies',
  'nearbyMarginals',
  'partyTargets',
  'listCanvassSessions',
  'createCanvassSignup',
  'sendSolidarityMessage',
  'listSolidarityMessages',
  'adminCreateCanvassSession',
  'adminModerationQueue',
  'adminModerateMessage',
  'adminExportSignups',
  'adminErasePerson',
  'cancelCanvassSignup',
  'adminListCanvassSessions',
  'adminUpdateCanvassSession',
  'adminCancelCanvassSession',
  'adminListCanvassSignups',
  'getLocalContact',
  'adminSetLocalContact',
  'requestIntroduction',
  'listLocalGroups',
  'adminIntroductions',
  'adminExportIntroductions',
  'adminUpdateIntroduction',
  'adminDecideListing',
  'adminEraseMessage',
  'adminPurgeRejectedMessages',
  'adminAddPartyChange',
  'adminListPartyChanges',
  'adminRemovePartyChange',
  'sendAnswerReport',
  'adminAnswerReports',
  'healthLive',
  'healthReady',
  'consoleSignIn',
  'consoleOpenSession',
  'consoleMe',
  'consoleUpdateMe',
  'consoleSignOut',
  'consoleSignOutEverywhere',
  'adminListOrganisers',
  'adminCreateOrganiser',
  'adminUpdateOrganiser',
  'adminDisableOrganiser',
  'adminAuditLog',
  'adminSetAttendance',
  'adminDashboard',
  'createPledge',
  'pledgeCount',
  'adminPledgeSummary',
  'adminExportPledgeSummary',
];

const LEWISHAM_EAST = 'E14001331';
const BROMLEY = 'E14001137';

let server: RunningServer;
const log: Exchange[] = [];
let api: SolidarityClient;

beforeAll(async () => {
  // Generous write limits: this file makes many writes; rate-limit.test.ts checks the limits themselves.
  server = await startRealServer({ rateLimit: { perIp: 10_000, perPartner: 10_000 } });
  api = sdkFor(server, log, { partner: 'contract-tests' });
});

/** The admin client (`@solidarity-widgets/sdk/admin`) with `token`, recording into the same log. */
const adminWith = (token: string) => adminSdkFor(server, log, token);
afterAll(async () => {
  await server?.close();
});

const signup = (over: Partial<CanvassSignupRequest> & { sessionId: string }): CanvassSignupRequest => ({
  name: 'Sam Okoro',
  email: 'sam.okoro@example.org',
  languages: ['en', 'yo'],
  firstTime: true,
  consentToContact: true,
  consentVersion: CANVASS_CONSENT_VERSION,
  ...over,
});

let messageNo = 0;
/** A message a person would write; each one different, so the duplicate check never trips by accident. */
const message = (over: Partial<SolidarityMessageRequest> = {}): SolidarityMessageRequest => ({
  name: 'Agnieszka',
  organisation: 'Polish Workers Association',
  country: 'PL',
  language: 'pl',
  message: `Solidarność z wami! (${++messageNo})`,
  consentToPublish: true,
  elapsedMs: 20_000,
  ...over,
});

async function sessionIn(code: string) {
  const { sessions } = await api.listCanvassSessions({ constituency: code });
  const first = sessions[0];
  if (!first) throw new Error(`no seeded session in ${code}`);
  return first;
}

async function httpError(call: () => Promise<unknown>): Promise<HttpError> {
  const error = await thrown(call);
  expect(error).toBeInstanceOf(HttpError);
  return error as HttpError;
}

describe('public reads through the SDK', () => {
  it('health: the API is up and says how current its data is', async () => {
    const health = await api.health();
    expect(health.status).toBe('ok');
    expect(health.store).toBe('pglite');
    expect(health.dataCurrentTo).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('liveness and readiness: a load balancer may send traffic once the database is migrated', async () => {
    expect(await api.request('healthLive')).toEqual({ status: 'ok' });
    const ready = await api.request('healthReady');
    expect(ready).toMatchObject({ status: 'ready', store: 'pglite' });
    expect(ready.migrations).toBeGreaterThan(0);
  });

  it('a supporter types SE13 6 and sees both seats it spans, Lewisham East first', async () => {
    const lookup = await api.lookupPostcode('se13 6');
    expect(lookup.kind).toBe('sector');
    expect(lookup.uncertain).toBe(true);
    expect(lookup.matches.map((m) => m.constituency.name)).toEqual(['Lewisham East', 'Lewisham North']);
    expect(lookup.matches[0]?.constituency.mp?.name).toBe('Janet Daby');
    const shares = lookup.matches.map((m) => m.share ?? Number.NaN);
    expect(shares[0]).toBeGreaterThan(shares[1] ?? 1);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
  });

  it('the finder\'s first screen in one request: SE6 4AA with its seat, nearby marginals and local directory', async () => {
    const answer = await api.postcodeAnswer('se6 4aa', { limit: 3 });
    expect(answer.lookup).toEqual(await api.lookupPostcode('SE6 4AA'));
    expect(answer.seat?.constituency).toEqual(await api.getConstituency(LEWISHAM_EAST));
    expect(answer.seat?.nearby).toEqual(await api.nearbyMarginals(LEWISHAM_EAST, { limit: 3, postcode: 'SE6 4AA' }));
    expect(answer.seat?.local).toEqual(await api.listLocalGroups({ constituency: LEWISHAM_EAST }));
    const ni = await api.postcodeAnswer('BT7 1NN');
    expect(ni).toMatchObject({ seat: null, lookup: { kind: 'nation', nation: 'Northern Ireland' } });
    expect(ni.lookup.matches).toHaveLength(18);
    expect((await httpError(() => api.postcodeAnswer('ZZ99 9ZZ'))).code).toBe('postcode_not_found');
  });

  it('one constituency: Lewisham East with its MP, result and marginality', async () => {
    const seat = await api.getConstituency(LEWISHAM_EAST);
    expect(seat.code).toBe(LEWISHAM_EAST);
    expect(seat.name).toBe('Lewisham East');
    expect(seat.nation).toBe('England');
    expect(seat.mp?.name).toBe('Janet Daby');
    expect(seat.marginality).toBe('safe');
  });

  it('all constituencies, then only Scotland’s, then only the marginals', async () => {
    const all = await api.listConstituencies();
    expect(all.constituencies).toHaveLength(650);
    const scotland = await api.listConstituencies({ nation: 'Scotland' });
    expect(scotland.constituencies).toHaveLength(57);
    expect(new Set(scotland.constituencies.map((c) => c.nation))).toEqual(new Set(['Scotland']));
    const marginal = await api.listConstituencies({ maxMajorityPct: 2 });
    expect(marginal.constituencies.length).toBeGreaterThan(0);
    expect(marginal.constituencies.length).toBeLessThan(650);
    for (const c of marginal.constituencies) expect(c.majorityPct * 100).toBeLessThanOrEqual(2);
  });

  it('nearby marginals from Lewisham East: Bromley and Biggin Hill first, nearest first, all marginal', async () => {
    const near = await api.nearbyMarginals(LEWISHAM_EAST, { limit: 5 });
    expect(near.from).toEqual({ code: LEWISHAM_EAST, name: 'Lewisham East' });
    expect(near.marginals.length).toBeGreaterThan(0);
    expect(near.marginals.length).toBeLessThanOrEqual(5);
    expect(near.marginals[0]?.constituency.code).toBe(BROMLEY);
    const distances = near.marginals.map((m) => m.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const m of near.marginals) expect(m.constituency.majorityPct * 100).toBeLessThanOrEqual(near.maxMajorityPct);
  });

  it('party targets: Labour from Lewisham East can win Bromley and Biggin Hill (a swing of 0.32 points); an unknown party is party_unknown', async () => {
    const t = await api.partyTargets(LEWISHAM_EAST, { party: 'lab', count: 3 });
    expect(t.party).toEqual({ code: 'Lab', name: 'Labour' });
    expect(t.win[0]).toMatchObject({ constituency: { code: BROMLEY }, swingNeeded: 0.32, first: { party: 'Con' }, second: { party: 'Lab' } });
    expect(t.win.length).toBeLessThanOrEqual(3);
    for (const x of [...t.win, ...t.hold]) expect(x.sessions).toBeGreaterThanOrEqual(0);
    const e = await httpError(() => api.partyTargets(LEWISHAM_EAST, { party: 'labour' }));
    expect([e.status, e.code]).toEqual([400, 'party_unknown']);
    expect(e.details).toMatchObject({ parties: expect.arrayContaining(['Lab', 'Con', 'Reform']) });
  });

  it('canvassing sessions: the seeded Catford session, in London time, with places left', async () => {
    const { sessions } = await api.listCanvassSessions({ constituency: LEWISHAM_EAST });
    expect(sessions.map((s) => s.title)).toContain('Lewisham East: door-knocking in Catford');
    for (const s of sessions) {
      expect(s.constituency.code).toBe(LEWISHAM_EAST);
      expect(s.timeZone).toBe('Europe/London');
      expect(Date.parse(s.endsAt)).toBeGreaterThan(Date.parse(s.startsAt));
    }
    const everywhere = await api.listCanvassSessions();
    expect(everywhere.sessions.length).toBeGreaterThanOrEqual(6);
  });
});

describe('lookup errors are typed with the documented codes', () => {
  it('garbage is 400 postcode_invalid', async () => {
    const e = await httpError(() => api.lookupPostcode('not a postcode'));
    expect([e.status, e.code]).toEqual([400, 'postcode_invalid']);
    expect(e.message).toMatch(/SW1A 1AA/);
  });

  it('a well-formed unknown postcode is 404 postcode_not_found, naming the sector when it exists', async () => {
    const e = await httpError(() => api.lookupPostcode('ZZ99 9ZZ'));
    expect([e.status, e.code]).toEqual([404, 'postcode_not_found']);
    const typo = await httpError(() => api.lookupPostcode('SE13 9ZZ'));
    expect(typo.code).toBe('postcode_not_found');
    expect(typo.details).toMatchObject({ sector: 'SE13 9' });
  });

  it('Jersey is 404 postcode_outside_constituencies', async () => {
    const e = await httpError(() => api.lookupPostcode('JE2 3AB'));
    expect([e.status, e.code]).toEqual([404, 'postcode_outside_constituencies']);
  });

  it('an unknown constituency code is 404 constituency_not_found; a malformed one is 400 validation_failed', async () => {
    const missing = await httpError(() => api.getConstituency('E14999999'));
    expect([missing.status, missing.code]).toEqual([404, 'constituency_not_found']);
    const malformed = await httpError(() => api.nearbyMarginals('lewisham'));
    expect([malformed.status, malformed.code]).toEqual([400, 'validation_failed']);
    expect(malformed.fieldErrors.map((f) => f.field)).toContain('code');
  });
});

describe('canvass sign-ups through the SDK', () => {
  it('signs up, gets a confirmed receipt with a calendar file, and the session has one place fewer', async () => {
    const before = await sessionIn(LEWISHAM_EAST);
    const receipt = await api.signUpToCanvass(signup({ sessionId: before.id, email: 'first.signup@example.org' }));
    expect(receipt.signup.status).toBe('confirmed');
    expect(receipt.signup.sessionId).toBe(before.id);
    expect(receipt.session.placesLeft).toBe(before.placesLeft - 1);
    expect(receipt.ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(receipt.ics).toContain('Catford');
    const row = await server.store.query<{ partner: string | null }>('SELECT partner FROM canvass_signups WHERE id = $1', [receipt.signup.id]);
    expect(row.rows).toEqual([{ partner: 'contract-tests' }]);
  });

  it('the last place in Bromley is confirmed; the next person is waitlisted', async () => {
    const bromley = await sessionIn(BROMLEY);
    expect(bromley.placesLeft).toBe(1);
    const last = await api.signUpToCanvass(signup({ sessionId: bromley.id, email: 'last.place@example.org' }));
    expect(last.signup.status).toBe('confirmed');
    expect(last.session.status).toBe('full');
    const next = await api.signUpToCanvass(signup({ sessionId: bromley.id, email: 'too.late@example.org' }));
    expect(next.signup.status).toBe('waitlisted');
  });

  it('an Idempotency-Key replay returns the same receipt and writes once', async () => {
    const session = await sessionIn(LEWISHAM_EAST);
    const body = signup({ sessionId: session.id, email: 'press.twice@example.org' });
    const first = await api.signUpToCanvass(body, { idempotencyKey: 'contract-replay-1' });
    const again = await api.signUpToCanvass(body, { idempotencyKey: 'contract-replay-1' });
    expect(again).toEqual(first);
    expect(log.at(-1)?.headers.get('idempotent-replayed')).toBe('true');
    const rows = await server.store.query('SELECT id FROM canvass_signups WHERE email = $1', ['press.twice@example.org']);
    expect(rows.rows).toHaveLength(1);
  });

  it('the same key with a different body is 409 idempotency_conflict', async () => {
    const session = await sessionIn(LEWISHAM_EAST);
    await api.signUpToCanvass(signup({ sessionId: session.id, email: 'key.owner@example.org' }), { idempotencyKey: 'contract-conflict-1' });
    const e = await httpError(() =>
      api.signUpToCanvass(signup({ sessionId: session.id, email: 'someone.else@example.org' }), { idempotencyKey: 'contract-conflict-1' }),
    );
    expect([e.status, e.code]).toEqual([409, 'idempotency_conflict']);
  });

  it('a form with a bad email and no consent is 400 validation_failed with one entry per field', async () => {
    const session = await sessionIn(LEWISHAM_EAST);
    const bad = { ...signup({ sessionId: session.id }), email: 'not-an-email', consentToContact: false } as unknown as CanvassSignupRequest;
    const e = await httpError(() => api.signUpToCanvass(bad));
    expect([e.status, e.code]).toEqual([400, 'validation_failed']);
    expect(e.fieldErrors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'email', code: 'invalid_format' }),
        expect.objectContaining({ field: 'consentToContact', code: 'must_accept' }),
      ]),
    );
    for (const f of e.fieldErrors) expect(f.message).not.toBe('');
  });

  it('an unknown session is 404 session_not_found', async () => {
    const e = await httpError(() => api.signUpToCanvass(signup({ sessionId: '00000000-0000-4000-8000-000000000000' })));
    expect([e.status, e.code]).toEqual([404, 'session_not_found']);
  });

  it('writes carry the rate-limit headers', async () => {
    await api.sendSolidarityMessage(message());
    const last = log.at(-1);
    expect(last?.route).toBe('sendSolidarityMessage');
    expect(Number(last?.headers.get('ratelimit-limit'))).toBe(10_000);
    expect(Number(last?.headers.get('ratelimit-remaining'))).toBeGreaterThan(0);
    expect(Number(last?.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
  });
});

describe('solidarity messages and moderation', () => {
  const admin = () => adminWith(server.adminToken);

  it('a message waits for moderation, is approved, and then appears on the wall', async () => {
    const receipt = await api.sendSolidarityMessage(message({ message: 'From Kraków to Catford: we stand with you.' }));
    expect(receipt.message.status).toBe('pending');

    const wallBefore = await api.listSolidarityMessages();
    expect(wallBefore.messages.map((m) => m.id)).not.toContain(receipt.message.id);

    const queue = await admin().moderationQueue();
    const item = queue.messages.find((m) => m.id === receipt.message.id);
    expect(item).toMatchObject({ status: 'pending', partner: 'contract-tests', publishedAt: null });

    const decided = await admin().moderateMessage(receipt.message.id, { decision: 'approve' });
    expect(decided.status).toBe('approved');
    expect(decided.publishedAt).not.toBeNull();

    const wall = await api.listSolidarityMessages();
    expect(wall.messages[0]).toMatchObject({ id: receipt.message.id, country: 'PL', message: 'From Kraków to Catford: we stand with you.' });
    expect(wall.totals.messages).toBeGreaterThanOrEqual(1);
  });

  it('a rejected message never reaches the wall', async () => {
    const receipt = await api.sendSolidarityMessage(message());
    const rejected = await admin().moderateMessage(receipt.message.id, { decision: 'reject', reason: 'off topic' });
    expect(rejected).toMatchObject({ status: 'rejected', rejectionReason: 'off topic' });
    const wall = await api.listSolidarityMessages({ limit: 50 });
    expect(wall.messages.map((m) => m.id)).not.toContain(receipt.message.id);
  });

  it('the same message twice is 409 duplicate_message', async () => {
    const body = message({ message: 'Said once, meant twice.' });
    await api.sendSolidarityMessage(body);
    const e = await httpError(() => api.sendSolidarityMessage(body));
    expect([e.status, e.code]).toEqual([409, 'duplicate_message']);
  });

  it('a message without consent to publish is validation_failed on consentToPublish', async () => {
    const e = await httpError(() => api.sendSolidarityMessage({ ...message(), consentToPublish: false } as unknown as SolidarityMessageRequest));
    expect(e.code).toBe('validation_failed');
    expect(e.fieldErrors).toContainEqual(expect.objectContaining({ field: 'consentToPublish', code: 'must_accept' }));
  });

  it('the async iterator walks the whole wall across pages, newest first, each message once', async () => {
    const partner = 'wall-pages';
    const wallApi = sdkFor(server, log, { partner });
    const sent: string[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await wallApi.sendSolidarityMessage(message({ country: i % 2 ? 'GH' : 'BD', language: 'en' }));
      await admin().moderateMessage(r.message.id, { decision: 'approve' });
      sent.push(r.message.id);
    }
    const before = log.length;
    const seen: string[] = [];
    for await (const m of wallApi.solidarityMessages({ limit: 3 })) seen.push(m.id);
    expect(seen).toEqual([...sent].reverse());
    // 7 messages, 3 a page: three requests, each following the previous page's cursor.
    const pages = log.slice(before).filter((x) => x.route === 'listSolidarityMessages');
    expect(pages).toHaveLength(3);

    const first = await wallApi.listSolidarityMessages({ limit: 3 });
    expect(first.totals).toEqual({ messages: 7, countries: 2 });
    expect(first.nextCursor).not.toBeNull();

    // Stopping early fetches nothing more.
    const stopAt = log.length;
    for await (const m of wallApi.solidarityMessages({ limit: 3 })) {
      expect(m.id).toBe(sent.at(-1));
      break;
    }
    expect(log.length - stopAt).toBe(1);
  });

  it('a made-up cursor is 400 validation_failed', async () => {
    const e = await httpError(() => api.listSolidarityMessages({ cursor: 'not-a-real-cursor' }));
    expect([e.status, e.code]).toEqual([400, 'validation_failed']);
  });
});

describe('admin routes with the admin token', () => {
  const admin = () => adminWith(server.adminToken);
  const inTenDays = Date.now() + 10 * 86_400_000;

  it('creates a session that supporters then see, signs someone up, exports the CSV and erases them', async () => {
    const session = await admin().createCanvassSession({
      constituencyCode: LEWISHAM_EAST,
      title: 'Contract test: leafleting at Lee station',
      startsAt: new Date(inTenDays).toISOString(),
      endsAt: new Date(inTenDays + 2 * 3_600_000).toISOString(),
      meetingPoint: 'Lee station, Burnt Ash Hill exit',
      organiserName: 'Lewisham East CLP',
      organiserContact: 'organiser@example.org',
      capacity: 4,
    });
    expect(session).toMatchObject({ status: 'open', capacity: 4, placesLeft: 4, constituency: { code: LEWISHAM_EAST, name: 'Lewisham East' } });
    const listed = await api.listCanvassSessions({ constituency: LEWISHAM_EAST });
    expect(listed.sessions.map((s) => s.id)).toContain(session.id);

    await api.signUpToCanvass(signup({ sessionId: session.id, name: 'Rosa Parks-Nwosu', email: 'erase.me@example.org' }));
    await api.sendSolidarityMessage(message({ email: 'erase.me@example.org' }));

    const csv = await admin().exportSignupsCsv();
    expect(typeof csv).toBe('string');
    expect(csv.split(/\r?\n/)[0]).toMatch(/email/i);
    expect(csv).toContain('erase.me@example.org');
    expect(log.at(-1)?.headers.get('content-type')).toMatch(/^text\/csv/);

    const report = await admin().erasePerson('erase.me@example.org');
    expect(report.erased.canvassSignups).toBe(1);
    expect(report.erased.solidarityMessages).toBe(1);
    expect(await admin().exportSignupsCsv()).not.toContain('erase.me@example.org');
  });

  it('a wrong token is 401 unauthorized; a token for another constituency is 403 forbidden', async () => {
    const wrong = await httpError(() => adminWith('sw_not-a-token').moderationQueue());
    expect([wrong.status, wrong.code]).toEqual([401, 'unauthorized']);

    const { token } = await createToken(server.store, 'Lewisham East organiser', [`constituency:${LEWISHAM_EAST}`]);
    const e = await httpError(() =>
      adminWith(token).createCanvassSession({
        constituencyCode: BROMLEY,
        title: 'Not mine to organise',
        startsAt: new Date(inTenDays).toISOString(),
        endsAt: new Date(inTenDays + 3_600_000).toISOString(),
        meetingPoint: 'Bromley South',
        organiserName: 'Someone else',
        organiserContact: 'someone@example.org',
        capacity: 5,
      }),
    );
    expect([e.status, e.code]).toEqual([403, 'forbidden']);
  });

  it('a message sent without an email is erased by id and leaves the wall; the purge of old rejected ones answers its period', async () => {
    const receipt = await api.sendSolidarityMessage(message({ message: 'Please erase me: I gave no email.' }));
    await admin().moderateMessage(receipt.message.id, { decision: 'approve' });
    expect((await api.listSolidarityMessages({ limit: 50 })).messages.map((m) => m.id)).toContain(receipt.message.id);
    expect(await admin().eraseMessage(receipt.message.id)).toEqual({ erased: { solidarityMessages: 1 } });
    expect((await api.listSolidarityMessages({ limit: 50 })).messages.map((m) => m.id)).not.toContain(receipt.message.id);
    const e = await httpError(() => admin().eraseMessage(receipt.message.id));
    expect([e.status, e.code]).toEqual([404, 'message_not_found']);
    expect(await admin().purgeRejectedMessages()).toMatchObject({ retentionDays: 30 });
  });

  it('moderating a message that does not exist is 404 message_not_found', async () => {
    const e = await httpError(() => admin().moderateMessage('00000000-0000-4000-8000-000000000000', { decision: 'approve' }));
    expect([e.status, e.code]).toEqual([404, 'message_not_found']);
  });
});

describe('cancellation and organisers\' session tools through the SDK', () => {
  const admin = () => adminWith(server.adminToken);
  const inTwelveDays = Date.now() + 12 * 86_400_000;

  it('a supporter cancels with the receipt\'s token and the first on the waitlist is confirmed; organisers edit, list and cancel', async () => {
    const session = await admin().createCanvassSession({
      constituencyCode: BROMLEY,
      title: 'Contract test: one place only',
      startsAt: new Date(inTwelveDays).toISOString(),
      endsAt: new Date(inTwelveDays + 2 * 3_600_000).toISOString(),
      meetingPoint: 'Bromley South station',
      organiserName: 'Bromley CLP',
      organiserContact: 'bromley@example.org',
      capacity: 1,
    });
    const first = await api.signUpToCanvass(signup({ sessionId: session.id, email: 'one.place@example.org' }));
    const second = await api.signUpToCanvass(signup({ sessionId: session.id, email: 'next.in.line@example.org' }));
    expect([first.signup.status, second.signup.status]).toEqual(['confirmed', 'waitlisted']);
    expect(first.cancelUrl).toBe(`${server.url}/cancel-signup?id=${first.signup.id}&token=${first.cancelToken}`);

    const wrong = await httpError(() => api.cancelCanvassSignup(first.signup.id, 'not-the-token'));
    expect([wrong.status, wrong.code]).toEqual([404, 'signup_not_found']);
    const cancelled = await api.cancelCanvassSignup(first.signup.id, first.cancelToken!);
    expect(cancelled).toMatchObject({ signup: { status: 'cancelled' }, session: { placesLeft: 0, status: 'full' } });

    const { signups } = await admin().listCanvassSignups({ session: session.id });
    expect(signups.map((s) => [s.email, s.status])).toEqual([
      ['one.place@example.org', 'cancelled'],
      ['next.in.line@example.org', 'confirmed'],
    ]);
    expect(signups[1]?.promotedAt).not.toBeNull();

    const refused = await httpError(() => admin().updateCanvassSession(session.id, { capacity: 0 }));
    expect(refused.code).toBe('validation_failed');
    const grown = await admin().updateCanvassSession(session.id, { capacity: 3, meetingPoint: 'Bromley South, main entrance' });
    expect(grown).toMatchObject({ capacity: 3, placesLeft: 2, meetingPoint: 'Bromley South, main entrance' });

    const { sessions } = await admin().listCanvassSessions();
    expect(sessions.map((s) => s.id)).toContain(session.id);
    expect((await admin().cancelCanvassSession(session.id)).status).toBe('cancelled');
    const late = await httpError(() => api.signUpToCanvass(signup({ sessionId: session.id, email: 'too.late@example.org' })));
    expect(late.code).toBe('session_not_open');
  });

  it('another organiser\'s session is 404 session_not_found; fewer places than confirmed is 409 capacity_below_confirmed', async () => {
    const { token } = await createToken(server.store, 'Bromley organiser', [`constituency:${BROMLEY}`]);
    const lewisham = await sessionIn(LEWISHAM_EAST);
    const hidden = await httpError(() => adminWith(token).updateCanvassSession(lewisham.id, { capacity: 50 }));
    expect([hidden.status, hidden.code]).toEqual([404, 'session_not_found']);
    const bromley = await sessionIn(BROMLEY);
    const confirmed = bromley.capacity - bromley.placesLeft;
    expect(confirmed).toBeGreaterThan(1);
    const below = await httpError(() => adminWith(token).updateCanvassSession(bromley.id, { capacity: confirmed - 1 }));
    expect([below.status, below.code, (below.details as { confirmed: number }).confirmed]).toEqual([409, 'capacity_below_confirmed', confirmed]);
  });
});

describe('local contacts, introductions and the groups directory through the SDK', () => {
  const admin = () => adminWith(server.adminToken);

  it('a seat without a local contact is 404 local_contact_not_found; an organiser sets one and anyone reads it', async () => {
    const none = await thrown(() => api.getLocalContact(BROMLEY));
    expect(none).toBeInstanceOf(HttpError);
    expect(none).toMatchObject({ status: 404, code: 'local_contact_not_found' });
    const token = (await createToken(server.store, 'bromley organiser', [`constituency:${BROMLEY}`])).token;
    const set = await adminWith(token).setLocalContact(BROMLEY, { name: 'Bromley Labour', email: 'hello@bromley.example.org', languages: ['en'] });
    expect(set.constituency).toEqual({ code: BROMLEY, name: 'Bromley and Biggin Hill' });
    expect(await api.getLocalContact(BROMLEY)).toMatchObject({ name: 'Bromley Labour', website: null });
  });

  it('an introduction reaches the seat\'s organisers, is marked contacted, its listing approved, and the directory shows it', async () => {
    const receipt = await api.requestIntroduction({
      organisation: 'Contract Tests Tamil Forum', organisationType: 'community_group', languages: ['ta', 'en'], constituencies: [LEWISHAM_EAST],
      contactName: 'Kavya', email: 'kavya@example.org', offers: ['translators'], consentToContact: true, consentVersion: '2026-12-01',
      listInDirectory: true,
    });
    expect(receipt.introduction).toMatchObject({ status: 'new', listing: 'pending', constituencies: [{ code: LEWISHAM_EAST, name: 'Lewisham East' }] });
    const id = receipt.introduction.id;
    expect((await admin().introductions({ listing: 'pending' })).introductions.find((i) => i.id === id)?.partner).toBe('contract-tests');
    expect(await admin().exportIntroductionsCsv()).toContain('Contract Tests Tamil Forum');
    expect((await admin().updateIntroduction(id, { status: 'contacted' })).status).toBe('contacted');
    expect((await admin().decideListing(id, { decision: 'approve' })).listing).toBe('approved');
    const list = await api.listLocalGroups({ postcode: 'SE6 4AA' });
    expect(list.constituency?.code).toBe(LEWISHAM_EAST);
    expect(list.groups.find((g) => g.id === id)).toMatchObject({ distanceKm: 0, contact: null });
    expect((await admin().erasePerson('kavya@example.org')).erased.introductions).toBe(1);
  });

  it('an organiser of another seat gets 404 introduction_not_found; a listing nobody asked for is 409 listing_not_requested', async () => {
    const { introduction } = await api.requestIntroduction({
      organisation: 'Private Org', organisationType: 'other', languages: [], constituencies: [LEWISHAM_EAST], contactName: 'P',
      email: 'p@example.org', offers: [], consentToContact: true, consentVersion: '2026-12-01',
    });
    const token = (await createToken(server.store, 'bromley organiser 2', [`constituency:${BROMLEY}`])).token;
    expect(await thrown(() => adminWith(token).updateIntroduction(introduction.id, { status: 'closed' }))).toMatchObject({ status: 404, code: 'introduction_not_found' });
    expect(await thrown(() => admin().decideListing(introduction.id, { decision: 'approve' }))).toMatchObject({ status: 409, code: 'listing_not_requested' });
  });
});

describe('party changes and answer reports through the SDK', () => {
  it('an operator records a party change, a supporter sees it, and it can be removed', async () => {
    const admin = adminWith(server.adminToken);
    const change = await admin.addPartyChange({ constituency: BROMLEY, party: 'Ind', date: '2026-11-20', source: 'https://news.example.org/bromley' });
    expect(change).toMatchObject({ constituency: { code: BROMLEY }, partyName: 'Independent', applied: true });
    expect((await api.getConstituency(BROMLEY)).mp).toMatchObject({ party: 'Ind', partySince: '2026-11-20' });
    expect((await admin.listPartyChanges()).changes.map((c) => c.id)).toContain(change.id);
    expect((await admin.removePartyChange(change.id)).removed.id).toBe(change.id);
    expect((await api.getConstituency(BROMLEY)).mp.party).not.toBe('Ind');
  });

  it('a supporter reports a problem with an answer; an admin reads it', async () => {
    const { report } = await api.reportAnswer({ postcodeArea: 'BR1 1', constituency: BROMLEY, answer: 'Bromley and Biggin Hill', message: 'Wrong MP' });
    const { reports } = await adminWith(server.adminToken).answerReports();
    expect(reports.find((r) => r.id === report.id)).toMatchObject({ partner: 'contract-tests', message: 'Wrong MP' });
  });

  it('a shared link brings a visit and an action; the partner sees the counts', async () => {
    expect(await api.recordReferralVisit('q6p5n4m3k2')).toEqual({ counted: true });
    expect(await api.recordReferralVisit('q6p5n4m3k2', { action: 'lookup' })).toEqual({ counted: true });
    const { partners } = await adminWith(server.adminToken).referrals();
    expect(partners.find((p) => p.partner === 'contract-tests')?.top).toContainEqual({ code: 'q6p5n4m3k2', visits: 1, actions: 1 });
  });
});

describe('pledges to vote through the SDK', () => {
  it('a supporter pledges (the client adds its partner), pledges again and is told so; the seat counts them; the organisers see the counts and export them', async () => {
    // Next year's polling day: always still to come, whatever day the tests run.
    const date = `${new Date().getUTCFullYear() + 1}-05-06`;
    const body = { constituencyCode: BROMLEY, intent: 'vote', election: { type: 'general', date }, email: 'pledger@example.org', reminders: true, language: 'cy' } as const;
    const first = await api.createPledge(body);
    expect(first.pledge).toMatchObject({ constituencyCode: BROMLEY, reminders: true, reminderDates: [{ kind: 'days-before' }, { kind: 'polling-day', date }] });
    expect(first.pledge.stopUrl).toContain('/email/stop?what=pledge');
    const again = await api.createPledge({ ...body, email: 'Pledger@example.org' });
    expect(again).toMatchObject({ alreadyPledged: true, count: first.count, pledge: { id: first.pledge.id } });
    expect(await api.pledgeCount({ constituency: BROMLEY, partner: 'contract-tests' })).toEqual({ constituencyCode: BROMLEY, partner: 'contract-tests', count: 1 });
    const passed = await thrown(() => api.createPledge({ ...body, election: { type: 'general', date: '2024-07-04' } }));
    expect(passed).toBeInstanceOf(HttpError);
    expect(passed).toMatchObject({ status: 422, code: 'election_passed' });
    const admin = adminWith(server.adminToken);
    expect((await admin.pledgeSummary()).rows).toContainEqual({ constituencyCode: BROMLEY, constituencyName: 'Bromley and Biggin Hill', partner: 'contract-tests', count: 1, withReminders: 1 });
    expect(await admin.exportPledgeSummaryCsv()).toContain(`${BROMLEY},Bromley and Biggin Hill,contract-tests,1,1`);
  });
});

describe('the console: sign-in by emailed link, the cookie session and the organiser tools', () => {
  /** A browser on the console's own page: it keeps the session cookie and sends its own Origin with every request. */
  function consoleBrowser() {
    let cookie = '';
    let csrf: string | null = null;
    const fetchLike: typeof fetch = async (input, init) => {
      const headers = new Headers(init?.headers);
      if (cookie) headers.set('cookie', cookie);
      headers.set('origin', server.url);
      const response = await recordingFetch(log)(input, { ...init, headers });
      const set = response.headers.get('set-cookie');
      if (set) cookie = set.split(';')[0] ?? '';
      return response;
    };
    const client = createAdminClient({ baseUrl: server.url, session: { csrfToken: () => csrf }, fetch: fetchLike, retries: 0, timeoutMs: 15_000 });
    return { client, setCsrf: (token: string) => (csrf = token) };
  }
  const emailedToken = async (to: string) => {
    const { rows } = await server.store.query<{ text_body: string }>(
      `SELECT text_body FROM outbox WHERE kind = 'sign-in-link' AND to_address = $1 ORDER BY created_at DESC LIMIT 1`, [to],
    );
    return /token=([A-Za-z0-9_-]+)/.exec(rows[0]?.text_body ?? '')?.[1] ?? '';
  };

  it('an admin adds an organiser, who signs in, sees the dashboard, marks attendance, reads the audit log and signs out everywhere', async () => {
    const admin = adminWith(server.adminToken);
    const email = 'bromley.organiser@example.org';
    const organiser = await admin.createOrganiser({ email, name: 'Bromley organiser', scopes: [`constituency:${BROMLEY}`] });
    expect(organiser).toMatchObject({ email, role: 'organiser', disabledAt: null });
    expect((await httpError(() => admin.createOrganiser({ email, name: 'Again', scopes: ['admin'] }))).code).toBe('organiser_exists');
    expect((await admin.updateOrganiser(organiser.id, { notify: 'digest' })).notify).toBe('digest');
    expect((await admin.listOrganisers()).organisers.map((o) => o.email)).toContain(email);

    const phone = consoleBrowser();
    expect(await phone.client.signIn({ email })).toEqual({ accepted: true, expiresInMinutes: 15 });
    expect(await phone.client.signIn({ email: 'not.an.organiser@example.org' })).toEqual({ accepted: true, expiresInMinutes: 15 });
    const token = await emailedToken(email);
    const opened = await phone.client.openSession(token);
    phone.setCsrf(opened.csrfToken);
    expect((await httpError(() => phone.client.openSession(token))).code).toBe('sign_in_link_invalid');
    expect((await phone.client.consoleMe()).organiser.email).toBe(email);
    expect((await phone.client.updateMe({ language: 'cy' })).organiser.language).toBe('cy');

    const dashboard = await phone.client.dashboard();
    expect(dashboard.sessions.every((s) => s.constituency.code === BROMLEY)).toBe(true);
    expect(dashboard.messagesWaiting).toBeNull();
    const { signup: came } = await api.signUpToCanvass(signup({ sessionId: (await sessionIn(BROMLEY)).id, email: 'came.to.bromley@example.org' }));
    const { signups } = await phone.client.listCanvassSignups();
    const someone = signups.find((x) => x.id === came.id);
    if (!someone) throw new Error('the organiser does not see the Bromley sign-up');
    expect((await phone.client.setAttendance(someone.id, { attended: true })).attended).toBe(true);
    const { entries } = await phone.client.auditLog({ limit: 5 });
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['attendance_set', 'sign_in']));

    // Without the CSRF token, the same write is refused.
    const forged = consoleBrowser();
    await forged.client.signIn({ email });
    await forged.client.openSession(await emailedToken(email));
    expect((await httpError(() => forged.client.setAttendance(someone.id, { attended: false }))).code).toBe('csrf_failed');

    expect(await phone.client.signOut()).toEqual({ sessionsEnded: 1 });
    expect((await httpError(() => phone.client.consoleMe())).code).toBe('unauthorized');
    const laptop = consoleBrowser();
    await laptop.client.signIn({ email });
    laptop.setCsrf((await laptop.client.openSession(await emailedToken(email))).csrfToken);
    expect(await laptop.client.signOutEverywhere()).toEqual({ sessionsEnded: 2 });
    expect((await httpError(() => forged.client.consoleMe())).code).toBe('unauthorized');

    expect((await admin.disableOrganiser(organiser.id)).disabledAt).not.toBeNull();
    expect((await admin.auditLog()).entries.map((e) => e.action)).toContain('organiser_disable');
  });
});

describe('CORS, as a browser on a partner page sees it (plain fetch with an Origin header)', () => {
  it('answers an OPTIONS preflight for a read from any origin', async () => {
    const res = await fetch(`${server.url}/v1/postcodes/SE13%206`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://any-site.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('answers a write preflight for an allowed partner origin, allowing Idempotency-Key', async () => {
    const res = await fetch(`${server.url}/v1/canvass-signups`, {
      method: 'OPTIONS',
      headers: { Origin: PARTNER_ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(PARTNER_ORIGIN);
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');
  });

  it('a public GET from any origin gets Access-Control-Allow-Origin: * without credentials', async () => {
    const res = await fetch(`${server.url}/v1/constituencies/${LEWISHAM_EAST}`, { headers: { Origin: 'https://any-site.example' }, credentials: 'omit' });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('access-control-expose-headers')).toMatch(/Retry-After/);
  });

  it('a write from a disallowed origin is a 403 origin_not_allowed the page can read (preflight answered), and stores nothing', async () => {
    const session = await sessionIn(LEWISHAM_EAST);
    const res = await fetch(`${server.url}/v1/canvass-signups`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example', 'Content-Type': 'application/json' },
      body: JSON.stringify(signup({ sessionId: session.id, email: 'cross.site@example.org' })),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('origin_not_allowed');
    const rows = await server.store.query('SELECT id FROM canvass_signups WHERE email = $1', ['cross.site@example.org']);
    expect(rows.rows).toHaveLength(0);

    // The browser must be able to read that refusal: the preflight is answered and the 403 carries the origin.
    expect(res.headers.get('access-control-allow-origin')).toBe('https://evil.example');
    const preflight = await fetch(`${server.url}/v1/canvass-signups`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://evil.example');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('a write from the allowed partner origin is accepted and echoes that origin', async () => {
    const res = await fetch(`${server.url}/v1/solidarity-messages`, {
      method: 'POST',
      headers: { Origin: PARTNER_ORIGIN, 'Content-Type': 'application/json' },
      body: JSON.stringify(message()),
    });
    expect(res.status).toBe(202);
    expect(res.headers.get('access-control-allow-origin')).toBe(PARTNER_ORIGIN);
  });
});

describe('the served contract', () => {
  it('GET /v1/openapi.json lists every route of the table with its operationId', async () => {
    const res = await fetch(`${server.url}/v1/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, { operationId?: string }>> };
    expect(doc.openapi).toMatch(/^3\.1/);
    for (const [name, def] of Object.entries(routes)) {
      expect(doc.paths[def.path]?.[def.method.toLowerCase()]?.operationId, `${def.method} ${def.path}`).toBe(name);
    }
  });

  it('a malformed JSON body is 400 invalid_json; an unknown address is 404 not_found', async () => {
    const bad = await fetch(`${server.url}/v1/solidarity-messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"name":' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('invalid_json');
    const missing = await fetch(`${server.url}/v1/no-such-thing`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});

describe('coverage of the contract', () => {
  it('every route in the contract’s routes table is tested here (add new routes to TESTED and test them)', () => {
    const table = Object.keys(routes).sort();
    const untested = table.filter((name) => !TESTED.includes(name as RouteName));
    const unknown = TESTED.filter((name) => !table.includes(name));
    expect({ untested, unknown }).toEqual({ untested: [], unknown: [] });
  });

  it('each tested route really succeeded through the SDK against the server', () => {
    const succeeded = new Set(log.filter((x) => x.status >= 200 && x.status < 300).map((x) => x.route));
    expect(TESTED.filter((name) => !succeeded.has(name))).toEqual([]);
  });

  it('every error the server sent is one the contract declares for that route', () => {
    const undeclared = log
      .filter((x) => x.route !== undefined && x.errorCode !== undefined)
      .filter((x) => !(routes[x.route!].errors as readonly string[]).includes(x.errorCode!))
      .map((x) => `${x.method} ${x.path} → ${x.status} ${x.errorCode}`);
    expect(undeclared).toEqual([]);
  });

  it('never needed a retry: the SDK saw no 5xx and no 429', () => {
    expect(log.filter((x) => x.status >= 500 || x.status === 429)).toEqual([]);
  });
});
