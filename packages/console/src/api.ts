import { createAdminClient, type AdminClient } from '@solidarity-widgets/sdk/admin';

/**
 * The one place the console talks to the API. Everything goes through {@link consoleFetch}: the session is an
 * HttpOnly cookie (so `credentials: 'same-origin'` and no bearer token), and every write carries the CSRF token that
 * `GET /v1/console/me` hands out. A 401 anywhere means the session ended: the app sends the organiser to sign-in,
 * remembering where they were.
 */

let csrfToken = '';

/** Set from `GET /v1/console/me`; cleared on sign-out. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** Fired on `window` when any call answers 401. */
export const SIGNED_OUT_EVENT = 'console-signed-out';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function consoleFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  // The admin client always sends a bearer header; the console's identity is the cookie.
  headers.delete('authorization');
  const method = (init.method ?? 'GET').toUpperCase();
  if (!SAFE.has(method) && csrfToken) headers.set('X-CSRF-Token', csrfToken);
  const response = await fetch(input, { ...init, headers, credentials: 'same-origin' });
  if (response.status === 401) globalThis.dispatchEvent(new CustomEvent(SIGNED_OUT_EVENT));
  return response;
}

/** The typed admin client, over the cookie session. */
export const admin: AdminClient = createAdminClient({
  baseUrl: globalThis.location?.origin ?? 'http://localhost',
  // Never sent: consoleFetch drops the Authorization header.
  token: 'cookie-session',
  fetch: consoleFetch,
  retries: 1,
});
