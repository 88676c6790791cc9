import { createAdminClient, type AdminClient } from '@solidarity-widgets/sdk/admin';

/**
 * The one place the console talks to the API: the SDK's admin client in session mode. The session is an HttpOnly
 * cookie the browser sends itself (same origin), and every write carries the CSRF token that `GET /v1/console/me`
 * (or opening the session) hands out, as `X-CSRF-Token`. A 401 anywhere means the session ended: {@link consoleFetch}
 * tells the app, which sends the organiser to sign-in, remembering where they were.
 */

let csrfToken: string | null = null;

/** Set from `consoleMe()`/`openSession()`; cleared on sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Fired on `window` when any call answers 401. */
// Not 'console-signed-out': that is the settings page's own (composed) event, which also reaches window.
export const SIGNED_OUT_EVENT = 'console-unauthorised';

export async function consoleFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(input, { ...init, credentials: 'same-origin' });
  if (response.status === 401) globalThis.dispatchEvent(new CustomEvent(SIGNED_OUT_EVENT));
  return response;
}

/** The typed admin client, over the cookie session. */
export const admin: AdminClient = createAdminClient({
  baseUrl: globalThis.location?.origin ?? 'http://localhost',
  session: { csrfToken: () => csrfToken },
  fetch: consoleFetch,
  retries: 1,
});
