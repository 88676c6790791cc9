import type { RouteDef } from '@solidarity-widgets/contract';
import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type * as z from 'zod/mini';
import type { AppDeps, AppEnv } from '../http/context.js';
import { clientIp, clientNetwork } from '../http/client-ip.js';
import { readJsonBody } from '../http/body.js';
import { jsonAnswer } from '../http/compress-json.js';
import { ApiError, unauthorized } from '../http/errors.js';
import {
  countAttempt, limitArgs, limitStates, limitWrite, PartnerTotals, rateLimitHeaders, tightest,
  type LimitCounts, type RateLimitState, type WriteLimitInput,
} from '../http/rate-limit.js';
import type { Queryable } from '../store/types.js';
import { queryObject, rejectNul, validate } from '../http/validation.js';
import { authenticate, type Scopes } from '../services/tokens.js';
import { csrfMatches, findSession, type ConsoleSession } from '../services/console.js';
import type { Actor } from '../services/audit.js';
import { readSessionCookie } from '../http/console-cookie.js';
import { isSameOrigin } from '../http/own-origin.js';

type Out<S> = S extends z.ZodMiniType ? z.output<S> : undefined;
type Field<R, K extends string> = R extends { readonly [P in K]: infer S } ? Out<S> : undefined;

export interface RouteInput<R extends RouteDef> {
  readonly params: Field<R, 'params'>;
  readonly query: Field<R, 'query'>;
  readonly body: Field<R, 'body'>;
  /** Present on `auth: 'admin'` routes. */
  readonly scopes: Scopes;
  /** On authenticated routes: the token (its label names a person or tool) or the signed-in organiser, for audit trails. */
  readonly actor: Actor | null;
  /** The console session the call came with (cookie), or null (a bearer token, or a public route). */
  readonly session: ConsoleSession | null;
  /** The browser origin that sent a write, if any (recorded with sign-ups and messages). */
  readonly origin: string | null;
  /**
   * On a route mounted with `limitsInTransaction`: applies the public write's rate limits inside the write's own
   * transaction (call it first): one commit per write instead of two, and a write that fails counts only as an attempt.
   * Elsewhere the limits have already been applied and this does nothing.
   */
  readonly limits: (tx: Queryable) => Promise<void>;
  /**
   * On a route mounted with `limitsInTransaction`, the other way to apply them: `args` are the first arguments of a
   * write function of migration 0016, which counts the limits in the write's own statement, and `settle` takes what it
   * counted (throws 429 rate_limited when a limit was passed, else keeps the states for the response headers). Call
   * one of `limits` and `settle` once. Elsewhere `args` is empty and `settle` does nothing.
   */
  readonly writeLimits: { readonly args: readonly unknown[]; readonly settle: (counts: LimitCounts | undefined) => void };
  readonly c: Context<AppEnv>;
}

export type Reply<R extends RouteDef> =
  | { readonly status?: ContentfulStatusCode; readonly body: R['response'] extends z.ZodMiniType ? z.output<R['response']> : never; readonly headers?: Record<string, string> }
  | Response;

function checked<T>(value: T, where: 'params' | 'query' | 'body'): T {
  rejectNul(value, where);
  return value;
}

/** `/v1/postcodes/{postcode}` → `/v1/postcodes/:postcode` */
export const honoPath = (path: string): string => path.replace(/\{([A-Za-z0-9_]+)\}/g, ':$1');

const NO_SCOPES: Scopes = { admin: false, partners: new Set(), constituencies: new Set() };
const ORIGIN = /^[a-z][a-z0-9+.-]*:\/\/[^\s/]{1,200}$|^null$/i;

/** One PartnerTotals per app (its store), shared by its public write routes. */
const partnerTotals = new WeakMap<AppDeps, PartnerTotals>();
function partnerTotalsOf(deps: AppDeps): PartnerTotals {
  let totals = partnerTotals.get(deps);
  if (!totals) partnerTotals.set(deps, (totals = new PartnerTotals()));
  return totals;
}

