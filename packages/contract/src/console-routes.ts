import type { RouteDef } from './route-def.js';
import { ConsoleMe, OpenSessionRequest, SignedOut, SignInAccepted, SignInRequest, UpdateMe } from './admin/console.js';

/**
 * The console's own routes (issue 12): passwordless sign-in and the cookie session. `auth: 'console'` routes need
 * the `sw_console` session cookie (a bearer token is not a session); their writes need the `X-CSRF-Token` header
 * and a same-origin request. Only the server, the OpenAPI generator and `@solidarity-widgets/sdk/admin` use this table.
 */
export const consoleRoutes = {
  consoleSignIn: {
    method: 'POST', path: '/v1/console/sign-in', tag: 'console',
    summary: 'Email a one-time sign-in link (15 minutes, single use) to an organiser. The same 202 whether or not the address is known.',
    body: SignInRequest, status: 202, response: SignInAccepted,
    errors: ['validation_failed', 'invalid_json', 'payload_too_large', 'origin_not_allowed', 'rate_limited'],
  },
  consoleOpenSession: {
    method: 'POST', path: '/v1/console/session', tag: 'console',
    summary: 'Exchange the emailed link\'s token for a session cookie (`sw_console`, HttpOnly, SameSite=Strict). The token works once.',
    body: OpenSessionRequest, status: 201, response: ConsoleMe,
    errors: ['validation_failed', 'invalid_json', 'payload_too_large', 'origin_not_allowed', 'rate_limited', 'sign_in_link_invalid'],
  },
  consoleMe: {
    method: 'GET', path: '/v1/console/me', tag: 'console', auth: 'console',
    summary: 'The signed-in organiser, their role and scopes, the CSRF token for writes and when the session ends.',
    status: 200, response: ConsoleMe, errors: ['unauthorized'],
  },
  consoleUpdateMe: {
    method: 'PATCH', path: '/v1/console/me', tag: 'console', auth: 'console',
    summary: 'Change your own language or how you hear of new sign-ups and introductions.',
    body: UpdateMe, status: 200, response: ConsoleMe,
    errors: ['validation_failed', 'invalid_json', 'payload_too_large', 'unauthorized', 'csrf_failed', 'origin_not_allowed'],
  },
  consoleSignOut: {
    method: 'POST', path: '/v1/console/sign-out', tag: 'console', auth: 'console',
    summary: 'End this session (the cookie is cleared).',
    status: 200, response: SignedOut, errors: ['payload_too_large', 'unauthorized', 'csrf_failed', 'origin_not_allowed'],
  },
  consoleSignOutEverywhere: {
    method: 'POST', path: '/v1/console/sign-out-everywhere', tag: 'console', auth: 'console',
    summary: 'End every session of yours, on every device (a lost phone).',
    status: 200, response: SignedOut, errors: ['payload_too_large', 'unauthorized', 'csrf_failed', 'origin_not_allowed'],
  },
} as const satisfies Record<string, RouteDef>;

export type ConsoleRoutes = typeof consoleRoutes;
export type ConsoleRouteName = keyof ConsoleRoutes;
