import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ServerConfig } from '../../config.js';
import type { DataSource } from '../../data.js';

/** What composing an email needs beyond the database: names, the signing secret for its links, and where links point. */
export interface EmailContext {
  readonly data: DataSource;
  /** The server's signing secret (cancellation and unsubscribe links stay valid across restarts and instances). */
  readonly secret: string;
  /** Absolute base of every link, without a trailing slash (PUBLIC_URL, else the request's or the server's own origin). */
  readonly baseUrl: string;
  /** Partner display names by slug (PARTNER_NAMES); a partner without one is named by its slug. */
  readonly partnerNames: Readonly<Record<string, string>>;
}

/**
 * The context of emails written while answering a request: links point at PUBLIC_URL, else at the origin the request
 * came to. `config.signingSecret` is always set by createApp (one secret per app), so links from every route agree.
 */
export function emailContextFor(config: ServerConfig, data: DataSource, requestUrl: string): EmailContext {
  return {
    data,
    secret: config.signingSecret ?? '',
    baseUrl: (config.publicUrl ?? new URL(requestUrl).origin).replace(/\/+$/, ''),
    partnerNames: config.partnerNames ?? {},
  };
}

/** The partner's name as a reader should see it; the project's own when the sign-up came through no partner. */
export const partnerName = (ctx: EmailContext, slug: string | null | undefined): string =>
  slug ? (ctx.partnerNames[slug] ?? slug) : 'Solidarity Widgets';

/** What an unsubscribe link turns off: one sign-up's reminders, one pledge's reminders, or all of an organiser's notifications. */
export type StopWhat = 'reminders' | 'pledge' | 'organiser';

const stopToken = (secret: string, what: StopWhat, id: string) =>
  createHmac('sha256', secret).update(`email-stop:v1:${what}:${id.toLowerCase()}`).digest('base64url');

export function checkStopToken(secret: string, what: StopWhat, id: string, token: string): boolean {
  const expected = Buffer.from(stopToken(secret, what, id));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The signed link behind "turn these emails off" and the List-Unsubscribe header (RFC 8058 one-click POSTs to it). */
export const stopUrl = (ctx: EmailContext, what: StopWhat, id: string): string =>
  `${ctx.baseUrl}/email/stop?what=${what}&id=${id}&token=${encodeURIComponent(stopToken(ctx.secret, what, id))}`;

/** Headers that let a mail client offer one-click unsubscribe (RFC 2369, RFC 8058). */
export const unsubscribeHeaders = (url: string): Record<string, string> => ({
  'List-Unsubscribe': `<${url}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
});
