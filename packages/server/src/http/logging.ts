import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.js';
import type { Metrics } from './metrics.js';
import type { RouteMetrics } from './request-metrics.js';
import { applyPageHeaders, isApiPath, prepareApiHeaders } from './security-headers.js';

/** One structured log line. Never put names, emails, phones, message text, tokens or URLs in one. */
export type LogLine = Record<string, string | number | boolean | null | undefined>;
export type Logger = (line: LogLine) => void;

// Lines of one turn of the event loop go out in one write: stdout to a file or a pipe is a synchronous write per call,
// which cost the postcode lookup ~5 % of its CPU as one write per request (issue 17). Flushed at the end of the
// turn, when 64 KB are waiting, and at exit, so a line is late by one turn at most and is not lost on a clean exit.
let pending = '';
let scheduled = false;
let exitHooked = false;
function flushLog(): void {
  scheduled = false;
  if (pending === '') return;
  const out = pending;
  pending = '';
  process.stdout.write(out);
}

// The time as text, made once per millisecond: a busy server logs several lines in one.
let lastMs = Number.NaN;
let lastIso = '';
function isoNow(): string {
  const now = Date.now();
  if (now !== lastMs) {
    lastMs = now;
    lastIso = new Date(now).toISOString();
  }
  return lastIso;
}

/** One line as jsonLogger writes it: `time` first, then the line's own fields, without copying the line into a new object. */
function jsonLine(time: string, line: LogLine): string {
  const fields = JSON.stringify(line);
  return fields === '{}' ? `{"time":"${time}"}\n` : `{"time":"${time}",${fields.slice(1)}\n`;
}

function writeLine(text: string): void {
  pending += text;
  if (!exitHooked) {
    exitHooked = true;
    process.once('exit', flushLog);
  }
  if (pending.length >= 65_536) flushLog();
  else if (!scheduled) {
    scheduled = true;
    setImmediate(flushLog);
  }
}

export const jsonLogger: Logger = (line) => writeLine(jsonLine(isoNow(), line));

export const silentLogger: Logger = () => undefined;

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Gives every request an id (a sane incoming `X-Request-Id` is kept), sets the security headers and logs
 * one line when it ends. One middleware rather than three: each async layer costs throughput on the
 * postcode lookup, which is the hot path.
 */
export function requestLog(log: Logger, metrics?: Metrics): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const requestId = requestIdFor(c.req.header('x-request-id'));
    c.set('requestId', requestId);
    c.set('route', 'unmatched');
    const api = isApiPath(c.req.path);
    if (api) {
      prepareApiHeaders(c);
      c.header('X-Request-Id', requestId);
    }
    await next();
    if (!api) {
      c.res.headers.set('X-Request-Id', requestId);
      applyPageHeaders(c.res.headers);
    }
    if (c.res.status >= 400) await stampErrorBody(c, requestId);
    const route = c.get('route');
    requestDone(log, metrics?.route(route), { started, requestId, method: c.req.method, route, status: c.res.status });
  };
}

/** A sane incoming `X-Request-Id` is kept (a caller's tracing), anything else replaced by a fresh one. */
export function requestIdFor(incoming: string | undefined): string {
  return incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}

/** A request's metrics and its one log line (also written by http/fast-lookup.ts, which answers without Hono). */
export function requestDone(
  log: Logger,
  metrics: RouteMetrics | undefined,
  request: { readonly started: number; readonly requestId: string; readonly method: string; readonly route: string; readonly status: number },
): void {
  const ms = performance.now() - request.started;
  metrics?.request(request.status, ms / 1000);
  const line: RequestLine = { requestId: request.requestId, method: request.method, route: request.route, status: request.status, ms: Math.round(ms * 10) / 10 };
  if (log === jsonLogger) writeLine(requestLineText(isoNow(), line));
  else log(requestLogLine(line));
}

/** The fields of a request's log line. Nothing else goes in one: no URL, no query, no header but the request id. */
export interface RequestLine {
  readonly requestId: string;
  readonly method: string;
  readonly route: string;
  readonly status: number;
  readonly ms: number;
}

function requestLogLine(line: RequestLine): LogLine {
  return { level: line.status >= 500 ? 'error' : 'info', msg: 'request', requestId: line.requestId, method: line.method, route: line.route, status: line.status, ms: line.ms };
}

// Text JSON.stringify writes unchanged between quotes: printable ASCII but `"` and `\`.
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/**
 * jsonLogger's text for a request line, character for character, put together from its parts when each is known to
 * need no escaping (a request id as requestIdFor keeps or makes it, a method and a route template in plain ASCII, finite
 * numbers): JSON.stringify of the whole line was the larger part of a log line's cost on the lookup's hot path. Anything
 * else goes through JSON.stringify, as every other line does.
 */
export function requestLineText(time: string, line: RequestLine): string {
  const { requestId, method, route, status, ms } = line;
  if (REQUEST_ID.test(requestId) && PLAIN.test(method) && PLAIN.test(route) && Number.isFinite(status) && Number.isFinite(ms)) {
    const level = status >= 500 ? 'error' : 'info';
    return `{"time":"${time}","level":"${level}","msg":"request","requestId":"${requestId}","method":"${method}","route":"${route}","status":${status},"ms":${ms}}\n`;
  }
  return jsonLine(time, requestLogLine(line));
}

/**
 * Puts the request id into an error body (`error.requestId`), whoever wrote it (a route, the 404, the body limit,
 * static files), so a caller's report and the server's log line meet. Only error responses pay for this.
 */
async function stampErrorBody(c: Context<AppEnv>, requestId: string): Promise<void> {
  const res = c.res;
  if (!res.headers.get('content-type')?.startsWith('application/json') || res.body === null) return;
  let body: unknown;
  try {
    body = JSON.parse(await res.clone().text());
  } catch {
    return;
  }
  const error = (body as { error?: unknown } | null)?.error;
  if (typeof error !== 'object' || error === null || Array.isArray(error)) return;
  const headers = new Headers(res.headers);
  headers.delete('content-length');
  c.res = undefined;
  c.res = new Response(JSON.stringify({ ...body as object, error: { ...error, requestId } }), { status: res.status, statusText: res.statusText, headers });
}

/** What may be logged about an unexpected error: its kind and where it happened, never its message (it can quote data). */
export function describeError(error: unknown): LogLine {
  if (!(error instanceof Error)) return { errorType: typeof error };
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((l) => l.trimStart().startsWith('at '))
    .slice(0, 6)
    .map((l) => l.trim())
    .join(' | ');
  return { errorType: error.name, errorCode: typeof code === 'string' ? code : undefined, stack: frames };
}
