/** The few things the services need from a SQL database; PGlite and PostgreSQL both provide them. */
export interface QueryResult<Row> {
  readonly rows: Row[];
  readonly rowCount: number;
}

export interface QueryOptions {
  /**
   * A name for a hot statement: on PostgreSQL it is prepared once per connection under this name (parsed and planned
   * once, then only bound and run). One name, one SQL text, always. PGlite ignores it.
   */
  readonly name?: string;
}

export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[], options?: QueryOptions): Promise<QueryResult<Row>>;
}

export interface Store extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Resolves when the database answers; throws StoreUnavailableError when it cannot be reached (health checks). */
  ping(): Promise<void>;
  /** True while a store handed out before the database is open is still opening and migrating (see deferredStore). */
  opening?(): boolean;
  /** Connection pool use, when the store has a pool (PostgreSQL): for the metrics. */
  poolStats?(): { readonly total: number; readonly idle: number; readonly waiting: number };
  close(): Promise<void>;
}
