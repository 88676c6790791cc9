import type { Queryable } from '../store/types.js';
import { upsertOrganiser, type NewOrganiser } from '../services/organisers.js';
import type { CallOptions, Reply } from './harness.js';

type Call = (method: string, path: string, opts?: CallOptions) => Promise<Reply>;

/** The token of the newest sign-in link emailed to `to`, read from the outbox as a person would from the email. */
export async function emailedToken(db: Queryable, to: string): Promise<string | undefined> {
  const { rows } = await db.query<{ text_body: string }>(
    `SELECT text_body FROM outbox WHERE kind = 'sign-in-link' AND to_address = lower($1) ORDER BY created_at DESC, id DESC LIMIT 1`,
    [to],
  );
  return /\/console\/sign-in\?token=([A-Za-z0-9_-]+)/.exec(rows[0]?.text_body ?? '')?.[1];
}

export interface ConsoleAgent {
  /** `sw_console=<value>` as a browser would send it. */
  readonly cookie: string;
  readonly csrf: string;
  readonly organiserId: string;
  /** A call as the console makes it: the cookie, and on writes the CSRF token and the server's own origin. */
  readonly call: Call;
}

/** Adds (or updates) an organiser, asks for a link, reads it from the outbox and opens a session, as a person would. */
export async function signIn(call: Call, db: Queryable, organiser: NewOrganiser): Promise<ConsoleAgent> {
  const o = await upsertOrganiser(db, organiser);
  const asked = await call('POST', '/v1/console/sign-in', { body: { email: organiser.email } });
  if (asked.status !== 202) throw new Error(`sign-in: ${asked.status} ${asked.text}`);
  const token = await emailedToken(db, organiser.email);
  const opened = await call('POST', '/v1/console/session', { body: { token } });
  if (opened.status !== 201) throw new Error(`session: ${opened.status} ${opened.text}`);
  const cookie = (opened.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const csrf = (opened.json as { csrfToken: string }).csrfToken;
  return {
    cookie,
    csrf,
    organiserId: o.id,
    call: (method, path, opts = {}) =>
      call(method, path, {
        ...opts,
        headers: {
          cookie,
          ...(method === 'GET' ? {} : { 'x-csrf-token': csrf, origin: 'http://localhost' }),
          ...opts.headers,
        },
      }),
  };
}
