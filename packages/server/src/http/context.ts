import type { HttpBindings } from '@hono/node-server';
import type { Store } from '../store/types.js';
import type { ServerConfig } from '../config.js';
import type { DataSource } from '../data.js';
import type { Logger } from './logging.js';
import type { PartyChanges } from '../services/party-changes.js';

export interface AppDeps {
  readonly store: Store;
  readonly data: DataSource;
  readonly config: ServerConfig;
  readonly log: Logger;
  /** MPs' party changes operators recorded since the data release, applied to every constituency answer. */
  readonly partyChanges: PartyChanges;
  /** The clock of date rules (a pledge's election passed or not, its reminder dates); tests pass their own. */
  readonly now: () => Date;
}

export interface AppEnv {
  Bindings: Partial<HttpBindings>;
  Variables: {
    requestId: string;
    /** The route pattern (never the URL: URLs can carry postcodes and emails). */
    route: string;
  };
}
