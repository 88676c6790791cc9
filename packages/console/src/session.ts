import { HttpError, type ConsoleMe, type NotifyChoice, type Organiser } from '@solidarity-widgets/sdk/admin';
import { admin, setCsrfToken } from './api.js';

/** The signed-in organiser (with their role), as `GET /v1/console/me` describes them. */
export type Me = ConsoleMe['organiser'];
export type { NotifyChoice, Organiser };

export const isAdmin = (me: Me | undefined): boolean => me?.scopes.includes('admin') ?? false;
export const canModerate = (me: Me | undefined): boolean => isAdmin(me) || (me?.scopes.some((s) => s.startsWith('partner:')) ?? false);
export const canOrganise = (me: Me | undefined): boolean => isAdmin(me) || (me?.scopes.some((s) => s.startsWith('constituency:')) ?? false);

/** Who is signed in (keeping the CSRF token for writes), or `undefined` when nobody is. */
export async function fetchMe(): Promise<Me | undefined> {
  try {
    const answer = await admin.consoleMe();
    setCsrfToken(answer.csrfToken);
    return answer.organiser;
  } catch (error) {
    if (error instanceof HttpError && error.status === 401) return undefined;
    throw error;
  }
}

/** Asks for a sign-in link (in the console's language). The server answers the same whether or not the address is an organiser's. */
export const requestSignInLink = (email: string, language: Me['language']): Promise<unknown> => admin.signIn({ email, language });

/** Exchanges the link's token for a session cookie. */
export async function redeemSignInLink(token: string): Promise<Me> {
  const answer = await admin.openSession(token);
  setCsrfToken(answer.csrfToken);
  return answer.organiser;
}

export async function signOut(everywhere: boolean): Promise<void> {
  await (everywhere ? admin.signOutEverywhere() : admin.signOut());
  setCsrfToken(null);
}
