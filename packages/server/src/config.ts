import { clientHashSecretValue } from './services/client-hash.js';

export interface RateLimitConfig {
  /** Length of one fixed window, in seconds. */
  readonly windowSeconds: number;
  /** Writes allowed per client IP per window. */
  readonly perIp: number;
  /** Writes allowed per partner site per window (all its supporters together). */
  readonly perPartner: number;
}

export interface ServerConfig {
  /** Origins allowed to write (POST/DELETE…). `*` allows any (development only). Mutable so a server can add its own origin once it knows its port. */
  allowedOrigins: string[];
  /** Read the client IP from `X-Forwarded-For` (only behind a proxy you control). */
  readonly trustProxy: boolean;
  readonly rateLimit: RateLimitConfig;
  /** Largest accepted request body, in bytes. */
  readonly maxBodyBytes: number;
  /** Solidarity messages sent sooner than this after the form opened are treated as bots. */
  readonly minFormMs: number;
  /** Reported by /v1/health. */
  readonly version: string;
  /** HMAC secret for supporters' cancellation tokens (`SIGNING_SECRET`). Unset: a random one per app (tests). */
  readonly signingSecret?: string | undefined;
  /**
   * Key of the HMAC that client addresses are stored under (`CLIENT_HASH_SECRET`). Unset: `<DATA_DIR>/client-hash-secret`
   * (see startServer), or a random one per app (tests).
   */
  readonly clientHashSecret?: string | undefined;
  /** Public address of the server, for absolute links in receipts (`PUBLIC_URL`). Unset: the request's own origin. */
  readonly publicUrl?: string | undefined;
  /** Optional postcodes.io-compatible provider (`POSTCODE_UPSTREAM_URL`), asked only about full postcodes the offline data lacks or flags uncertain. */
  readonly postcodeUpstream?: { readonly baseUrl: string; readonly timeoutMs: number } | undefined;
  /** Bearer token a Prometheus scraper sends to `/metrics` (`METRICS_TOKEN`); an admin token is accepted too. */
  readonly metricsToken?: string | undefined;
  /** Where emails are delivered (`SMTP_URL`, `smtp://user:pass@host:587` or `smtps://…`). Unset: the development mailbox. */
  readonly smtpUrl?: string | undefined;
  /** The sender of every email (`MAIL_FROM`); its domain is also the Message-IDs' (services/mailer.ts). */
  readonly mailFrom?: string | undefined;
  /**
   * Emails are kept in the database and readable at `/console/mail`: only without `SMTP_URL` and outside production
   * (`NODE_ENV !== 'production'`), since the page shows every email sent to anyone.
   */
  readonly devMailbox?: boolean;
  /** Partners' names for emails by slug (`PARTNER_NAMES="unite-polish-branch=Unite Polish Branch; tuc=TUC"`); else the slug. */
  readonly partnerNames?: Readonly<Record<string, string>>;
  /** Hours before a session that supporters get their reminder (`REMINDER_HOURS`, default 24; 0 turns reminders off). */
  readonly reminderHours?: number | undefined;
  /** At most one "messages are waiting" email per moderator per this many minutes (`MODERATION_NOTICE_MINUTES`, default 60). */
  readonly moderationNoticeMinutes?: number | undefined;
  /** Console sign-in links one address may be sent, and one network may ask for, per hour. Default 5 and 20. */
  readonly signInLimit?: { readonly perAddress: number; readonly perNetwork: number } | undefined;
}

/** How long the optional postcode upstream gets before the offline answer is used. */
export const POSTCODE_UPSTREAM_TIMEOUT_MS = 1500;

export const defaultConfig: ServerConfig = {
  allowedOrigins: [],
  trustProxy: false,
  rateLimit: { windowSeconds: 600, perIp: 30, perPartner: 1000 },
  maxBodyBytes: 32 * 1024,
  minFormMs: 3000,
  version: '0.1.0',
};

export function makeConfig(overrides: Partial<Omit<ServerConfig, 'rateLimit'>> & { rateLimit?: Partial<RateLimitConfig> } = {}): ServerConfig {
  return {
    ...defaultConfig,
    ...overrides,
    allowedOrigins: [...(overrides.allowedOrigins ?? defaultConfig.allowedOrigins)],
    rateLimit: { ...defaultConfig.rateLimit, ...overrides.rateLimit },
  };
}

