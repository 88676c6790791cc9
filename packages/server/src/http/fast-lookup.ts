import type { IncomingMessage, ServerResponse } from 'node:http';
import { routes } from '@solidarity-widgets/contract';
import type { DataSource } from '../data.js';
import { lookupAnswer, LOOKUP_CACHE } from '../routes/lookup.js';
import type { PartyChanges } from '../services/party-changes.js';
import { jsonOnTheWire } from './compress-json.js';
import { READ_CORS_HEADERS } from './cors.js';
import { requestDone, requestIdFor, type Logger } from './logging.js';
import type { Metrics } from './metrics.js';
import { API_SECURITY_HEADERS } from './security-headers.js';
import { rejectNul, validate } from './validation.js';

/** Answers a request itself and returns true, or returns false having touched nothing (Hono answers it). */
export type FastPath = (req: IncomingMessage, res: ServerResponse) => boolean;

const PREFIX = '/v1/postcodes/';
const ROUTE = `${routes.lookupPostcode.method} ${routes.lookupPostcode.path}`;
// Every header but the request id, the encoding and the length, in the order and spelling Hono sends them, as the
// flat [name, value, name, value, …] list `writeHead` takes: copying it per request is cheaper than copying an object of
// a dozen headers and adding three more to the copy (measured: docs/decisions/0013-lookup-fast-path.md, "Second round").
const HEADERS: readonly string[] = Object.entries({ ...API_SECURITY_HEADERS, ...READ_CORS_HEADERS, ...LOOKUP_CACHE, 'Content-Type': 'application/json' })
  .map(([name, value]) => [name.toLowerCase(), value] as const)
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .flat();

/**
 * The postcode lookup (`GET /v1/postcodes/{postcode}`, the busiest route: every finder on every partner's page) answered
 * straight on `node:http`, without building a web Request and Response through Hono's adapter, the router and five
 * middleware layers: those cost about three quarters of the route's CPU (docs/decisions/0013-lookup-fast-path.md).
 *
 * It answers only what it answers exactly as the framework would: a GET of a postcode that validates and is found, with
 * the party changes already loaded. Everything else (errors, HEAD, a query string, an upstream provider, a stale overlay)
 * is left to Hono, so each error, and the rules that make it, stays written once. `fast-lookup.test.ts` holds the two
 * answers to being the same, header by header.
 */
export function fastLookup(deps: {
  readonly data: DataSource;
  readonly partyChanges: PartyChanges;
  readonly log: Logger;
  readonly metrics: Metrics | undefined;
  readonly postcodeUpstream: unknown;
}): FastPath {
  const { data, partyChanges, log } = deps;
  // An upstream provider makes the lookup asynchronous and fallible: the framework's route handles it.
  if (deps.postcodeUpstream) return () => false;
  // The route's metrics record, found once rather than per request.
  const metrics = deps.metrics?.route(ROUTE);
  return (req, res) => {
    const url = req.url;
    if (req.method !== 'GET' || url === undefined || !url.startsWith(PREFIX)) return false;
    let raw = url.slice(PREFIX.length);
    if (raw === '' || /[/?#]/.test(raw)) return false;
    if (raw.includes('%')) {
      try {
        raw = decodeURIComponent(raw);
      } catch {
        return false;
      }
    }
    const overlay = partyChanges.freshOverlay();
    if (!overlay) return false;
    const started = performance.now();
    let postcode: string;
    try {
      const params = { postcode: raw };
      rejectNul(params, 'params');
      postcode = validate(routes.lookupPostcode.params, params, 'params').postcode;
    } catch {
      return false;
    }
    const result = data.lookupPostcode(postcode);
    if (!result.ok) return false;

    const requestId = requestIdFor(header(req, 'x-request-id'));
    const accept = header(req, 'accept-encoding');
    // As compressJson: Vary only for clients that sent Accept-Encoding, compression from 1 KB for those that accept it.
    const headers = accept !== undefined ? [...HEADERS, 'vary', 'Accept-Encoding', 'x-request-id', requestId] : [...HEADERS, 'x-request-id', requestId];
    // Most answers (under 1 KB) go to the socket as their text, without a Buffer made of it first.
    const wire = jsonOnTheWire(JSON.stringify(lookupAnswer(result.value, overlay)), accept);
    if (wire.encoding) headers.push('content-encoding', wire.encoding);
    headers.push('content-length', String(wire.length));
    res.writeHead(200, headers);
    res.end(wire.body);
    requestDone(log, metrics, { started, requestId, method: 'GET', route: ROUTE, status: 200 });
    return true;
  };
}

/** One request header as Hono's `c.req.header()` reads it (repeated ones joined). */
function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
