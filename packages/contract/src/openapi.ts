import * as z from 'zod/mini';
import { ErrorBody, ErrorCode, errorMeaning, errorStatus } from './errors.js';
import { Health } from './health.js';
import { Constituency, ConstituencySummary, NearbyMarginal } from './constituencies.js';
import { PostcodeMatch } from './postcodes.js';
import { CanvassSession, CanvassSignupRequest, CancelCanvassSignup } from './canvass.js';
import { PublicSolidarityMessage, SolidarityMessageRequest, WALL_CURSOR, WALL_CURSOR_TEXT, WallCursor, encodeWallCursor } from './solidarity.js';
import { RequestDateTime } from './common.js';
import { IntroductionRequest, LocalContact, LocalGroup } from './local.js';
import { AdminCanvassSignup, CreateCanvassSession, UpdateCanvassSession } from './admin/canvass.js';
import { ModerationDecision, ModerationQueueItem } from './admin/solidarity.js';
import { Introduction, IntroductionUpdate, ListingDecision, LocalContactRequest } from './admin/local.js';
import { AuditEntry, ConsoleMe, CreateOrganiser, Organiser, UpdateOrganiser } from './admin/console.js';
import { PledgeReceipt, PledgeRequest } from './pledges.js';
import { routes, type RouteDef } from './routes.js';

type JsonSchema = Record<string, unknown>;

const SCHEMAS = '#/components/schemas/';
const HEADERS = '#/components/headers/';

/**
 * The shapes named in `components.schemas`: responses (io 'output') and request bodies (io 'input') are generated in
 * separate registries so a name always means one io. Only the OpenAPI document uses these names: the browser's JSON
 * schemas (scripts/gen-json-schemas.mjs) stay free of `$ref`.
 */
const outputNames: [string, z.ZodMiniType][] = [
  ['Error', ErrorBody],
  ['Health', Health],
  ['ConstituencySummary', ConstituencySummary],
  ['Constituency', Constituency],
  ['PostcodeMatch', PostcodeMatch],
  ['NearbyMarginal', NearbyMarginal],
  ['CanvassSession', CanvassSession],
  ['SolidarityMessage', PublicSolidarityMessage],
  ['ModerationQueueItem', ModerationQueueItem],
  ['AdminCanvassSignup', AdminCanvassSignup],
  ['LocalContact', LocalContact],
  ['LocalGroup', LocalGroup],
  ['Introduction', Introduction],
  ['Organiser', Organiser],
  ['ConsoleMe', ConsoleMe],
  ['AuditEntry', AuditEntry],
  ['PledgeReceipt', PledgeReceipt],
];
const inputNames: [string, z.ZodMiniType][] = [
  ['CanvassSignupRequest', CanvassSignupRequest],
  ['CancelCanvassSignup', CancelCanvassSignup],
  ['SolidarityMessageRequest', SolidarityMessageRequest],
  ['IntroductionRequest', IntroductionRequest],
  ['CreateCanvassSession', CreateCanvassSession],
  ['UpdateCanvassSession', UpdateCanvassSession],
  ['ModerationDecision', ModerationDecision],
  ['LocalContactRequest', LocalContactRequest],
  ['IntroductionUpdate', IntroductionUpdate],
  ['ListingDecision', ListingDecision],
  ['CreateOrganiser', CreateOrganiser],
  ['UpdateOrganiser', UpdateOrganiser],
  ['PledgeRequest', PledgeRequest],
];

function registryOf(names: [string, z.ZodMiniType][]) {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of names) registry.add(schema, { id });
  return registry;
}
const registries = { output: registryOf(outputNames), input: registryOf(inputNames) };

/**
 * What JSON Schema cannot say by itself about a few schemas (a refinement, a second pattern), written here rather than
 * registered on the schemas, so pages that use them do not carry documentation.
 */
const documentation = new Map<unknown, JsonSchema>([
  [
    WallCursor,
    {
      description:
        'Opaque: pass back the `nextCursor` of the previous page unchanged. It is canonical unpadded base64url (RFC 4648 §5) ' +
        'of `<published time in µs since 1970>.<message id>`; anything else is refused with 400 `validation_failed`.',
      pattern: WALL_CURSOR.source,
      contentEncoding: 'base64url',
      contentMediaType: 'text/plain',
      contentSchema: { type: 'string', pattern: WALL_CURSOR_TEXT.source },
    },
  ],
  [PledgeRequest, { description: 'A pledge to vote. `reminders: true` needs an `email` (else 400 `validation_failed` with `email: required`).' }],
  [RequestDateTime, { description: 'RFC 3339 date-time with an offset (`2026-12-05T10:00:00Z`), in the years 2000 to 2999.' }],
]);

