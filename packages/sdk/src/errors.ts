import type { ErrorCode, FieldError, FieldErrorCode } from '@solidarity-widgets/contract';

/**
 * Base class of every error the SDK throws on purpose. Catch this to handle
 * "the API call did not work" in one place; check the subclasses to say why.
 *
 * A caller's own abort is deliberately *not* wrapped: it surfaces as the
 * `AbortError` (or the reason you passed to `abort()`) so existing abort
 * handling keeps working.
 *
 * `name` is set explicitly on every class so it survives minification.
 */
export class SolidarityApiError extends Error {
  override name = 'SolidarityApiError';
}

/** Where in the contract a request went, so errors can say which call failed. */
export interface RequestInfo {
  /** Route name from the contract's `routes` table, e.g. `lookupPostcode`. */
  readonly route: string;
  /** HTTP method, e.g. `GET`. */
  readonly method: string;
  /** The full URL that was requested. */
  readonly url: string;
}

/** Everything needed to build an {@link HttpError}; the SDK makes these, you rarely will. */
export interface HttpErrorInit {
  readonly status: number;
  readonly code: ErrorCode;
  readonly message: string;
  readonly details?: unknown;
  readonly fieldErrors?: readonly FieldError[];
  readonly response: Response;
  readonly body?: unknown;
  readonly request: RequestInfo;
}

/**
 * The server answered with a non-2xx status. `code` is the contract's stable
 * error code (branch on it, never on `message`), `message` is the server's
 * human sentence, and for `validation_failed` `fieldErrors` lists what was
 * wrong with which field, ready to show next to the form inputs.
 *
 * A body that is not the contract's error shape (an HTML page from a proxy,
 * say) still becomes an `HttpError`, with a code chosen from the status
 * (`internal_error` for 5xx, `not_found` for 404, …).
 *
 * @example
 * try { await api.signUpToCanvass(form) }
 * catch (e) {
 *   if (e instanceof HttpError && e.code === 'validation_failed') showFieldErrors(e.fieldErrors);
 * }
 */
export class HttpError extends SolidarityApiError {
  override name = 'HttpError';
  /** HTTP status, e.g. 400, 404, 503. */
  readonly status: number;
  /** Machine-readable code from the contract's `ErrorCode` list. */
  readonly code: ErrorCode;
  /** The server's `error.details`, if any (for `validation_failed`: `{ fields }`). */
  readonly details: unknown;
  /** One entry per refused field for `validation_failed`; empty otherwise. */
  readonly fieldErrors: readonly FieldError[];
  /** The raw response. Its body has already been read; use {@link HttpError.body}. */
  readonly response: Response;
  /** The response body: parsed JSON when it was JSON, otherwise the text. */
  readonly body: unknown;
  /** Which call failed. */
  readonly request: RequestInfo;

  constructor(init: HttpErrorInit) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.fieldErrors = init.fieldErrors ?? [];
    this.response = init.response;
    this.body = init.body;
    this.request = init.request;
  }
}

/**
 * HTTP 429: too many requests from this browser or site. `retryAfter` is the
 * number of seconds the server asked us to wait (from `Retry-After`), or
 * `null` when it did not say. GET calls and idempotent writes are retried
 * automatically when the wait is short; this is thrown when retries ran out
 * or the wait is too long to hold a supporter on a spinner.
 */
export class RateLimitError extends HttpError {
  override name = 'RateLimitError';
  /** Seconds to wait before trying again, or `null` when the server gave none. */
  readonly retryAfter: number | null;

  constructor(init: HttpErrorInit & { readonly retryAfter: number | null }) {
    super(init);
    this.retryAfter = init.retryAfter;
  }
}

/**
 * The request never got an HTTP answer: offline, DNS failure, CORS refusal,
 * connection reset. `cause` holds what `fetch` threw.
 */
export class NetworkError extends SolidarityApiError {
  override name = 'NetworkError';
  /** Which call failed. */
  readonly request: RequestInfo;

  constructor(request: RequestInfo, cause: unknown) {
    super(`Network error calling ${request.method} ${request.url}${cause instanceof Error ? `: ${cause.message}` : ''}`, { cause });
    this.request = request;
  }
}

/** No complete answer within `timeoutMs` (per attempt, body included). */
export class TimeoutError extends SolidarityApiError {
  override name = 'TimeoutError';
  /** The per-attempt limit that was exceeded, in milliseconds. */
  readonly timeoutMs: number;
  /** Which call timed out. */
  readonly request: RequestInfo;

  constructor(request: RequestInfo, timeoutMs: number) {
    super(`${request.method} ${request.url} timed out after ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
    this.request = request;
  }
}

/** One way a response broke the contract. */
export interface ResponseIssue {
  /** Dotted path into the body, e.g. `matches.0.share`; `(body)` for the whole body. */
  readonly path: string;
  /** What the validator said. */
  readonly message: string;
}

/**
 * The server answered 2xx but the body is not what the contract promises
 * (or is not JSON at all). This usually means the SDK and the API are on
 * different versions, or something between them rewrote the response.
 * The message names the route and the field path(s), e.g.
 * `Response from GET /v1/postcodes/{postcode} did not match the contract at matches.0.share: …`.
 */
export class ResponseValidationError extends SolidarityApiError {
  override name = 'ResponseValidationError';
  /** Route name, method and URL of the call. */
  readonly request: RequestInfo;
  /** The route's path template, e.g. `/v1/postcodes/{postcode}`. */
  readonly path: string;
  /** HTTP status of the response. */
  readonly status: number;
  /** Every problem found, with its field path. */
  readonly issues: readonly ResponseIssue[];
  /** The body as received (parsed JSON, or text when it was not JSON). */
  readonly body: unknown;

  constructor(init: { request: RequestInfo; path: string; status: number; issues: readonly ResponseIssue[]; body: unknown }) {
    const shown = init.issues.slice(0, 3);
    const where = shown.map((i) => i.path).join(', ');
    const what = shown.map((i) => i.message).join('; ');
    const more = init.issues.length > shown.length ? ` (and ${init.issues.length - shown.length} more)` : '';
    super(`Response from ${init.request.method} ${init.path} did not match the contract at ${where}: ${what}${more}`);
    this.request = init.request;
    this.path = init.path;
    this.status = init.status;
    this.issues = init.issues;
    this.body = init.body;
  }
}

const fieldErrorCodes: ReadonlySet<string> = new Set<FieldErrorCode>([
  'required',
  'too_short',
  'too_long',
  'invalid_format',
  'invalid_value',
  'must_accept',
]);

/**
 * Reads `details.fields` leniently: a newer server may add field codes, which
 * become `invalid_value` rather than making the whole error unreadable.
 * @internal
 */
export function readFieldErrors(details: unknown): FieldError[] {
  const fields = isRecord(details) ? details['fields'] : undefined;
  if (!Array.isArray(fields)) return [];
  const out: FieldError[] = [];
  for (const f of fields as unknown[]) {
    if (!isRecord(f) || typeof f['field'] !== 'string') continue;
    const code = typeof f['code'] === 'string' && fieldErrorCodes.has(f['code']) ? (f['code'] as FieldErrorCode) : 'invalid_value';
    out.push({ field: f['field'], code, message: typeof f['message'] === 'string' ? f['message'] : '' });
  }
  return out;
}

/** @internal */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
