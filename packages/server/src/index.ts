export { createApp, type CreateAppOptions } from './app.js';
export { configFromEnv, defaultConfig, makeConfig, parseOrigins, type RateLimitConfig, type ServerConfig } from './config.js';
export type { DataSource, LookupResult } from './data.js';
export { jsonLogger, silentLogger, type LogLine, type Logger } from './http/logging.js';
export { openStore, type OpenStoreOptions } from './store/open.js';
export { migrate } from './store/migrate.js';
export type { Queryable, QueryResult, Store } from './store/types.js';
export { createToken, type CreatedToken } from './services/tokens.js';