/** z.trim() is an `overwrite` check; recognise it by what it does (as scripts/gen-json-schemas.mjs does). */
function trims(schema: unknown): boolean {
  const checks = (schema as { _zod?: { def?: { checks?: { _zod?: { def?: { check?: string; tx?: (s: string) => unknown } } }[] } } })._zod?.def?.checks ?? [];
  return checks.some((c) => c._zod?.def?.check === 'overwrite' && c._zod.def.tx?.(' a ') === 'a');
}

/**
 * JSON Schema of `schema`, with named shapes collected into `defs` and referenced from `components`. Where the
 * server trims a string before checking it, the published `pattern` allows the surrounding whitespace too, so the
 * pattern is exactly what the server accepts.
 */
function schemaOf(schema: z.ZodMiniType, io: 'input' | 'output', defs: Record<string, JsonSchema>): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    metadata: registries[io],
    override: (ctx) => {
      const meta = documentation.get(ctx.zodSchema);
      if (meta) Object.assign(ctx.jsonSchema, meta);
      if (io === 'input' && trims(ctx.zodSchema)) {
        const pattern = ctx.jsonSchema['pattern'];
        if (typeof pattern === 'string') ctx.jsonSchema['pattern'] = `^\\s*(?:${pattern.replace(/^\^/, '').replace(/\$$/, '')})\\s*$`;
        const note = 'Surrounding whitespace is trimmed before the length and format are checked.';
        const description = ctx.jsonSchema['description'];
        ctx.jsonSchema['description'] = typeof description === 'string' ? `${description} ${note}` : note;
      }
    },
  }) as JsonSchema;
  delete json['$schema'];
  const own = (json['$defs'] ?? {}) as Record<string, JsonSchema>;
  delete json['$defs'];
  const rewrite = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', `"${SCHEMAS}`)) as T;
  for (const [name, def] of Object.entries(own)) {
    const fixed = rewrite(def);
    delete fixed['id'];
    const seen = defs[name];
    if (seen && JSON.stringify(seen) !== JSON.stringify(fixed)) throw new Error(`components.schemas.${name} would mean two shapes`);
    defs[name] = fixed;
  }
  return rewrite(json);
}

/** Example values of path and query parameters, used only where the route's own schema accepts them. */
const EXAMPLE_ID = '8f0e7a5c-3c1d-4b7e-9a55-3f1f6c2b9d10';
const parameterExamples: Record<string, unknown> = {
  postcode: 'SE13 6',
  code: 'E14001172',
  constituency: 'E14001172',
  id: EXAMPLE_ID,
  session: EXAMPLE_ID,
  nation: 'Wales',
  maxMajorityPct: '10',
  limit: '5',
  partner: 'unite-polish-branch',
  cursor: encodeWallCursor('1795434003621000', EXAMPLE_ID),
  status: 'pending',
  listing: 'pending',
  email: 'ola@example.org',
};

function parametersOf(route: RouteDef, defs: Record<string, JsonSchema>): unknown[] {
  const out: unknown[] = [];
  for (const [where, schema] of [['path', route.params], ['query', route.query]] as const) {
    if (!schema) continue;
    const json = schemaOf(schema, 'input', defs);
    const props = (json['properties'] ?? {}) as Record<string, JsonSchema>;
    const required = new Set((json['required'] ?? []) as string[]);
    for (const [name, prop] of Object.entries(props)) {
      const { description, ...rest } = prop;
      const param: Record<string, unknown> = { name, in: where, required: where === 'path' || required.has(name), schema: rest };
      if (typeof description === 'string') param['description'] = description;
      const example = parameterExamples[name];
      if (example !== undefined && schema.safeParse({ ...(where === 'path' ? parameterExamples : {}), [name]: example }).success) param['example'] = example;
      out.push(param);
    }
  }
  if (route.idempotencyKey) {
    out.push({
      name: 'Idempotency-Key', in: 'header', required: false,
      description: 'Retries with the same key return the first result (with `Idempotent-Replayed: true`) instead of writing twice.',
      schema: { type: 'string', pattern: '^[\\x21-\\x7E]{1,200}$' },
      example: '6f1c2b8e-7d4a-4c1e-9a3b-2f5e8d7c6b1a',
    });
  }
  return out;
}

