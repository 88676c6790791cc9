import { routes } from '@solidarity-widgets/contract';
import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/context.js';
import { ApiError, unauthorized } from '../http/errors.js';
import { clientIp, clientNetwork } from '../http/client-ip.js';
import { bucketName, hit } from '../http/rate-limit.js';
import { sessionCookie } from '../http/console-cookie.js';
import { recordAudit } from '../services/audit.js';
import {
  SESSION_ABSOLUTE_SECONDS,
  SIGN_IN_LINK_MINUTES,
  endAllSessions,
  endSession,
  meView,
  openSession,
  requestSignIn,
} from '../services/console.js';
import { updateOrganiser } from '../services/organisers.js';
import { mount } from './mount.js';

/** Sign-in links one address can be sent per hour, and one network can ask for (on top of the write limit). */
export const DEFAULT_SIGN_IN_LIMIT = { perAddress: 5, perNetwork: 20 } as const;
const SIGN_IN_WINDOW_SECONDS = 3600;

/** The console's sign-in and session routes (issue 12). The admin routes take the same session: see mount.ts. */
export function consoleRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { store, config } = deps;

  mount(app, deps, routes.consoleSignIn, async ({ body, c }) => {
    // Counted whether or not the address is known, so the limit says nothing either; the address is keyed-hashed.
    const secret = config.clientHashSecret;
    const limit = config.signInLimit ?? DEFAULT_SIGN_IN_LIMIT;
    await hit(store, bucketName('sign-in-net', clientNetwork(clientIp(c, config.trustProxy)), secret), limit.perNetwork, SIGN_IN_WINDOW_SECONDS);
    await hit(store, bucketName('sign-in-address', body.email.toLowerCase(), secret), limit.perAddress, SIGN_IN_WINDOW_SECONDS);
    const base = (config.publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '');
    await requestSignIn(store, { email: body.email, language: body.language }, base);
    return { status: 202, body: { accepted: true as const, expiresInMinutes: SIGN_IN_LINK_MINUTES } };
  });

  mount(app, deps, routes.consoleOpenSession, async ({ body, c }) => {
    const opened = await openSession(store, body.token);
    if (!opened) {
      throw new ApiError('sign_in_link_invalid', 'This sign-in link is unknown, already used or expired. Links work once, for 15 minutes: ask for a new one.');
    }
    return { status: 201, body: meView(opened.session), headers: { 'Set-Cookie': sessionCookie(c, config, opened.cookie, SESSION_ABSOLUTE_SECONDS) } };
  });

  mount(app, deps, routes.consoleMe, async ({ session }) => {
    if (!session) throw unauthorized();
    return { body: meView(session) };
  });

  mount(app, deps, routes.consoleUpdateMe, async ({ session, body }) => {
    if (!session) throw unauthorized();
    // Only their own language and notify choice: scopes, name and address are the admin's to change.
    const updated = await updateOrganiser(store, session.organiser.id, { language: body.language, notify: body.notify });
    if (updated === undefined || updated === 'email_taken') throw unauthorized();
    return { body: meView({ ...session, organiser: updated }) };
  });

  mount(app, deps, routes.consoleSignOut, async ({ session, actor, c }) => {
    if (!session || !actor) throw unauthorized();
    const ended = await endSession(store, session.id);
    await recordAudit(store, actor, 'sign_out', { subject: { type: 'organiser', id: session.organiser.id } });
    return { body: { sessionsEnded: ended }, headers: { 'Set-Cookie': sessionCookie(c, config, '', 0) } };
  });

  mount(app, deps, routes.consoleSignOutEverywhere, async ({ session, actor, c }) => {
    if (!session || !actor) throw unauthorized();
    const ended = await store.transaction(async (tx) => {
      const n = await endAllSessions(tx, session.organiser.id);
      await recordAudit(tx, actor, 'sign_out_everywhere', { subject: { type: 'organiser', id: session.organiser.id }, details: { sessionsEnded: n } });
      return n;
    });
    return { body: { sessionsEnded: ended }, headers: { 'Set-Cookie': sessionCookie(c, config, '', 0) } };
  });
}
