import type { Counter, Registry } from 'prom-client';

/**
 * The per-request metrics (requests and errors by route template and status, the latency histogram by route) kept as
 * plain numbers in one record per route, and handed to prom-client only when `/metrics` is scraped.
 *
 * Why not prom-client's own Counter and Histogram: they hash the label set on every `inc`/`observe` (their `labels()`
 * children too), which cost the postcode lookup about a tenth of its throughput (docs/decisions/0013-lookup-fast-path.md).
 * Here a route's record is found once (the fast path holds its own) and a request is a few additions.
 *
 * The exposition is prom-client's: these objects give the registry the same `get()` answer its Counter and Histogram
 * would (same names, help, types, label order, buckets, values, series in first-seen order), and the registry formats
 * them. `request-metrics.test.ts` holds the two expositions equal. Scrapes read the totals without resetting anything,
 * synchronously, so concurrent scrapes and routes first seen after a scrape need nothing special.
 */

/** Upper bounds of the latency histogram's buckets, in seconds. */
export const LATENCY_BUCKETS: readonly number[] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** One route's metrics, resolved once per route: `request` is the whole cost of a request. */
export interface RouteMetrics {
  request(status: number, seconds: number): void;
}

interface StatusCell {
  readonly labels: { readonly route: string; readonly status: string };
  readonly error: boolean;
  count: number;
}

class RouteRecord implements RouteMetrics {
  readonly labels: { readonly route: string };
  /** Observations per bucket (not cumulative, as prom-client keeps them); above the last bound only in `count`. */
  readonly buckets: number[] = LATENCY_BUCKETS.map(() => 0);
  sum = 0;
  count = 0;
  private readonly cells = new Map<number, StatusCell>();
  private lastCell: StatusCell | undefined;
  private lastStatus = -1;

  constructor(
    route: string,
    private readonly seen: { readonly cell: (cell: StatusCell) => void; readonly route: (record: RouteRecord) => void },
  ) {
    this.labels = { route };
  }

  /** As prom-client's `reset()`: no series until the next request (the record itself stays, others may hold it). */
  clear(): void {
    this.cells.clear();
    this.lastCell = undefined;
    this.lastStatus = -1;
    this.buckets.fill(0);
    this.sum = 0;
    this.count = 0;
  }

  request(status: number, seconds: number): void {
    // prom-client refused these with a TypeError too; a clock never gives them.
    if (!Number.isFinite(seconds)) throw new TypeError(`Value is not a valid number: ${seconds}`);
    let cell = status === this.lastStatus ? this.lastCell : this.cells.get(status);
    if (cell === undefined) {
      cell = { labels: { route: this.labels.route, status: String(status) }, error: status >= 400, count: 0 };
      this.cells.set(status, cell);
      this.seen.cell(cell);
    }
    if (this.count === 0) this.seen.route(this);
    this.lastStatus = status;
    this.lastCell = cell;
    cell.count += 1;
    this.sum += seconds;
    this.count += 1;
    for (let i = 0; i < LATENCY_BUCKETS.length; i++) {
      if (seconds <= LATENCY_BUCKETS[i]!) {
        this.buckets[i]! += 1;
        break;
      }
    }
  }
}

type Labels = Record<string, string | number>;
interface ExportedValue {
  value: number;
  labels: Labels;
  metricName?: string;
}

/** The request metrics of one registry. */
export interface RequestMetrics {
  /** The record of one route template (created on first use, then the same object). */
  route(route: string): RouteMetrics;
}

const HELP = {
  requests: 'HTTP requests answered, by route template and status.',
  errors: 'HTTP requests answered with a 4xx or 5xx status, by route template and status.',
  latency: 'Time from the request to its response, by route template.',
};

export function registerRequestMetrics(registry: Registry): RequestMetrics {
  const routes = new Map<string, RouteRecord>();
  // Series in the order they were first seen, as prom-client lists them (its label hashes keep insertion order).
  let cells: StatusCell[] = [];
  let seenRoutes: RouteRecord[] = [];
  const seen = { cell: (cell: StatusCell) => cells.push(cell), route: (record: RouteRecord) => seenRoutes.push(record) };
  const reset = () => {
    for (const record of routes.values()) record.clear();
    cells = [];
    seenRoutes = [];
  };
  const metric = (name: string, help: string, type: 'counter' | 'histogram', values: () => ExportedValue[]) => {
    const exported = {
      name,
      help,
      type,
      aggregator: 'sum' as const,
      get: async () => ({ name: exported.name, help, type, values: values(), aggregator: 'sum' as const }),
      reset,
    };
    // prom-client's typings name only its own classes; its registry uses `name`, `type`, `get()` and `reset()`
    // (node_modules/prom-client/lib/registry.js), and `get()` answers in the shape its Counter and Histogram do.
    registry.registerMetric(exported as unknown as Counter);
  };
  metric('sw_http_requests_total', HELP.requests, 'counter', () => cells.map((c) => ({ value: c.count, labels: c.labels })));
  metric('sw_http_request_errors_total', HELP.errors, 'counter', () =>
    cells.filter((c) => c.error).map((c) => ({ value: c.count, labels: c.labels })),
  );
  metric('sw_http_request_duration_seconds', HELP.latency, 'histogram', () => {
    const name = 'sw_http_request_duration_seconds';
    const values: ExportedValue[] = [];
    for (const record of seenRoutes) {
      const { route } = record.labels;
      let cumulative = 0;
      LATENCY_BUCKETS.forEach((le, i) => {
        cumulative += record.buckets[i]!;
        values.push({ value: cumulative, labels: { le, route }, metricName: `${name}_bucket` });
      });
      values.push(
        { value: record.count, labels: { le: '+Inf', route }, metricName: `${name}_bucket` },
        { value: record.sum, labels: { route }, metricName: `${name}_sum` },
        { value: record.count, labels: { route }, metricName: `${name}_count` },
      );
    }
    return values;
  });
  return {
    route(route) {
      let record = routes.get(route);
      if (record === undefined) {
        record = new RouteRecord(route, seen);
        routes.set(route, record);
      }
      return record;
    },
  };
}
