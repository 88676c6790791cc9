import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { JsonSchema } from '@solidarity-widgets/contract/json-validate';
import { response as healthSchema } from '@solidarity-widgets/contract/json-schemas/health';
import { createMockHandlers } from './mock/handlers.js';
import { mockState } from './mock/state.js';
import { NetworkError, ResponseValidationError, createClientFor, type ResponseSchemas } from './index.js';

// createClientFor is what the script-tag widgets use: each widget hands over only the schemas of the routes it calls,
// some as lazy imports. Whatever the source of a schema, every answer must still be checked.
const baseUrl = 'http://api.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => server.resetHandlers(...createMockHandlers({ baseUrl, state: mockState() })));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const noSleep = async () => undefined;
const api = (schemaFor: ResponseSchemas, retries = 0) => createClientFor({ baseUrl, sleep: noSleep, retries }, schemaFor);
const lazily = (schema: JsonSchema) => new Promise<JsonSchema>((resolve) => setTimeout(() => resolve(schema), 5));

describe('createClientFor', () => {
  it('answers with the body when the given schema (sync or loaded lazily) accepts it', async () => {
    const sync = await api((name) => (name === 'health' ? healthSchema : undefined)).health();
    expect(sync.status).toBe('ok');
    const lazy = await api((name) => (name === 'health' ? lazily(healthSchema) : undefined)).health();
    expect(lazy).toEqual(sync);
  });

  it('refuses a body the lazily loaded schema rejects', async () => {
    server.use(http.get(`${baseUrl}/v1/health`, () => HttpResponse.json({ status: 42 })));
    await expect(api(() => lazily(healthSchema)).health()).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it('refuses the answer of a route it was given no schema for, rather than passing it unchecked', async () => {
    const error = await api(() => undefined).health().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues[0]?.message).toMatch(/no response schema was given for health/);
  });

  it('a schema that cannot be loaded is a retryable network error, and the retry loads it', async () => {
    let loads = 0;
    const flaky: ResponseSchemas = () => (++loads === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : lazily(healthSchema));
    await expect(api(flaky, 0).health()).rejects.toBeInstanceOf(NetworkError);
    loads = 0;
    expect((await api(flaky, 1).health()).status).toBe('ok');
    expect(loads).toBe(2);
  });
});