function positiveInt(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return n;
}

export function parseOrigins(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw
    .split(',')
    .map((o) => o.trim().replace(/\/+$/, ''))
    .filter((o) => o.length > 0);
}

function httpUrl(raw: string | undefined, name: string): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`${name} must be an http(s) URL, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${name} must be an http(s) URL, got "${raw}"`);
  return url.href.replace(/\/+$/, '');
}

/** Reads ALLOWED_ORIGINS, TRUST_PROXY, RATE_LIMIT_*, SIGNING_SECRET, CLIENT_HASH_SECRET, PUBLIC_URL and POSTCODE_UPSTREAM_URL from the environment. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env, version = defaultConfig.version): ServerConfig {
  const upstream = httpUrl(env['POSTCODE_UPSTREAM_URL'], 'POSTCODE_UPSTREAM_URL');
  return makeConfig({
    allowedOrigins: parseOrigins(env['ALLOWED_ORIGINS']),
    trustProxy: env['TRUST_PROXY'] === '1' || env['TRUST_PROXY'] === 'true',
    rateLimit: {
      windowSeconds: positiveInt(env['RATE_LIMIT_WINDOW_SECONDS'], 'RATE_LIMIT_WINDOW_SECONDS', defaultConfig.rateLimit.windowSeconds),
      perIp: positiveInt(env['RATE_LIMIT_PER_IP'], 'RATE_LIMIT_PER_IP', defaultConfig.rateLimit.perIp),
      perPartner: positiveInt(env['RATE_LIMIT_PER_PARTNER'], 'RATE_LIMIT_PER_PARTNER', defaultConfig.rateLimit.perPartner),
    },
    version,
    signingSecret: env['SIGNING_SECRET']?.trim() || undefined,
    clientHashSecret: env['CLIENT_HASH_SECRET'] === undefined || env['CLIENT_HASH_SECRET'].trim() === '' ? undefined : clientHashSecretValue(env['CLIENT_HASH_SECRET'], undefined),
    publicUrl: httpUrl(env['PUBLIC_URL'], 'PUBLIC_URL'),
    postcodeUpstream: upstream === undefined ? undefined : { baseUrl: upstream, timeoutMs: POSTCODE_UPSTREAM_TIMEOUT_MS },
    metricsToken: metricsTokenValue(env['METRICS_TOKEN']),
    smtpUrl: smtpUrlValue(env['SMTP_URL']),
    mailFrom: env['MAIL_FROM']?.trim() || undefined,
    devMailbox: !env['SMTP_URL']?.trim() && env['NODE_ENV'] !== 'production',
    partnerNames: parsePartnerNames(env['PARTNER_NAMES']),
    reminderHours: reminderHoursValue(env['REMINDER_HOURS']),
    moderationNoticeMinutes: env['MODERATION_NOTICE_MINUTES']?.trim() ? positiveInt(env['MODERATION_NOTICE_MINUTES'], 'MODERATION_NOTICE_MINUTES', 60) : undefined,
  });
}

/** A guessable scrape token would publish the metrics: refuse a short one rather than run with it. */
function metricsTokenValue(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  if (value.length < 24) throw new Error('METRICS_TOKEN must be at least 24 characters (e.g. openssl rand -base64 32)');
  return value;
}

/** A typo in SMTP_URL should stop the start, not quietly queue every email for ever. */
function smtpUrlValue(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error('SMTP_URL must be a URL such as smtp://user:pass@host:587 or smtps://user:pass@host:465');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error(`SMTP_URL must start with smtp:// or smtps://, got "${url.protocol}"`);
  return value;
}

/** `slug=Name; other-slug=Other Name` (semicolons, since names may hold commas). */
export function parsePartnerNames(raw: string | undefined): Record<string, string> {
  const names: Record<string, string> = {};
  for (const pair of (raw ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (pair.trim() === '') continue;
    const slug = pair.slice(0, at).trim();
    const name = pair.slice(at + 1).trim();
    if (at < 1 || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(slug) || name === '') throw new Error(`PARTNER_NAMES must look like "slug=Name; other-slug=Other Name", got "${pair.trim()}"`);
    names[slug] = name;
  }
  return names;
}

function reminderHoursValue(raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 24 * 14) throw new Error(`REMINDER_HOURS must be a whole number of hours from 0 to 336, got "${raw}"`);
  return n;
}