/** Response headers, described once and referenced. */
const headerComponents = {
  'X-Request-Id': { description: 'Identifies this request in the server logs (your own `X-Request-Id` is echoed when it is well-formed).', schema: { type: 'string' } },
  'RateLimit-Limit': { description: 'Writes allowed in the current window by the tightest limit that applies (per IP or per partner).', schema: { type: 'integer', minimum: 0 } },
  'RateLimit-Remaining': { description: 'Writes left in the current window.', schema: { type: 'integer', minimum: 0 } },
  'RateLimit-Reset': { description: 'Seconds until the window resets.', schema: { type: 'integer', minimum: 1 } },
  'RateLimit-Policy': { description: 'The quota behind those numbers: `<limit>;w=<window seconds>` (draft-ietf-httpapi-ratelimit-headers).', schema: { type: 'string', pattern: '^\\d+;w=\\d+$' }, example: '10;w=600' },
  'Retry-After': { description: 'Seconds to wait before writing again.', schema: { type: 'integer', minimum: 1 } },
  'Idempotent-Replayed': { description: '`true` when this is the stored answer to an earlier request with the same `Idempotency-Key`.', schema: { type: 'string', enum: ['true'] } },
  'WWW-Authenticate': { description: 'The bearer challenge.', schema: { type: 'string' }, example: 'Bearer realm="solidarity-widgets"' },
  'Cache-Control': { description: '`no-store`, except on public reads a cache may share for a short while (`public, max-age=…`).', schema: { type: 'string' }, example: 'no-store' },
  'Content-Disposition': { description: 'Offers the CSV as a dated download.', schema: { type: 'string' }, example: 'attachment; filename="canvass-signups-2026-11-29.csv"' },
} as const;
const header = (name: keyof typeof headerComponents) => ({ [name]: { $ref: `${HEADERS}${name}` } });
const rateLimitHeaders = { ...header('RateLimit-Limit'), ...header('RateLimit-Remaining'), ...header('RateLimit-Reset'), ...header('RateLimit-Policy') };

/** Codes every route can answer with: faults on the server side (5xx), never caused by the request. */
const serverFaults = ErrorCode.options.filter((code) => errorStatus[code] >= 500);

function exampleMessage(code: ErrorCode): string {
  return errorMeaning[code].replace(/`([^`]*)`/g, '$1');
}

function errorExample(code: ErrorCode): Record<string, unknown> {
  if (code === 'validation_failed') {
    return { error: { code, message: 'Some fields need attention.', details: { fields: [{ field: 'email', code: 'invalid_format', message: 'This is not in the expected format.' }] } } };
  }
  if (code === 'rate_limited') return { error: { code, message: 'Too many requests. Try again in 42 seconds.', details: { retryAfter: 42 } } };
  return { error: { code, message: exampleMessage(code) } };
}

function errorResponses(route: RouteDef, limited: boolean): Record<string, unknown> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of [...route.errors, ...serverFaults]) {
    const status = errorStatus[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const out: Record<string, unknown> = {};
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    const headers: Record<string, unknown> = { ...header('X-Request-Id'), ...header('Cache-Control') };
    if (limited && status < 500) Object.assign(headers, rateLimitHeaders);
    if (codes.includes('rate_limited')) Object.assign(headers, header('Retry-After'));
    if (codes.includes('unauthorized')) Object.assign(headers, header('WWW-Authenticate'));
    out[String(status)] = {
      description: codes.map((c) => `\`${c}\`: ${errorMeaning[c]}`).join(' '),
      headers,
      // The codes this route sends with this status, for tools (and contract-tests/openapi-responses.test.ts).
      'x-error-codes': codes,
      content: {
        'application/json': {
          schema: { $ref: `${SCHEMAS}Error` },
          examples: Object.fromEntries(codes.map((c) => [c, { summary: errorMeaning[c], value: errorExample(c) }])),
        },
      },
    };
  }
  return out;
}

/** What each route's success carries besides the body. */
function successHeaders(route: RouteDef, limited: boolean): Record<string, unknown> {
  const headers: Record<string, unknown> = { ...header('X-Request-Id'), ...header('Cache-Control') };
  if (limited) Object.assign(headers, rateLimitHeaders);
  if (route.idempotencyKey) Object.assign(headers, header('Idempotent-Replayed'));
  if (route.response === null) Object.assign(headers, header('Content-Disposition'));
  return headers;
}

