import type { ErrorCode, RouteName } from '@solidarity-widgets/contract';
// The contract's error codes without its zod schemas (generated at build time), so the main entry needs no zod.
import { errorCodes } from '@solidarity-widgets/contract/json-schemas/meta';
import {
  HttpError,
  NetworkError,
  RateLimitError,
  ResponseValidationError,
  TimeoutError,
  isRecord,
  readFieldErrors,
  type RequestInfo,
  type ResponseIssue,
} from './errors.js';
import type { CallOptions, RouteInput, RouteOutput } from './types.js';
import { newIdempotencyKey } from './idempotency-key.js';

/** Options for {@link createClient}. Only `baseUrl` is required. */
export interface ClientOptions {
  /**
   * Where the API lives, without `/v1`: e.g. `https://widgets.example.org`.
   * A trailing slash is fine; a path prefix (`https://example.org/api`) is kept.
   */
  readonly baseUrl: string;
  /**
   * Your partner slug (e.g. `unite-london`). Added to sign-ups and messages
   * that do not name a partner, and to the wall's query so it shows your
   * supporters' messages.
   */
  readonly partner?: string | undefined;
  /** A `fetch` to use instead of the global one (tests, other runtimes, instrumentation). */
  readonly fetch?: typeof fetch | undefined;
  /** Give up on one attempt after this many milliseconds, body included. Default `10000`; `0` or `Infinity` for no limit. */
  readonly timeoutMs?: number | undefined;
  /**
   * Extra attempts after the first for GETs and idempotent writes, on network
   * errors, timeouts, 429 and 5xx. Default `2`; `0` turns retries off.
   */
  readonly retries?: number | undefined;
  /**
   * Headers sent with every request (e.g. a tracing header). The SDK's own headers win. From a browser on
   * another origin, only headers the server allows in CORS work: `traceparent`, `tracestate`, `baggage`,
   * `sentry-trace`, `X-Request-Id`, `X-Correlation-Id` and the B3 headers (docs/embedding.md).
   */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /**
   * How to wait between retries. Defaults to a `setTimeout` that stops early
   * when the caller aborts. Tests pass `() => Promise.resolve()` so they never wait.
   */
  readonly sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
}

/** Back-off: 250 ms, 500 ms, 1 s, … capped at 4 s, each with ±50 % jitter taken off the top. */
const BACKOFF_BASE_MS = 250;
const BACKOFF_CAP_MS = 4_000;
/**
 * Longest `Retry-After` we sit out automatically. Longer waits are handed to
 * the caller as a `RateLimitError` so a widget can say "try again in a minute"
 * instead of spinning.
 */
const MAX_AUTO_RETRY_AFTER_S = 10;

const defaultSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });


/** `Retry-After` as seconds: delta-seconds or an HTTP date; `null` when absent or unreadable. */
function parseRetryAfter(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/**
 * The server also puts the wait in `error.details.retryAfter`: a fallback for
 * when a proxy strips the header or CORS does not expose it.
 */
function retryAfterFromBody(details: unknown): number | null {
  const v = isRecord(details) ? details['retryAfter'] : undefined;
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null;
}

function fallbackCode(status: number): ErrorCode {
  switch (status) {
    case 400:
      return 'validation_failed';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 405:
      return 'method_not_allowed';
    case 413:
      return 'payload_too_large';
    case 429:
      return 'rate_limited';
    default:
      return 'internal_error';
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function buildPath(template: string, params: unknown): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = isRecord(params) ? params[name] : undefined;
    if (value === undefined || value === null || value === '') {
      throw new TypeError(`Missing path parameter "${name}" for ${template}`);
    }
    return encodeURIComponent(String(value));
  });
}

