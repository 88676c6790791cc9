import { consoleFetch, setCsrfToken } from './api.js';

/**
 * The signed-in organiser, as `GET /v1/console/me` describes them. The console routes (sign-in links, cookie
 * sessions, organisers, audit log) are called here with plain fetch until the SDK's admin client has them.
 */
export interface Me {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly language: string;
  readonly scopes: readonly string[];
  readonly notify: 'immediate' | 'digest' | 'off';
}

export const isAdmin = (me: Me | undefined): boolean => me?.scopes.includes('admin') ?? false;
export const canModerate = (me: Me | undefined): boolean => isAdmin(me) || (me?.scopes.some((s) => s.startsWith('partner:')) ?? false);
export const canOrganise = (me: Me | undefined): boolean => isAdmin(me) || (me?.scopes.some((s) => s.startsWith('constituency:')) ?? false);

/** A call that answered with an error: its status and the error body's code. */
export class ConsoleCallError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, headers: { accept: 'application/json' } };
  if (body !== undefined) {
    init.headers = { accept: 'application/json', 'content-type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  const response = await consoleFetch(path, init);
  const text = await response.text();
  const json: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const error = (json as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ConsoleCallError(response.status, error?.code ?? 'internal_error', error?.message ?? response.statusText);
  }
  return json as T;
}

/** Who is signed in (and the CSRF token for writes), or `undefined` when nobody is. */
export async function fetchMe(): Promise<Me | undefined> {
  try {
    const answer = await call<{ organiser: Me; csrfToken: string }>('GET', '/v1/console/me');
    setCsrfToken(answer.csrfToken);
    return answer.organiser;
  } catch (error) {
    if (error instanceof ConsoleCallError && error.status === 401) return undefined;
    throw error;
  }
}

/** Asks for a sign-in link. The server answers the same whether or not the address is an organiser's. */
export const requestSignInLink = (email: string): Promise<unknown> => call('POST', '/v1/console/sign-in', { email });

/** Exchanges the link's token for a session cookie. */
export const redeemSignInLink = (token: string): Promise<unknown> => call('POST', '/v1/console/session', { token });

export async function signOut(everywhere: boolean): Promise<void> {
  await call('POST', everywhere ? '/v1/console/sign-out-everywhere' : '/v1/console/sign-out');
  setCsrfToken('');
}

export const updateMe = (changes: { language?: string; notify?: Me['notify'] }): Promise<{ organiser: Me }> =>
  call('PATCH', '/v1/console/me', changes);

export interface OrganiserRow {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly scopes: readonly string[];
  readonly disabledAt: string | null;
}
export const listOrganisers = (): Promise<{ organisers: OrganiserRow[] }> => call('GET', '/v1/admin/organisers');
export const createOrganiser = (body: { email: string; name: string; scopes: string[] }): Promise<OrganiserRow> =>
  call('POST', '/v1/admin/organisers', body);
export const updateOrganiserScopes = (id: string, scopes: string[]): Promise<OrganiserRow> =>
  call('PATCH', `/v1/admin/organisers/${encodeURIComponent(id)}`, { scopes });
export const disableOrganiser = (id: string): Promise<OrganiserRow> => call('POST', `/v1/admin/organisers/${encodeURIComponent(id)}/disable`);

export interface AuditEntry {
  readonly id: string;
  readonly at: string;
  readonly actor: { readonly type: string; readonly id: string; readonly name: string };
  readonly action: string;
  readonly subject: { readonly type: string; readonly id: string } | null;
}
export const auditLog = (): Promise<{ entries: AuditEntry[] }> => call('GET', '/v1/admin/audit-log');

export const markAttendance = (signupId: string, attended: boolean): Promise<unknown> =>
  call('PUT', `/v1/admin/canvass-signups/${encodeURIComponent(signupId)}/attendance`, { attended });