/** Component-level examples: what a client sees, checked against the schemas by the lint test. */
const schemaExamples: Record<string, unknown> = {
  Error: errorExample('constituency_not_found'),
  Health: { status: 'ok', version: '0.1.0', store: 'pglite', dataCurrentTo: '2026-11-01' },
  SolidarityMessage: {
    id: EXAMPLE_ID, name: 'Kwame Mensah', organisation: 'Ghana Union Congress', country: 'GH', language: 'en',
    message: 'Solidarity from Accra: an injury to one is an injury to all.', publishedAt: '2026-11-29T10:15:00.000Z',
  },
  CanvassSession: {
    id: EXAMPLE_ID, constituency: { code: 'E14001279', name: 'Hendon' }, title: 'Hendon: Saturday canvass',
    startsAt: '2026-12-05T10:00:00.000Z', endsAt: '2026-12-05T13:00:00.000Z', timeZone: 'Europe/London',
    meetingPoint: 'Colindale station, Colindale Avenue exit', organiser: { name: 'Hendon CLP', contact: 'organiser@example.org' },
    accessibility: 'Step-free route; we walk slowly.', capacity: 10, placesLeft: 4, status: 'open',
  },
};

/** The OpenAPI 3.1 document, generated from the route table and its zod schemas. */
export function openApiDocument(options: { serverUrl?: string; version?: string } = {}): Record<string, unknown> {
  const defs: Record<string, JsonSchema> = {};
  // Every named shape is in components even when no route of this version uses it at the top.
  for (const [, schema] of outputNames) schemaOf(schema, 'output', defs);
  for (const [, schema] of inputNames) schemaOf(schema, 'input', defs);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [operationId, route] of Object.entries(routes) as [string, RouteDef][]) {
    const limited = route.method !== 'GET' && route.auth === undefined;
    const content = route.response
      ? { 'application/json': { schema: schemaOf(route.response, 'output', defs) } }
      : { [route.contentType ?? 'application/octet-stream']: { schema: { type: 'string' } } };
    const responses: Record<string, unknown> = {
      [String(route.status)]: { description: 'Success.', headers: successHeaders(route, limited), content },
    };
    for (const other of route.otherStatuses ?? []) {
      responses[String(other.status)] = { description: other.when, headers: successHeaders(route, limited), content };
    }
    Object.assign(responses, errorResponses(route, limited));
    const op: Record<string, unknown> = {
      operationId, summary: route.summary, tags: [route.tag], parameters: parametersOf(route, defs),
      // Public routes need no token: an explicit empty requirement, so tools do not assume one.
      security: route.auth === 'admin' ? [{ bearer: [] }, { consoleSession: [] }] : route.auth === 'console' ? [{ consoleSession: [] }] : [],
      responses,
    };
    if (route.body) op['requestBody'] = { required: true, content: { 'application/json': { schema: schemaOf(route.body, 'input', defs) } } };
    (paths[route.path] ??= {})[route.method.toLowerCase()] = op;
  }
  for (const [name, example] of Object.entries(schemaExamples)) {
    const def = defs[name];
    if (def) def['examples'] = [example];
  }
  const tags = [...new Set(Object.values(routes).map((r) => r.tag))];
  return {
    openapi: '3.1.0',
    info: {
      title: 'Solidarity Widgets API',
      version: options.version ?? '1.0.0',
      description:
        'Postcode → constituency lookups, canvassing sign-ups and moderated messages of solidarity for UK general election campaigns. ' +
        'Every error is `{ "error": { "code", "message", "details"? } }` with a stable `code`; each operation lists the codes it can send.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: options.serverUrl ?? '/' }],
    tags: tags.map((name) => ({ name, description: TAG_DESCRIPTIONS[name] ?? name })),
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(defs).sort(([a], [b]) => a.localeCompare(b))),
      headers: headerComponents,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'An organiser or moderator token (`npm run admin -- create-token`).' },
        consoleSession: {
          type: 'apiKey', in: 'cookie', name: 'sw_console',
          description: 'The console session cookie (`__Host-sw_console` over HTTPS), from `POST /v1/console/session`. Writes also need `X-CSRF-Token` and a same-origin request.',
        },
      },
    },
  };
}

const TAG_DESCRIPTIONS: Record<string, string> = {
  meta: 'The API itself.',
  lookup: 'Postcodes and constituencies.',
  canvassing: 'Canvassing sessions and sign-ups.',
  solidarity: 'Messages of solidarity.',
  local: 'Local contacts, introductions and the groups directory.',
  pledges: 'Pledges to vote, their reminder emails and counts (never people) per seat and partner.',
  sharing: 'Share after acting: counts of visits and actions each shared link brought.',
  admin: 'Organiser and moderator tools (bearer token or console session).',
  console: 'The organisers\' console: sign-in by emailed link and the session cookie.',
};