function buildQuery(query: unknown): string {
  if (!isRecord(query)) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    search.append(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

function makeHttpError(request: RequestInfo, response: Response, body: unknown): HttpError {
  const err = isRecord(body) && isRecord(body['error']) ? body['error'] : undefined;
  const rawCode = err?.['code'];
  // A newer server may send a code this SDK does not know; fall back by status rather than guess.
  const code = (errorCodes as readonly unknown[]).includes(rawCode) ? (rawCode as ErrorCode) : fallbackCode(response.status);
  const serverMessage = err?.['message'];
  const message =
    typeof serverMessage === 'string' && serverMessage
      ? serverMessage
      : `${request.method} ${request.url} failed with HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  const details = err?.['details'];
  const init = {
    status: response.status,
    code,
    message,
    details,
    fieldErrors: code === 'validation_failed' ? readFieldErrors(details) : [],
    response,
    body,
    request,
  };
  return response.status === 429
    ? new RateLimitError({ ...init, retryAfter: parseRetryAfter(response.headers.get('retry-after')) ?? retryAfterFromBody(details) })
    : new HttpError(init);
}

const warnedOrigins = new Set<string>();

/**
 * Tells the partner's developer (console, once per API) why every write fails: their site is missing from the
 * server's ALLOWED_ORIGINS. Supporters are shown a plain sentence instead; this is the actionable detail.
 */
function warnOriginNotAllowed(apiBase: string): void {
  if (warnedOrigins.has(apiBase)) return;
  warnedOrigins.add(apiBase);
  const page = (globalThis as { location?: { origin?: string } }).location?.origin ?? 'This page';
  console.warn(
    `[solidarity-widgets] ${page} is not allowed to send to ${apiBase}: ask the server's operator to add it to ALLOWED_ORIGINS (see docs/embedding.md, "Allowing your site to send").`,
  );
}

function isRetryable(error: unknown): boolean {
  if (error instanceof NetworkError || error instanceof TimeoutError) return true;
  if (error instanceof RateLimitError) return error.retryAfter === null || error.retryAfter <= MAX_AUTO_RETRY_AFTER_S;
  return error instanceof HttpError && error.status >= 500;
}

/** @internal Options `send` takes beyond the public {@link CallOptions}. */
interface SendOptions extends CallOptions {
  readonly headers?: Readonly<Record<string, string>>;
}

/** What the requester needs of a route at run time (no schemas: see {@link ResponseCheck}). @internal */
export interface RouteMeta {
  readonly method: string;
  readonly path: string;
  readonly idempotencyKey?: boolean;
  readonly contentType?: string;
}

/**
 * Checks a parsed JSON response against the route's contract: the value to return, or what is wrong with it.
 * The public client checks with the JSON Schemas generated from the contract; the admin client with zod.
 * @internal
 */
export type ResponseCheck = (value: unknown) => { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issues: ResponseIssue[] };

/**
 * Options every client takes (the public client's {@link ClientOptions} minus `partner`).
 * @internal
 */
export type RequesterOptions = Omit<ClientOptions, 'partner'>;

/**
 * The engine behind every method: one route from the route table it is
 * given, one call, with timeouts, retries and response validation. Each
 * entry point passes only its own table and checks (public: generated JSON
 * Schemas; admin: zod), so an app's bundle holds only what the routes it can call need.
 * `checkFor(name)` is `null` for a route that answers text (the CSV export).
 * @internal
 */
export function createRequester<T extends RouteName>(
  options: RequesterOptions,
  table: { readonly [N in T]: RouteMeta },
  checkFor: (name: T) => ResponseCheck | null | PromiseLike<ResponseCheck | null>,
  caller = 'createClient',
) {
  if (typeof options.baseUrl !== 'string') throw new TypeError(`${caller}: baseUrl must be a string`);
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = Math.max(0, Math.floor(options.retries ?? 2));
  const sleep = options.sleep ?? defaultSleep;

  async function attempt<N extends T>(
    name: N,
    info: RequestInfo,
    init: RequestInit,
    signal: AbortSignal | undefined,
  ): Promise<RouteOutput<N>> {
    const route: RouteMeta = table[name];
    // Asked for before the request goes out: a check that must first load its schema (the script-tag widgets load
    // some routes' schemas on first use) loads it while the request is in flight. Settled below, never left dangling.
    const checking = Promise.resolve().then(() => checkFor(name));
    checking.catch(() => undefined);
    const controller = new AbortController();
    let timedOut = false;
    // setTimeout treats Infinity as 0, so "no limit" must skip the timer altogether.
    const timer =
      timeoutMs > 0 && Number.isFinite(timeoutMs)
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeoutMs)
        : undefined;
    const onCallerAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onCallerAbort, { once: true });
    // Read `fetch` per call, never at import, so test doubles and polyfills installed later are used.
    const fetchImpl = options.fetch ?? globalThis.fetch;
    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(info.url, { ...init, signal: controller.signal });
      text = await response.text();
    } catch (error) {
      if (signal?.aborted) throw error;
      if (timedOut) throw new TimeoutError(info, timeoutMs);
      throw new NetworkError(info, error);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onCallerAbort);
    }

    const json = text === '' ? ({ ok: false } as const) : parseJson(text);
    const body = json.ok ? json.value : text;
    if (!response.ok) {
      const error = makeHttpError(info, response, body);
      if (error.code === 'origin_not_allowed') warnOriginNotAllowed(base);
      throw error;
    }

    let check: ResponseCheck | null;
    try {
      check = await checking;
    } catch (error) {
      // The schema could not be loaded (a lost connection): a network error, so it is retried and the widget offers "try again".
      throw new NetworkError(info, error);
    }
    if (check === null) return text as RouteOutput<N>;
    if (!json.ok) {
      throw new ResponseValidationError({
        request: info,
        path: route.path,
        status: response.status,
        issues: [{ path: '(body)', message: `expected JSON, got ${response.headers.get('content-type') ?? 'no content type'}` }],
        body,
      });
    }
    const checked = check(json.value);
    if (!checked.ok) {
      throw new ResponseValidationError({ request: info, path: route.path, status: response.status, issues: checked.issues, body });
    }
    return checked.value as RouteOutput<N>;
  }

  /**
   * Calls one route of the contract. Builds the URL from the route's path
   * (path params URL-encoded), sends `body` as JSON, validates the answer
   * with the route's response schema and returns the parsed value.
   */
  async function send<N extends T>(name: N, input: RouteInput<N>, opts: SendOptions = {}): Promise<RouteOutput<N>> {
    const route: RouteMeta = table[name];
    const { signal } = opts;
    if (signal?.aborted) throw signal.reason;
    const url = base + buildPath(route.path, input.params) + buildQuery(input.query);
    const info: RequestInfo = { route: name, method: route.method, url };

    // Headers, not a plain object: names are case-insensitive, so ours replace a caller's `Accept`.
    const headers = new Headers(options.headers);
    for (const [k, v] of Object.entries(opts.headers ?? {})) headers.set(k, v);
    headers.set('accept', route.contentType ?? 'application/json');
    const idempotent = route.idempotencyKey === true;
    // One key per call, reused by its retries, so the server can recognise a repeat.
    if (idempotent) headers.set('idempotency-key', opts.idempotencyKey ?? newIdempotencyKey());
    const init: RequestInit = { method: route.method, headers };
    // fetch refuses a body on GET (the route types give GETs none anyway).
    if (route.method !== 'GET' && input.body !== undefined) {
      headers.set('content-type', 'application/json');
      init.body = JSON.stringify(input.body);
    }
    const retryable = route.method === 'GET' || idempotent;

    for (let n = 0; ; n++) {
      try {
        return await attempt(name, info, init, signal);
      } catch (error) {
        if (!retryable || n >= retries || !isRetryable(error)) throw error;
        const backoff = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** n);
        let wait = backoff / 2 + Math.random() * (backoff / 2);
        if (error instanceof RateLimitError && error.retryAfter !== null) wait = Math.max(wait, error.retryAfter * 1000);
        await sleep(wait, signal);
        if (signal?.aborted) throw signal.reason;
      }
    }
  }

  return send;
}
