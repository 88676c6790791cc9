import { randomBytes } from 'node:crypto';
import { routes, type RouteDef } from '@solidarity-widgets/contract';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ServerConfig } from './config.js';
import type { DataSource } from './data.js';
import type { AppDeps, AppEnv } from './http/context.js';
import { bodyLimits } from './http/body-limit.js';
import { compressJson, jsonAnswer } from './http/compress-json.js';
import { cors } from './http/cors.js';
import { ApiError, RETRY_AFTER_S, SERVICE_UNAVAILABLE_MESSAGE, errorBody } from './http/errors.js';
import { describeError, jsonLogger, requestLog, type Logger } from './http/logging.js';
import { createMetrics, metricsRoute, type Metrics } from './http/metrics.js';
import { fastLookup, type FastPath } from './http/fast-lookup.js';
import { adminRoutes } from './routes/admin.js';
import { canvassRoutes } from './routes/canvass.js';
import { lookupRoutes } from './routes/lookup.js';
import { localRoutes } from './routes/local.js';
import { docsRoutes } from './routes/docs.js';
import { metaRoutes } from './routes/meta.js';
import { honoPath } from './routes/mount.js';
import { solidarityRoutes } from './routes/solidarity.js';
import { partyChangeRoutes } from './routes/party-changes.js';
import { answerReportRoutes } from './routes/answer-reports.js';
import { devMailboxRoutes } from './routes/dev-mailbox.js';
import { referralRoutes } from './routes/referrals.js';
import { pledgeRoutes } from './routes/pledges.js';
import { consoleRoutes } from './routes/console.js';
import { consoleAdminRoutes } from './routes/console-admin.js';
import { PartyChanges } from './services/party-changes.js';
import { isConnectionError } from './store/errors.js';
import type { Store } from './store/types.js';

export interface CreateAppOptions {
  readonly store: Store;
  readonly data: DataSource;
  readonly config: ServerConfig;
  /** Structured log sink; JSON lines on stdout by default. */
  readonly log?: Logger;
  /** Extra routes outside /v1 (static files), mounted after the API and before the 404. */
  readonly extend?: (app: Hono<AppEnv>) => void;
  /** Prometheus metrics served at `/metrics` (token-protected); a fresh registry per app by default. */
  readonly metrics?: Metrics;
  /** The clock of date rules (pledges: has the election passed, which reminders are due). Default: the system's. */
  readonly now?: () => Date;
}

function allowedMethods(path: string): string[] {
  const methods: string[] = [];
  for (const route of Object.values(routes) as RouteDef[]) {
    const pattern = new RegExp(`^${honoPath(route.path).replace(/:[A-Za-z0-9_]+/g, '[^/]+')}$`);
    if (pattern.test(path)) methods.push(route.method);
  }
  return methods;
}

/** The HTTP API under /v1: every route of the contract's table, one error body everywhere. */
export function createApp(options: CreateAppOptions): Hono<AppEnv> {
  return buildApi(options).app;
}

/**
 * The app, and the postcode lookup's fast path (http/fast-lookup.ts) sharing its data, party changes, log and metrics:
 * a server answers a request with `fastPath` when it can, else with `app` (cli/start.ts does).
 */
export function buildApi(options: CreateAppOptions): { readonly app: Hono<AppEnv>; readonly fastPath: FastPath } {
  const log = options.log ?? jsonLogger;
  // Client addresses are only ever stored keyed-hashed: without a configured key, one random key for this app (tests).
  // The copy shares allowedOrigins, which startServer extends once it knows its port.
  // Likewise one signing secret for the whole app (cancellation and email links), so every route's links agree.
  const withSecrets = options.config.clientHashSecret ? options.config : { ...options.config, clientHashSecret: randomBytes(32).toString('base64url') };
  const config = withSecrets.signingSecret ? withSecrets : { ...withSecrets, signingSecret: randomBytes(32).toString('base64url') };
  const deps: AppDeps = { store: options.store, data: options.data, config, log, partyChanges: new PartyChanges(options.store, options.data), now: options.now ?? (() => new Date()) };
  const app = new Hono<AppEnv>();

  const metrics = options.metrics ?? createMetrics({ store: options.store });
  app.use('*', requestLog(log, metrics));
  // Only methods that carry a body pass through it: the GET lookups (the hot path) skip one async layer.
  app.on(['POST', 'PUT', 'PATCH', 'DELETE'], '*', bodyLimits(options.config.maxBodyBytes));
  app.use('/v1/*', cors(options.config));
  // JSON answers brotli- or gzip-compressed when the client asks (Accept-Encoding), from 1 KB up: a constituency
  // list or a wall page shrinks ~5x on a slow connection. Always `Vary: Accept-Encoding`. (The CDN's files are
  // precompressed at build time instead: http/static.ts.)
  app.use('/v1/*', compressJson());

  metaRoutes(app, deps);
  docsRoutes(app);
  lookupRoutes(app, deps);
  canvassRoutes(app, deps);
  solidarityRoutes(app, deps);
  adminRoutes(app, deps);
  localRoutes(app, deps);
  partyChangeRoutes(app, deps);
  answerReportRoutes(app, deps);
  referralRoutes(app, deps);
  pledgeRoutes(app, deps);
  consoleRoutes(app, deps);
  consoleAdminRoutes(app, deps);
  metricsRoute(app, metrics, { store: options.store, metricsToken: config.metricsToken });
  // Every email anyone was sent, readable without signing in: only on a development server that sends none.
  if (config.devMailbox === true && !config.smtpUrl) devMailboxRoutes(app, deps);
  options.extend?.(app);

  app.notFound((c) => {
    const methods = c.req.path.startsWith('/v1/') ? allowedMethods(c.req.path) : [];
    if (methods.length > 0) {
      return c.json(errorBody('method_not_allowed', `Use ${methods.join(' or ')} for this address.`), 405, {
        Allow: [...methods, ...(methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', '),
      });
    }
    return c.json(errorBody('not_found', 'There is nothing at this address.'), 404);
  });

  app.onError((error, c) => {
    if (error instanceof ApiError) {
      return jsonAnswer(c, JSON.stringify(errorBody(error.code, error.message, error.details)), error.status, error.headers);
    }
    if (isConnectionError(error)) {
      // An outage, not a fault: nothing was stored, and the same request will work once the database is back.
      log({ level: 'warn', msg: 'database unavailable', requestId: c.get('requestId'), route: c.get('route'), ...describeError(error) });
      return c.json(errorBody('service_unavailable', SERVICE_UNAVAILABLE_MESSAGE, { retryAfter: RETRY_AFTER_S }), 503, { 'Retry-After': String(RETRY_AFTER_S) });
    }
    if (error instanceof HTTPException && error.status < 500) {
      return c.json(errorBody(error.status === 413 ? 'payload_too_large' : 'validation_failed', 'The request could not be read.'), error.status);
    }
    log({ level: 'error', msg: 'unhandled error', requestId: c.get('requestId'), route: c.get('route'), ...describeError(error) });
    return c.json(errorBody('internal_error', 'Something went wrong on our side. Please try again later.'), 500);
  });

  const fastPath = fastLookup({ data: deps.data, partyChanges: deps.partyChanges, log, metrics, postcodeUpstream: config.postcodeUpstream });
  return { app, fastPath };
}
