import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi.js';
import { errorStatus, ErrorCode } from './errors.js';
import { validateJson, type JsonSchema } from './json-validate.js';
import { routes, type RouteDef } from './routes.js';

type Operation = {
  parameters: { name: string; in: string; schema: JsonSchema }[];
  responses: Record<string, { 'x-error-codes'?: string[]; headers?: Record<string, unknown> }>;
  security?: unknown[];
};
// Built once: generating the document for every route's lookup made these tests quadratic in the number of routes,
// and they timed out on a loaded machine.
let built: ReturnType<typeof openApiDocument> | undefined;
const operation = (route: RouteDef): Operation =>
  ((built ??= openApiDocument()) as { paths: Record<string, Record<string, Operation>> }).paths[route.path]![route.method.toLowerCase()]!;

describe('OpenAPI document', () => {
  const doc = openApiDocument() as { openapi: string; paths: Record<string, Record<string, { operationId: string }>> };

  it('is OpenAPI 3.1 and lists every route of the table under its method', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const [name, route] of Object.entries(routes)) {
      expect(doc.paths[route.path]?.[route.method.toLowerCase()]?.operationId, name).toBe(name);
    }
  });

  it('declares path parameters that match the {placeholders} in each path', () => {
    for (const route of Object.values(routes)) {
      const placeholders = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const op = doc.paths[route.path]![route.method.toLowerCase()] as unknown as { parameters: { name: string; in: string }[] };
      expect(op.parameters.filter((p) => p.in === 'path').map((p) => p.name).sort()).toEqual(placeholders.sort());
    }
  });
});

describe('error codes', () => {
  it('every code has an HTTP status, and only 4xx for input problems', () => {
    for (const code of ErrorCode.options) {
      const status = errorStatus[code];
      expect(status, code).toBeGreaterThanOrEqual(400);
      if (code !== 'internal_error' && code !== 'service_unavailable') expect(status, code).toBeLessThan(500);
    }
  });

  it('docs/api.md tables are generated from the current contract', async () => {
    // @ts-expect-error plain JS helper shared with scripts/gen-api-docs.mjs
    const { renderApiTables } = (await import('../../../scripts/api-tables.mjs')) as { renderApiTables(): Promise<string> };
    const doc = readFileSync(new URL('../../../docs/api.md', import.meta.url), 'utf8');
    expect(doc, 'run: node scripts/gen-api-docs.mjs').toContain(await renderApiTables());
  });
});

