import { createClientWithChecks, type SolidarityClient } from '@solidarity-widgets/sdk';
import type { PublicRouteName } from '@solidarity-widgets/contract';
import type { JsonSchema } from '@solidarity-widgets/contract/json-validate';
import { retryableImport } from './lazy.js';

export type ApiClient = SolidarityClient;

/** A route's response schema, or a lazy import of its module (`() => import('…/json-schemas/<route>')`). */
export type RouteSchema = JsonSchema | (() => Promise<{ readonly response: JsonSchema }>);

/**
 * Response schemas of the routes the page's widgets call. Each widget registers its own routes' schemas
 * (`useRoutes`), so the shared core chunk carries none and a page with one widget downloads only that widget's
 * (issue 17: the finder carried all 13 public routes' schemas). A lazily registered schema is fetched when its route
 * is first called, alongside the request (the SDK asks for it as the request starts). A route nobody registered is
 * refused by the SDK (`ResponseValidationError`), never accepted unchecked.
 */
const schemas: Partial<Record<PublicRouteName, JsonSchema | (() => Promise<JsonSchema>)>> = {};

/** Registers the response schemas of the routes a widget calls (from `@solidarity-widgets/contract/json-schemas/<route>`). */
export function useRoutes(routes: Partial<Record<PublicRouteName, RouteSchema>>): void {
  for (const [name, schema] of Object.entries(routes) as [PublicRouteName, RouteSchema][]) {
    if (schemas[name] !== undefined) continue; // another widget registered it first: keep its (maybe loaded) copy
    if (typeof schema === 'function') {
      const load = retryableImport(schema);
      schemas[name] = () => load().then((m) => m.response);
    } else schemas[name] = schema;
  }
}

const schemaFor = (name: PublicRouteName): JsonSchema | Promise<JsonSchema> | undefined => {
  const schema = schemas[name];
  return typeof schema === 'function' ? schema() : schema;
};

/**
 * The JSON validator with the SDK's check: a lazy chunk fetched with the page's first request, like the schemas, so
 * the core every widget loads up front does not carry it (issue 17). A failed fetch fails that request as a network
 * error (the widget offers "Try again"), and the next request fetches the chunk again (core/lazy.ts).
 */
const loadCheck = retryableImport(() => import('./response-check.js'));

const checkFor = (name: PublicRouteName) =>
  Promise.all([loadCheck(), schemaFor(name)]).then(([{ schemaCheck }, schema]) => schemaCheck(name, schema));

const clients = new Map<string, ApiClient>();

/** One client per (api base, partner), shared by every widget on the page. */
export function clientFor(apiBase: string, partner: string | undefined): ApiClient {
  const key = `${apiBase}\n${partner ?? ''}`;
  let client = clients.get(key);
  if (!client) {
    client = createClientWithChecks(partner ? { baseUrl: apiBase, partner } : { baseUrl: apiBase }, checkFor);
    clients.set(key, client);
  }
  return client;
}
