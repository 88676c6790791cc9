import * as z from 'zod/mini';
import { ErrorBody } from './errors.js';
import { routes, type RouteDef } from './routes.js';

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  delete json['$schema'];
  return json;
}

function parametersOf(route: RouteDef): unknown[] {
  const out: unknown[] = [];
  for (const [where, schema] of [['path', route.params], ['query', route.query]] as const) {
    if (!schema) continue;
    const json = schemaOf(schema, 'input');
    const props = (json['properties'] ?? {}) as Record<string, JsonSchema>;
    const required = new Set((json['required'] ?? []) as string[]);
    for (const [name, prop] of Object.entries(props)) {
      out.push({ name, in: where, required: where === 'path' || required.has(name), schema: prop });
    }
  }
  if (route.idempotencyKey) {
    out.push({
      name: 'Idempotency-Key', in: 'header', required: false,
      description: 'Retries with the same key return the first result instead of writing twice.',
      schema: { type: 'string', maxLength: 200 },
    });
  }
  return out;
}

/** The OpenAPI 3.1 document, generated from the route table and its zod schemas. */
export function openApiDocument(options: { serverUrl?: string; version?: string } = {}): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [operationId, route] of Object.entries(routes) as [string, RouteDef][]) {
    const responses: Record<string, unknown> = {
      [String(route.status)]: {
        description: 'Success',
        content: route.response
          ? { 'application/json': { schema: schemaOf(route.response, 'output') } }
          : { [route.contentType ?? 'application/octet-stream']: { schema: { type: 'string' } } },
      },
    };
    if (route.errors.length > 0) {
      responses['default'] = {
        description: `Error. Codes: ${route.errors.join(', ')}.`,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
      };
    }
    const op: Record<string, unknown> = {
      operationId, summary: route.summary, tags: [route.tag], parameters: parametersOf(route), responses,
    };
    if (route.body) op['requestBody'] = { required: true, content: { 'application/json': { schema: schemaOf(route.body, 'input') } } };
    if (route.auth) op['security'] = [{ bearer: [] }];
    (paths[route.path] ??= {})[route.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Solidarity Widgets API',
      version: options.version ?? '1.0.0',
      description: 'Postcode → constituency lookups, canvassing sign-ups and moderated messages of solidarity for UK general election campaigns.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: options.serverUrl ? [{ url: options.serverUrl }] : [],
    paths,
    components: {
      schemas: { ErrorBody: schemaOf(ErrorBody, 'output') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
