import { decodeWallCursor, encodeWallCursor, type AdminCanvassSignup, type AuditAction, type ConsoleMe, type Organiser } from '@solidarity-widgets/contract';
import type { HttpHandler } from 'msw';
import type { LocalToolkit } from './local-handlers.js';
import type { MockSignup } from './state.js';

/** The `sw_console` cookie's value in a request (plain, or `__Host-` over HTTPS). */
export const consoleCookie = (request: Request): string | undefined =>
  /(?:^|;\s*)(?:__Host-)?sw_console=([^;\s]+)/.exec(request.headers.get('cookie') ?? '')?.[1];

const HOUR = 3_600_000;

/**
 * Mock handlers for the console (sign-in, session, organisers, audit log, attendance, dashboard). Sign-in links are
 * not emailed: `state.signInTokens` holds them. The session is a cookie, as on the server; msw reads it from the
 * request's `Cookie` header. Every admin caller is treated as an admin (the mock has no scopes).
 */
export function consoleHandlers({
  r,
  state,
  fail,
  adminSignup,
}: Pick<LocalToolkit, 'r' | 'state' | 'fail'> & { adminSignup: (s: MockSignup) => AdminCanvassSignup | undefined }): HttpHandler[] {
  const me = (request: Request): { organiser: Organiser; csrfToken: string } => {
    const cookie = consoleCookie(request);
    const session = cookie === undefined ? undefined : state.consoleSessions.get(cookie);
    const organiser = session && state.organisers.find((o) => o.id === session.organiserId && o.disabledAt === null);
    if (!session || !organiser) throw fail(401, 'unauthorized', 'Sign in to the console first.');
    return { organiser, csrfToken: session.csrfToken };
  };
  const view = (organiser: Organiser, csrfToken: string): ConsoleMe => {
    const now = state.now().getTime();
    return {
      organiser: structuredClone(organiser),
      role: organiser.role,
      csrfToken,
      idleExpiresAt: new Date(now + 2 * HOUR).toISOString(),
      expiresAt: new Date(now + 12 * HOUR).toISOString(),
    };
  };
  const audit = (action: AuditAction, subject: { type: string; id: string } | null, details: Record<string, string | number | boolean | null> = {}) => {
    state.auditLog.unshift({
      id: state.newId(), at: state.now().toISOString(), actor: { type: 'token', id: 'mock', name: 'mock' },
      action, subject, constituency: null, partner: null, details,
    });
  };
  const findOrganiser = (id: string) => {
    const o = state.organisers.find((x) => x.id === id);
    if (!o) throw fail(404, 'organiser_not_found', 'No organiser has this id.');
    return o;
  };
  const roleOf = (scopes: readonly string[]): Organiser['role'] =>
    scopes.includes('admin') ? 'admin' : scopes.some((s) => s.startsWith('constituency:')) ? 'organiser' : 'moderator';
  const random = () => state.newId().replace(/-/g, '') + state.newId().replace(/-/g, '').slice(0, 11);

  return [
    r('consoleSignIn', ({ body }) => {
      const organiser = state.organisers.find((o) => o.email === body.email.toLowerCase() && o.disabledAt === null);
      if (organiser) state.signInTokens.set(random(), organiser.id);
      return { body: { accepted: true, expiresInMinutes: 15 } };
    }),
    r('consoleOpenSession', ({ body }) => {
      const organiserId = state.signInTokens.get(body.token);
      const organiser = organiserId === undefined ? undefined : state.organisers.find((o) => o.id === organiserId && o.disabledAt === null);
      state.signInTokens.delete(body.token);
      if (!organiser) throw fail(400, 'sign_in_link_invalid', 'This sign-in link is unknown, used or expired.');
      const cookie = random();
      const csrfToken = random();
      state.consoleSessions.set(cookie, { organiserId: organiser.id, csrfToken });
      organiser.lastSignInAt = state.now().toISOString();
      return {
        status: 201,
        body: view(organiser, csrfToken),
        headers: { 'set-cookie': `sw_console=${cookie}; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200` },
      };
    }),
    r('consoleMe', ({ request }) => {
      const { organiser, csrfToken } = me(request);
      return { body: view(organiser, csrfToken) };
    }),
    r('consoleUpdateMe', ({ request, body }) => {
      const { organiser, csrfToken } = me(request);
      if (body.language !== undefined) organiser.language = body.language;
      if (body.notify !== undefined) organiser.notify = body.notify;
      return { body: view(organiser, csrfToken) };
    }),
    r('consoleSignOut', ({ request }) => {
      const cookie = consoleCookie(request);
      const ended = cookie !== undefined && state.consoleSessions.delete(cookie) ? 1 : 0;
      return { body: { sessionsEnded: ended }, headers: { 'set-cookie': 'sw_console=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0' } };
    }),
    r('consoleSignOutEverywhere', ({ request }) => {
      const { organiser } = me(request);
      let ended = 0;
      for (const [k, v] of state.consoleSessions) if (v.organiserId === organiser.id && state.consoleSessions.delete(k)) ended++;
      return { body: { sessionsEnded: ended }, headers: { 'set-cookie': 'sw_console=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0' } };
    }),

    r('adminListOrganisers', () => ({ body: { organisers: structuredClone(state.organisers) } })),
    r('adminCreateOrganiser', ({ body }) => {
      const email = body.email.toLowerCase();
      if (state.organisers.some((o) => o.email === email)) throw fail(409, 'organiser_exists', 'Another organiser already has this email address.');
      const organiser: Organiser = {
        id: state.newId(), email, name: body.name, language: body.language ?? 'en', scopes: [...body.scopes], role: roleOf(body.scopes),
        notify: body.notify ?? 'immediate', createdAt: state.now().toISOString(), lastSignInAt: null, disabledAt: null,
      };
      state.organisers.push(organiser);
      audit('organiser_create', { type: 'organiser', id: organiser.id });
      return { status: 201, body: structuredClone(organiser) };
    }),
    r('adminUpdateOrganiser', ({ params, body }) => {
      const o = findOrganiser(params.id);
      if (body.email !== undefined) {
        const email = body.email.toLowerCase();
        if (state.organisers.some((x) => x.email === email && x.id !== o.id)) throw fail(409, 'organiser_exists', 'Another organiser already has this email address.');
        o.email = email;
      }
      if (body.name !== undefined) o.name = body.name;
      if (body.language !== undefined) o.language = body.language;
      if (body.notify !== undefined) o.notify = body.notify;
      if (body.scopes !== undefined) {
        o.scopes = [...body.scopes];
        o.role = roleOf(body.scopes);
      }
      if (body.disabled === false) o.disabledAt = null;
      if (body.disabled === true && o.disabledAt === null) o.disabledAt = state.now().toISOString();
      audit('organiser_update', { type: 'organiser', id: o.id });
      return { body: structuredClone(o) };
    }),
    r('adminDisableOrganiser', ({ params }) => {
      const o = findOrganiser(params.id);
      o.disabledAt ??= state.now().toISOString();
      for (const [k, v] of state.consoleSessions) if (v.organiserId === o.id) state.consoleSessions.delete(k);
      audit('organiser_disable', { type: 'organiser', id: o.id });
      return { body: structuredClone(o) };
    }),
    r('adminAuditLog', ({ query }) => {
      const limit = query.limit ?? 50;
      const start = query.cursor === undefined ? 0 : Math.max(0, state.auditLog.findIndex((e) => e.id === cursorId(query.cursor ?? '')) + 1);
      const entries = state.auditLog.slice(start, start + limit);
      const last = entries.at(-1);
      const more = start + limit < state.auditLog.length;
      return { body: { entries: structuredClone(entries), nextCursor: more && last ? makeCursor(last.at, last.id) : null } };
    }),
    r('adminSetAttendance', ({ params, body }) => {
      const signup = state.signups.find((s) => s.id === params.id);
      const view = signup && adminSignup(signup);
      if (!signup || !view) throw fail(404, 'signup_not_found', 'No sign-up has this id.');
      signup.attended = body.attended;
      audit('attendance_set', { type: 'canvass_signup', id: signup.id }, { attended: body.attended });
      return { body: { ...view, attended: body.attended } };
    }),
    r('adminDashboard', () => {
      const now = state.now();
      const since = new Date(now.getTime() - 7 * 24 * HOUR).toISOString();
      const sessions = state.sessions
        .filter((s) => s.status !== 'cancelled' && s.endsAt > now.toISOString())
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
        .slice(0, 10)
        .map((s) => {
          const signups = state.signups.filter((x) => x.sessionId === s.id);
          return {
            id: s.id, title: s.title, startsAt: s.startsAt, constituency: s.constituency, status: s.status, capacity: s.capacity,
            placesTaken: signups.filter((x) => x.status === 'confirmed').length,
            waitlisted: signups.filter((x) => x.status === 'waitlisted').length,
          };
        });
      return {
        body: {
          sessions,
          messagesWaiting: state.messages.filter((m) => m.status === 'pending').length,
          newIntroductions: state.introductions.filter((i) => i.createdAt >= since).length,
          since,
          answerReports: 0,
        },
      };
    }),
  ];
}

// The audit log's cursor is the wall's: `<µs>.<id>`, base64url (the mock only needs the id back).
const makeCursor = (at: string, id: string) => encodeWallCursor(String(Date.parse(at) * 1000), id);
const cursorId = (cursor: string) => decodeWallCursor(cursor)?.id;
