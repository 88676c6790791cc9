import { routes, type RouteName } from '@solidarity-widgets/contract';
import { createClient, type ClientOptions, type SolidarityClient } from '@solidarity-widgets/sdk';
import { createAdminClient, type AdminClient } from '@solidarity-widgets/sdk/admin';
import { makeConfig, silentLogger } from '@solidarity-widgets/server';
import { startServer, type RunningServer } from '@solidarity-widgets/server/start';

/** An origin the servers here accept writes from, as a partner site would be configured. */
export const PARTNER_ORIGIN = 'https://partner.example';

type ConfigOverrides = Parameters<typeof makeConfig>[0];

/** The real server: in-memory PGlite, demo sessions seeded, ephemeral port, no logs. */
export function startRealServer(config: ConfigOverrides = {}): Promise<RunningServer> {
  return startServer({
    port: 0,
    memory: true,
    seed: true,
    log: silentLogger,
    config: makeConfig({ allowedOrigins: [PARTNER_ORIGIN], ...config }),
  });
}

/** One HTTP exchange the SDK made, matched back to the contract route it was for. */
export interface Exchange {
  readonly route: RouteName | undefined;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly headers: Headers;
  /** `error.code` of an error body, if it was one. */
  readonly errorCode: string | undefined;
}

const matchers = Object.entries(routes).map(([name, def]) => ({
  name: name as RouteName,
  method: def.method,
  // `{param}` matches one path segment, as the server's router does.
  pattern: new RegExp(`^${def.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+')}$`),
}));

/** Which contract route a request went to, by method and path (`undefined`: none, e.g. `/v1/docs`). */
export function routeFor(method: string, path: string): RouteName | undefined {
  return matchers.find((m) => m.method === method.toUpperCase() && m.pattern.test(path))?.name;
}

/**
 * A `fetch` that records what the SDK sent and got back. It changes nothing: the real
 * global fetch does the work, so the SDK talks to the real server over a real socket.
 */
export function recordingFetch(log: Exchange[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const response = await fetch(request);
    let errorCode: string | undefined;
    if (!response.ok && (response.headers.get('content-type') ?? '').includes('json')) {
      const body = (await response.clone().json()) as { error?: { code?: unknown } };
      if (typeof body.error?.code === 'string') errorCode = body.error.code;
    }
    const { pathname } = new URL(request.url);
    log.push({
      route: routeFor(request.method, pathname),
      method: request.method,
      path: pathname,
      status: response.status,
      headers: response.headers,
      errorCode,
    });
    return response;
  };
}

/** An SDK client against `server`, recording into `log`. Retries off, so every status is seen as sent. */
export function sdkFor(server: RunningServer, log: Exchange[], options: Partial<ClientOptions> = {}): SolidarityClient {
  return createClient({ baseUrl: server.url, fetch: recordingFetch(log), retries: 0, timeoutMs: 15_000, ...options });
}

/** The SDK's admin client (`@solidarity-widgets/sdk/admin`) with `token`, against `server`, recording into `log` like {@link sdkFor}. */
export function adminSdkFor(server: RunningServer, log: Exchange[], token: string): AdminClient {
  return createAdminClient({ baseUrl: server.url, token, fetch: recordingFetch(log), retries: 0, timeoutMs: 15_000 });
}

/** Runs `call` and returns what it threw; fails when it did not throw. */
export async function thrown(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
