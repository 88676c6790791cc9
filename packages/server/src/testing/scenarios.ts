import type { Store } from '../store/types.js';
import { makeSession, signupBody, type CallOptions, type Reply } from './harness.js';

type Call = (method: string, path: string, opts?: CallOptions) => Promise<Reply>;

/**
 * Cancellations and new sign-ups racing on one session (shared by the PGlite and PostgreSQL tests). Starts with
 * `capacity` confirmed and as many waitlisted, then in parallel: every confirmed person cancels, half the
 * waitlist cancels, and `capacity * 2` new people sign up. Returns what the database holds afterwards.
 */
export async function raceCancellationsAndSignups(call: Call, store: Store, adminToken: string, capacity = 5) {
  const id = await makeSession(call, adminToken, { capacity });
  const first: { id: string; cancelToken: string; status: string }[] = [];
  for (let i = 0; i < capacity * 2; i++) {
    const res = await call('POST', '/v1/canvass-signups', { body: signupBody(id, { email: `race-first-${i}@example.org` }) });
    if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${res.text}`);
    first.push({ id: res.json.signup.id, cancelToken: res.json.cancelToken, status: res.json.signup.status });
  }
  const confirmed = first.filter((s) => s.status === 'confirmed');
  const waitlisted = first.filter((s) => s.status === 'waitlisted');
  const cancelling = [...confirmed, ...waitlisted.filter((_, i) => i % 2 === 0)];
  const jobs: Promise<Reply>[] = [];
  for (let i = 0; i < Math.max(cancelling.length, capacity * 2); i++) {
    const c = cancelling[i];
    if (c) jobs.push(call('POST', `/v1/canvass-signups/${c.id}/cancel`, { body: { token: c.cancelToken } }));
    if (i < capacity * 2) jobs.push(call('POST', '/v1/canvass-signups', { body: signupBody(id, { email: `race-new-${i}@example.org` }) }));
  }
  const replies = await Promise.all(jobs);
  const { rows } = await store.query<{ status: string; n: number }>(
    'SELECT status, count(*)::int AS n FROM canvass_signups WHERE session_id = $1 GROUP BY status',
    [id],
  );
  const count = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
  return {
    sessionId: id,
    capacity,
    statuses: replies.map((r) => r.status),
    confirmed: count('confirmed'),
    waitlisted: count('waitlisted'),
    cancelled: count('cancelled'),
    cancelledIds: cancelling.map((c) => c.id),
  };
}

/** The UUID of no message: crafted cursors pair it with out-of-range times. */
const NIL = '00000000-0000-0000-0000-000000000000';
const cursorOf = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/**
 * Crafted input that used to reach the database and fail there with 500 (issue 11): wall cursors whose time overflows
 * a timestamp, and session dates in year 0000 or past 9999. Shared by the PGlite and PostgreSQL tests; each reply
 * should be a 400 with the error body.
 */
export async function craftedInputReplies(call: Call, adminToken: string): Promise<{ what: string; reply: Reply }[]> {
  const out: { what: string; reply: Reply }[] = [];
  for (const time of ['9223372036854775807', '-9223372036854775808', '9999999999999999999', '-1', '100000000000000000', '0001']) {
    const what = `GET /v1/solidarity-messages?cursor=base64url(${time}.${NIL})`;
    out.push({ what, reply: await call('GET', `/v1/solidarity-messages?cursor=${cursorOf(`${time}.${NIL}`)}`) });
  }
  const id = await makeSession(call, adminToken);
  for (const startsAt of ['0000-01-01T00:00:00Z', '0001-01-01T00:00:00Z', '9999-12-31T23:00:00-23:00', '1999-12-31T23:59:59Z']) {
    const body = { startsAt, endsAt: '2030-06-01T12:00:00Z' };
    out.push({ what: `PATCH session startsAt ${startsAt}`, reply: await call('PATCH', `/v1/admin/canvass-sessions/${id}`, { token: adminToken, body }) });
    const create = {
      constituencyCode: 'E14001279', title: 'Crafted', startsAt, endsAt: '2030-06-01T12:00:00Z', meetingPoint: 'Here',
      organiserName: 'Org', organiserContact: 'org@example.org', capacity: 5,
    };
    out.push({ what: `POST session startsAt ${startsAt}`, reply: await call('POST', '/v1/admin/canvass-sessions', { token: adminToken, body: create }) });
  }
  return out;
}

/**
 * Sessions whose kept confirmed count (canvass_session_counts, kept by a trigger: migration 0017) differs from their
 * confirmed sign-ups counted one by one; empty when every count is right.
 */
export async function sessionCountDrift(store: Store): Promise<{ session: string; kept: number; counted: number }[]> {
  const { rows } = await store.query<{ session: string; kept: number; counted: number }>(
    `SELECT s.id AS session, coalesce(n.confirmed, 0) AS kept,
       (SELECT count(*)::int FROM canvass_signups x WHERE x.session_id = s.id AND x.status = 'confirmed') AS counted
     FROM canvass_sessions s LEFT JOIN canvass_session_counts n ON n.session_id = s.id`,
  );
  return rows.filter((r) => Number(r.kept) !== Number(r.counted));
}
