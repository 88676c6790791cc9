import { routes, type RouteName } from '@solidarity-widgets/contract';
import { loadElectoralData } from '@solidarity-widgets/data';
import type * as z from 'zod/mini';
import { createApp } from '../app.js';
import { emailContextFor } from '../services/email/context.js';
import { renderWaiting } from '../services/email/from-facts.js';
import { makeConfig, type RateLimitConfig, type ServerConfig } from '../config.js';
import type { LogLine } from '../http/logging.js';
import { createToken } from '../services/tokens.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/types.js';

export const PARTNER_ORIGIN = 'https://partner.example';
const data = loadElectoralData();

export interface Reply {
  status: number;
  headers: Headers;
  json: any;
  text: string;
}

export interface CallOptions {
  body?: unknown;
  /** Sent as-is (for malformed bodies). */
  rawBody?: string | Uint8Array;
  headers?: Record<string, string>;
  token?: string;
  origin?: string;
}

export async function setup(options: { rateLimit?: Partial<RateLimitConfig>; config?: Partial<Omit<ServerConfig, 'rateLimit'>>; now?: () => Date } = {}) {
  const store: Store = await openStore({ memory: true });
  const logs: LogLine[] = [];
  const config = makeConfig({
    allowedOrigins: [PARTNER_ORIGIN],
    // Known here, so renderOutbox signs the emails' links as the app does.
    signingSecret: 'harness-signing-secret',
    ...options.config,
    rateLimit: { perIp: 100_000, perPartner: 100_000, ...options.rateLimit },
  });
  const app = createApp({ store, data, config, log: (line) => logs.push(line), ...(options.now ? { now: options.now } : {}) });
  const adminToken = (await createToken(store, 'test admin', ['admin'])).token;

  async function call(method: string, path: string, opts: CallOptions = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers['Authorization'] = `Bearer ${opts.token}`;
    if (opts.origin) headers['Origin'] = opts.origin;
    let body: string | Uint8Array | undefined;
    if (opts.rawBody !== undefined) body = opts.rawBody;
    else if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['Content-Type'] ??= 'application/json';
    }
    const res = await app.request(path, { method, headers, ...(body === undefined ? {} : { body }) });
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, json, text };
  }

  /**
   * Renders the emails a request wrote as facts (a sign-up's, migration 0017), as the outbox worker does before sending,
   * so a test can read the outbox's text as it will be sent.
   */
  const renderOutbox = () => renderWaiting(store, emailContextFor(config, data, 'http://localhost'));

  return { store, app, config, logs, adminToken, data, call, renderOutbox, close: () => store.close() };
}

/** Parses a body with the contract's response schema of `route` (throws on mismatch). */
export function expectShape<N extends RouteName>(name: N, json: unknown): Routes[N] extends { response: infer S extends z.ZodMiniType } ? z.output<S> : never {
  const schema = routes[name].response;
  if (!schema) throw new Error(`${name} has no JSON response`);
  return schema.parse(json) as never;
}
type Routes = typeof routes;

export function futureIso(daysAhead: number, hour = 10): string {
  const d = new Date(Date.now() + daysAhead * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
}

export async function makeSession(
  call: (method: string, path: string, opts?: CallOptions) => Promise<Reply>,
  token: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const res = await call('POST', '/v1/admin/canvass-sessions', {
    token,
    body: {
      constituencyCode: 'E14001279',
      title: 'Hendon: Saturday canvass',
      startsAt: futureIso(7, 10),
      endsAt: futureIso(7, 13),
      meetingPoint: 'Colindale station, Colindale Avenue exit',
      organiserName: 'Hendon CLP',
      organiserContact: 'organiser@example.org',
      capacity: 10,
      ...overrides,
    },
  });
  if (res.status !== 201) throw new Error(`could not create session: ${res.status} ${res.text}`);
  return (res.json as { id: string }).id;
}

export function signupBody(sessionId: string, overrides: Record<string, unknown> = {}) {
  return {
    sessionId,
    name: 'Aleksandra Nowak',
    email: 'ola@example.org',
    languages: ['pl', 'en'],
    firstTime: true,
    consentToContact: true,
    consentVersion: '2026-11-23',
    partner: 'unite-polish-branch',
    ...overrides,
  };
}

export function messageBody(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Kwame Mensah',
    organisation: 'Ghana Union Congress',
    country: 'GH',
    language: 'en',
    message: 'Solidarity from Accra: an injury to one is an injury to all.',
    consentToPublish: true,
    partner: 'tuc-diaspora',
    elapsedMs: 15_000,
    ...overrides,
  };
}
