/**
 * Client-side routes with real URLs under `/console/` (the server answers every app path with index.html).
 * `/console/mail` is not ours: the server serves the development mailbox there.
 */
export const BASE = '/console';

export type Route =
  | { readonly page: 'sign-in'; readonly token: string | undefined; readonly next: string | undefined }
  | { readonly page: 'dashboard' }
  | { readonly page: 'sessions' }
  | { readonly page: 'session'; readonly id: string }
  | { readonly page: 'moderation' }
  | { readonly page: 'introductions' }
  | { readonly page: 'listings' }
  | { readonly page: 'local-contact' }
  | { readonly page: 'erase' }
  | { readonly page: 'organisers' }
  | { readonly page: 'audit' }
  | { readonly page: 'sharing' }
  | { readonly page: 'pledges' }
  | { readonly page: 'settings' }
  | { readonly page: 'not-found' };

const SIMPLE = ['sessions', 'moderation', 'introductions', 'listings', 'local-contact', 'erase', 'organisers', 'audit', 'sharing', 'pledges', 'settings'] as const;

export function parseRoute(url: URL): Route {
  const path = url.pathname.replace(/\/+$/, '');
  if (path === BASE || path === '') return { page: 'dashboard' };
  if (!path.startsWith(`${BASE}/`)) return { page: 'not-found' };
  const rest = path.slice(BASE.length + 1);
  if (rest === 'sign-in') {
    return { page: 'sign-in', token: url.searchParams.get('token') ?? undefined, next: safeNext(url.searchParams.get('next')) };
  }
  // Only a well-formed id is a session address; anything else is "not found" without asking the API.
  const session = /^sessions\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(rest);
  if (session?.[1]) return { page: 'session', id: session[1].toLowerCase() };
  const simple = SIMPLE.find((p) => p === rest);
  return simple ? { page: simple } : { page: 'not-found' };
}

/** Only a console path may be a place to come back to after signing in (never another site). */
export function safeNext(next: string | null): string | undefined {
  return next && next.startsWith(`${BASE}/`) && !next.startsWith('//') && !next.includes('\\') ? next : undefined;
}

export const href = (path: string): string => `${BASE}${path}`;
