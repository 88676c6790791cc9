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