describe('the document says what the server does', () => {
  it('lists every success status and every error code of each route, under the status it is sent with', () => {
    for (const [name, route] of Object.entries(routes) as [string, RouteDef][]) {
      const { responses } = operation(route);
      expect(Object.keys(responses).filter((s) => Number(s) < 400).sort(), name).toEqual(
        [route.status, ...(route.otherStatuses ?? []).map((o) => o.status)].map(String).sort(),
      );
      const documented = Object.entries(responses).flatMap(([status, r]) => (r['x-error-codes'] ?? []).map((code) => `${code} ${status}`));
      for (const code of route.errors) expect(documented, name).toContain(`${code} ${errorStatus[code]}`);
      expect(documented, name).toContain('internal_error 500');
      expect('default' in responses, name).toBe(false);
    }
  });

  it('the issue\'s undocumented cases are documented: a repeated sign-up (200), validation_failed, idempotency_conflict', () => {
    expect(Object.keys(operation(routes.createCanvassSignup).responses)).toContain('200');
    expect(operation(routes.lookupPostcode).responses['400']?.['x-error-codes']).toContain('validation_failed');
    expect(operation(routes.adminModerationQueue).responses['400']?.['x-error-codes']).toContain('validation_failed');
    expect(operation(routes.sendSolidarityMessage).responses['409']?.['x-error-codes']).toContain('idempotency_conflict');
  });

  it('public operations need no token (security: []), admin ones the bearer scheme or the console cookie, console ones the cookie', () => {
    for (const route of Object.values(routes) as RouteDef[]) {
      const expected = route.auth === 'admin' ? [{ bearer: [] }, { consoleSession: [] }] : route.auth === 'console' ? [{ consoleSession: [] }] : [];
      expect(operation(route).security, route.path).toEqual(expected);
    }
  });

  it('documents the rate-limit, Retry-After and replay headers where the server sends them', () => {
    const send = operation(routes.sendSolidarityMessage).responses;
    expect(Object.keys(send['202']?.headers ?? {})).toEqual(expect.arrayContaining(['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'RateLimit-Policy', 'Idempotent-Replayed']));
    expect(Object.keys(send['429']?.headers ?? {})).toEqual(expect.arrayContaining(['Retry-After', 'RateLimit-Remaining']));
    expect(Object.keys(operation(routes.adminListCanvassSessions).responses['401']?.headers ?? {})).toContain('WWW-Authenticate');
  });

  // The published parameter schemas and the server's zod schemas judge every value of a corpus the same way.
  const corpus = [
    ...Array.from({ length: 121 }, (_, i) => String(i)), '-1', '-0', '+1', '01', '007', '0.5', '7.5', '43.85', '99.99', '100.0', '100.00',
    '100.5', '101', '.5', '5.', '1e1', '0x10', ' 1', '1 ', '', 'abc', '٣', 'E14001172', 'e14001172', 'E14 001172', 'SE13 6', 'pending',
    'new', 'approved', 'England', 'england', 'unite-polish-branch', '-partner', 'ola@example.org', ' x@example.org', 'x@example.org ',
    'x@@example.org', '8f0e7a5c-3c1d-4b7e-9a55-3f1f6c2b9d10', '8F0E7A5C-3C1D-4B7E-9A55-3F1F6C2B9D10', 'x'.repeat(17), 'x'.repeat(201),
  ];
  it('path and query patterns are exactly what the server accepts (limit=43.85, email=%20x@… are refused by both)', () => {
    for (const [name, route] of Object.entries(routes) as [string, RouteDef][]) {
      for (const param of operation(route).parameters) {
        const schema = param.in === 'path' ? route.params : param.in === 'query' ? route.query : undefined;
        if (!schema) continue;
        for (const value of corpus) {
          const server = schema.safeParse({ ...validPathParams, [param.name]: value }).success;
          const doc = validateJson(param.schema, value).length === 0;
          // A cursor is also decoded and range-checked (documented in its contentSchema), so there the document
          // may accept a value the server refuses, never the other way round.
          if ('contentSchema' in param.schema) expect(server && !doc, `${name} ${param.name}=${value}`).toBe(false);
          else expect(doc, `${name} ${param.in} ${param.name}=${JSON.stringify(value)}: server ${server ? 'accepts' : 'refuses'}`).toBe(server);
        }
      }
    }
    expect(routes.nearbyMarginals.query.safeParse({ limit: '43.85' }).success).toBe(false);
  });

  it('body string patterns are what the server accepts too, trimmed fields allowing the whitespace it trims', () => {
    const doc = openApiDocument() as { components: { schemas: Record<string, { properties?: Record<string, JsonSchema> }> } };
    const values = [...corpus, 'GB', 'gb', 'pl', 'pt-BR', 'en-', '+44 20 7946 0958', ' +44 20 7946 0958 ', '12', 'https://example.org', ' https://Example.ORG/x ', 'HTTPS://EXAMPLE.ORG', 'javascript:alert(1)', 'ftp://example.org'];
    let compared = 0;
    for (const route of Object.values(routes) as RouteDef[]) {
      const body = route.body as unknown as { def?: { shape?: Record<string, { safeParse(v: unknown): { success: boolean } }> } } | undefined;
      const op = operation(route) as unknown as { requestBody?: { content: { 'application/json': { schema: { $ref?: string } } } } };
      const ref = op.requestBody?.content['application/json'].schema.$ref;
      if (!body?.def?.shape || !ref) continue;
      const props = doc.components.schemas[ref.replace('#/components/schemas/', '')]?.properties ?? {};
      for (const [name, field] of Object.entries(body.def.shape)) {
        const published = props[name];
        // Only plain string fields with a pattern: the rest have no pattern to disagree about.
        if (!published || published['type'] !== 'string' || typeof published['pattern'] !== 'string') continue;
        for (const value of values) {
          compared++;
          expect(validateJson(published, value).length === 0, `${ref} ${name}=${JSON.stringify(value)}`).toBe(field.safeParse(value).success);
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('@redocly/cli lint (recommended rules) finds no error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(openApiDocument({ serverUrl: 'https://api.example.org' })));
      const pkg = createRequire(import.meta.url).resolve('@redocly/cli/package.json');
      const cli = join(dirname(pkg), 'bin', 'cli.js');
      const run = spawnSync(process.execPath, [cli, 'lint', file, '--format=json', '--extends=recommended'], {
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
        timeout: 60_000,
      });
      const report = JSON.parse(run.stdout) as { problems: { severity: string; ruleId: string; message: string }[] };
      const errors = report.problems.filter((p) => p.severity === 'error');
      expect(errors.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
      // Warnings are listed for the reader; the one known is health's lack of any 4xx (it has none to send).
      expect(report.problems.filter((p) => p.ruleId !== 'operation-4xx-response').map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

/**
 * Valid path parameters (and `party`, a required query parameter of partyTargets, and `constituency`, one of
 * pledgeCount), so a query value is judged on its own.
 */
const validPathParams = { code: 'E14001172', postcode: 'SE13 6', id: '8f0e7a5c-3c1d-4b7e-9a55-3f1f6c2b9d10', party: 'Lab', constituency: 'E14001172' };
