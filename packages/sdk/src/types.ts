import type { RouteName, Routes } from '@solidarity-widgets/contract';

/** What a schema accepts (zod's input type), read structurally so the SDK needs no zod import. */
export type SchemaInput<S> = S extends { readonly _zod: { readonly input: infer I } } ? I : never;
/** What a schema produces after parsing (zod's output type). */
export type SchemaOutput<S> = S extends { readonly _zod: { readonly output: infer O } } ? O : never;

/**
 * The SDK never mutates what you pass, so inputs accept read-only arrays and
 * objects too (`as const` form data, frozen config).
 */
export type ReadonlyInput<T> = T extends readonly (infer U)[]
  ? readonly ReadonlyInput<U>[]
  : T extends object
    ? { readonly [K in keyof T]: ReadonlyInput<T[K]> }
    : T;

type PartOf<N extends RouteName, K extends 'params' | 'query' | 'body'> = Routes[N] extends { readonly [P in K]: infer S }
  ? ReadonlyInput<SchemaInput<S>>
  : never;

/** The path parameters a route takes (`never` when its path has none). */
export type RouteParams<N extends RouteName> = PartOf<N, 'params'>;
/** The query a route takes, as the schema's input type (`never` when it takes none). */
export type RouteQuery<N extends RouteName> = PartOf<N, 'query'>;
/** The JSON body a route takes, as the schema's input type (`never` for GETs). */
export type RouteBody<N extends RouteName> = PartOf<N, 'body'>;

type Field<N extends RouteName, K extends 'params' | 'query' | 'body'> = [PartOf<N, K>] extends [never]
  ? { readonly [P in K]?: never }
  : // Queries whose fields are all optional may be left out entirely.
    {} extends PartOf<N, K>
    ? { readonly [P in K]?: PartOf<N, K> }
    : { readonly [P in K]: PartOf<N, K> };

/**
 * What `request(name, input)` takes for a route: `params` for the `{name}`
 * segments of its path, `query`, and `body`, each typed from the contract
 * schema's *input* type (so `maxMajorityPct` may be `10` or `'10'`).
 */
export type RouteInput<N extends RouteName> = Field<N, 'params'> & Field<N, 'query'> & Field<N, 'body'>;

/**
 * What a route resolves to: the contract response schema's *output* type, or
 * the response text for routes without a JSON body (the CSV export).
 */
export type RouteOutput<N extends RouteName> = Routes[N]['response'] extends null ? string : SchemaOutput<Routes[N]['response']>;

/** Per-call options accepted by every method. */
export interface CallOptions {
  /** Abort the call. The `AbortError` (or your reason) is rethrown as-is and never retried. */
  readonly signal?: AbortSignal | undefined;
  /**
   * For writes that support it (`signUpToCanvass`, `sendSolidarityMessage`):
   * the `Idempotency-Key` to send. Reuse the same key when a supporter presses
   * "send" again after an error, so the server records them once. When
   * omitted, a fresh key is generated per call (and reused across that call's
   * automatic retries).
   */
  readonly idempotencyKey?: string | undefined;
}
