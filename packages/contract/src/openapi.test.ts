import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi.js';
import { errorStatus, ErrorCode } from './errors.js';
import { routes } from './routes.js';

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
