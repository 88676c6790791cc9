import { timingSafeEqual } from 'node:crypto';
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { Context, Hono } from 'hono';
import type { Store } from '../store/types.js';
import { authenticate } from '../services/tokens.js';
import type { AppEnv } from './context.js';
import { unauthorized } from './errors.js';
import { registerRequestMetrics, type RouteMetrics } from './request-metrics.js';

/**
 * Prometheus metrics for one app. Labels are the route template (`GET /v1/postcodes/{postcode}`), never the URL,
 * and the status: no postcode, email or address can reach a label. One registry per app, so tests that build
 * many apps do not collide in prom-client's global one.
 */
export interface Metrics {
  readonly registry: Registry;
  /**
   * One route's metrics: `route(r).request(status, seconds)` once per answered request (the request-log middleware; the
   * lookup's fast path resolves its route once).
   */
  route(route: string): RouteMetrics;
  /** One housekeeping run (retention, rejected-message purge) and what it deleted. */
  housekeeping(result: 'ok' | 'failed', deleted?: Readonly<Record<string, number>>): void;
  /** One outbox delivery attempt, by its outcome and the email's kind (`signup-confirmation`, …). */
  email(result: 'sent' | 'retry' | 'failed', kind: string): void;
}

export function createMetrics(options: { readonly store?: Store; readonly processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  // Process CPU, memory, event-loop lag: only for a real server (they install process-wide observers).
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: 'sw_' });
  // Requests, errors and latency per route: plain numbers, handed to prom-client when scraped (request-metrics.ts).
  const requests = registerRequestMetrics(registry);
  const store = options.store;
  new Gauge({
    name: 'sw_db_pool_connections',
    help: 'Database connection pool (PostgreSQL): connections open (total), idle, and callers waiting for one. Zero on PGlite.',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const stats = store?.poolStats?.() ?? { total: 0, idle: 0, waiting: 0 };
      this.set({ state: 'total' }, stats.total);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'waiting' }, stats.waiting);
    },
  });
  const runs = new Counter({ name: 'sw_housekeeping_runs_total', help: 'Housekeeping runs (retention job and rejected-message purge), by result.', labelNames: ['result'], registers: [registry] });
  const deletedRows = new Counter({ name: 'sw_housekeeping_deleted_rows_total', help: 'Rows deleted by housekeeping, by kind (rejected_messages, signups, rate_limits, idempotency_keys, answer_reports, sign_in_links, console_sessions, audit_log, emails, pledges).', labelNames: ['kind'], registers: [registry] });
  runs.inc({ result: 'ok' }, 0);
  runs.inc({ result: 'failed' }, 0);
  const emails = new Counter({
    name: 'sw_emails_total',
    help: 'Outbox delivery attempts by result (sent; retry = failed and rescheduled; failed = given up) and kind of email.',
    labelNames: ['result', 'kind'],
    registers: [registry],
  });
  // The queue as the database has it (every instance sees the same rows): asked when scraped, never on the hot path.
  // Both gauges share one query per scrape (prom-client collects them concurrently). A database that is down leaves
  // the last values rather than failing the scrape.
  let sample: { at: number; values: Promise<{ queued: number; oldest: number } | undefined> } | undefined;
  const outboxSample = () => {
    if (!sample || Date.now() - sample.at > 1000) {
      sample = {
        at: Date.now(),
        values: (async () => {
          if (!store || store.opening?.()) return undefined;
          try {
            const { rows } = await store.query<{ queued: number; oldest: number | null }>(
              `SELECT count(*)::int AS queued,
                 EXTRACT(EPOCH FROM now() - min(send_after) FILTER (WHERE send_after <= now()))::float8 AS oldest
               FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL`,
            );
            return { queued: Number(rows[0]?.queued ?? 0), oldest: Math.max(0, Number(rows[0]?.oldest ?? 0)) };
          } catch {
            return undefined;
          }
        })(),
      };
    }
    return sample.values;
  };
  new Gauge({
    name: 'sw_outbox_queued',
    help: 'Emails in the outbox not yet sent nor given up (due now or later).',
    registers: [registry],
    async collect() {
      const values = await outboxSample();
      if (values) this.set(values.queued);
    },
  });
  new Gauge({
    name: 'sw_outbox_oldest_due_seconds',
    help: 'Age of the oldest email that is due and not yet sent (0 when none): grows when delivery is stuck.',
    registers: [registry],
    async collect() {
      const values = await outboxSample();
      if (values) this.set(values.oldest);
    },
  });
  return {
    registry,
    route: (route) => requests.route(route),
    housekeeping(result, deleted = {}) {
      runs.inc({ result });
      for (const [kind, n] of Object.entries(deleted)) deletedRows.inc({ kind }, n);
    },
    email(result, kind) {
      emails.inc({ result, kind });
    },
  };
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * `GET /metrics`, outside `/v1` (it is not part of the API contract). Never public: the scraper sends
 * `Authorization: Bearer <METRICS_TOKEN>`, or an admin token. Anything else is 401, the same as a wrong admin token.
 */
export function metricsRoute(app: Hono<AppEnv>, metrics: Metrics, options: { readonly store: Store; readonly metricsToken?: string | undefined }): void {
  app.get('/metrics', async (c: Context<AppEnv>) => {
    c.set('route', 'GET /metrics');
    const token = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (!token) throw unauthorized();
    const allowed =
      (options.metricsToken !== undefined && sameSecret(token, options.metricsToken)) || (await authenticate(options.store, token))?.scopes.admin === true;
    if (!allowed) throw unauthorized();
    return c.body(await metrics.registry.metrics(), 200, { 'Content-Type': metrics.registry.contentType, 'Cache-Control': 'no-store' });
  });
}