function bearer(c: Context<AppEnv>): string | undefined {
  const header = c.req.header('authorization');
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

export interface MountOptions<R extends RouteDef> {
  /**
   * A submission the route answers but does not store (a bot caught by the honeypot). It is checked against
   * the limits like any other, so it learns nothing, but counts against no allowance: bots posting in a
   * partner's name must not use up the partner's or anyone's quota.
   */
  readonly dropped?: (body: Field<R, 'body'>) => boolean;
  /**
   * The handler applies the rate limits itself, with `input.limits(tx)` as the first statement of its transaction
   * (the hot public writes: sign-ups, messages). Committed with the write, or rolled back with it; a write refused or
   * failed in there still counts against its network's attempts (the flood valve), as every attempt does.
   */
  readonly limitsInTransaction?: boolean;
}

/**
 * Mounts one route of the contract's table: authenticates admin and console routes (token or session cookie, with
 * the CSRF check on cookie writes), rate-limits public writes, reads
 * and validates params, query and body with the route's own schemas, then calls `handler`.
 *
 * Limits are keyed on what a client cannot forge cheaply, its network (IPv4 address or IPv6 /64): every
 * attempt counts against a generous flood valve before the body is read; kept writes count against the
 * network's allowance and then against the partner's, a shared valve that, once tripped, holds each network to
 * one more write instead of refusing everyone.
 */
export function mount<R extends RouteDef>(
  app: Hono<AppEnv>,
  deps: AppDeps,
  route: R,
  handler: (input: RouteInput<R>) => Promise<Reply<R>>,
  options: MountOptions<R> = {},
): void {
  const isWrite = route.method !== 'GET';
  const limited = isWrite && route.auth === undefined;
  const totals = partnerTotalsOf(deps);
  app.on(route.method, honoPath(route.path), async (c) => {
    c.set('route', `${route.method} ${route.path}`);
    let scopes = NO_SCOPES;
    let actor: Actor | null = null;
    let session: ConsoleSession | null = null;
    if (route.auth) {
      // Admin routes: a bearer token (scripts, the CLI) or the console's cookie; console routes: only the cookie.
      const token = route.auth === 'admin' ? bearer(c) : undefined;
      if (token !== undefined) {
        const found = await authenticate(deps.store, token);
        if (!found) throw unauthorized();
        scopes = found.scopes;
        actor = { type: 'token', id: found.id, label: found.label };
      } else {
        const cookie = readSessionCookie(c, deps.config);
        session = (cookie === undefined ? undefined : await findSession(deps.store, cookie)) ?? null;
        if (!session) throw unauthorized();
        // The browser sends the cookie by itself, so a write must also prove it comes from the console: the session's
        // CSRF token (which only the console's own script can read, from /v1/console/me) and the server's own origin.
        if (isWrite && (!csrfMatches(session, c.req.header('x-csrf-token')) || !isSameOrigin(c, deps.config))) {
          throw new ApiError('csrf_failed', "This write needs the session's X-CSRF-Token header and must come from the console's own origin.");
        }
        scopes = session.scopes;
        actor = { type: 'organiser', id: session.organiser.id, label: session.organiser.name };
      }
    }
    const limits: RateLimitState[] = [];
    const { rateLimit, trustProxy, maxBodyBytes } = deps.config;
    const network = limited ? clientNetwork(clientIp(c, trustProxy)) : '';
    const attempt = { network, perIp: rateLimit.perIp, windowSeconds: rateLimit.windowSeconds, clientHashSecret: deps.config.clientHashSecret };
    let params, query, body;
    try {
      params = route.params ? validate(route.params, checked(c.req.param(), 'params'), 'params') : undefined;
      query = route.query ? validate(route.query, checked(queryObject(c.req.url), 'query'), 'query') : undefined;
      body = route.body ? validate(route.body, checked(await readJsonBody(c.req.raw, maxBodyBytes, c.env?.incoming), 'body'), 'body') : undefined;
    } catch (error) {
      // A write that cannot be read still counts as an attempt (the flood valve), and an exhausted valve answers 429
      // rather than the validation error, as when the attempt was counted before the body was read.
      if (limited) await countAttempt(deps.store, attempt);
      throw error;
    }
    let writeLimits: WriteLimitInput | undefined;
    if (limited) {
      // Every limit in one statement (http/rate-limit.ts limitWrite): the attempt, the network's allowance and the
      // partner's shared valve. Once the valve has tripped (its moderators are being flooded) it never refuses
      // everyone: the `partner` field is anyone's to send, and many addresses would lock the partner's supporters
      // out. Instead each network keeps one write to this partner for the rest of the window, so a supporter who
      // has not written yet gets through while heavy senders wait.
      const partner = (body as { partner?: unknown } | undefined)?.partner;
      writeLimits = {
        network,
        partner: typeof partner === 'string' ? partner : undefined,
        count: !(options.dropped?.(body as Field<R, 'body'>) ?? false),
        perIp: rateLimit.perIp,
        perPartner: rateLimit.perPartner,
        windowSeconds: rateLimit.windowSeconds,
        clientHashSecret: deps.config.clientHashSecret,
        totals,
      };
      if (!options.limitsInTransaction) limits.push(...(await limitWrite(deps.store, writeLimits)));
    }
    const inTransaction = writeLimits !== undefined && options.limitsInTransaction === true ? writeLimits : undefined;
    let applied = false;
    const applyLimits = async (tx: Queryable): Promise<void> => {
      if (!inTransaction || applied) return;
      applied = true;
      limits.push(...(await limitWrite(tx, inTransaction)));
    };
    const limitCall = {
      args: inTransaction ? limitArgs(inTransaction) : [],
      settle: (counts: LimitCounts | undefined): void => {
        if (!inTransaction || applied) return;
        applied = true;
        limits.push(...limitStates(inTransaction, counts));
      },
    };
    const rawOrigin = c.req.header('origin');
    const origin = rawOrigin !== undefined && ORIGIN.test(rawOrigin) ? rawOrigin : null;
    let reply: Reply<R>;
    try {
      reply = await handler({ params, query, body, scopes, actor, session, origin, limits: applyLimits, writeLimits: limitCall, c } as RouteInput<R>);
      if (inTransaction && !applied) throw new Error(`${route.method} ${route.path} did not apply its rate limits`);
    } catch (error) {
      // The write's transaction took its counts with it: the attempt still counts. An exhausted flood valve answers
      // 429, as it would have before the write was tried.
      if (inTransaction) await countAttempt(deps.store, attempt);
      if (error instanceof ApiError) {
        const tight = tightest(limits);
        if (tight) {
          for (const [k, v] of Object.entries(rateLimitHeaders(tight))) if (!(k in error.headers)) error.headers[k] = v;
        }
      }
      throw error;
    }
    const response = reply instanceof Response ? reply : jsonAnswer(c, JSON.stringify(reply.body), reply.status ?? (route.status as ContentfulStatusCode), reply.headers);
    const tight = tightest(limits);
    if (tight) for (const [k, v] of Object.entries(rateLimitHeaders(tight))) response.headers.set(k, v);
    return response;
  });
}

/** A JSON response from already-serialised text (idempotent replays are byte-for-byte). */
export function jsonText(c: Context<AppEnv>, result: { status: number; bodyText: string; replayed: boolean }): Response {
  return jsonAnswer(c, result.bodyText, result.status as ContentfulStatusCode, result.replayed ? { 'Idempotent-Replayed': 'true' } : {});
}
