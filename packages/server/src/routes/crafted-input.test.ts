import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setup } from '../testing/harness.js';
import { craftedInputReplies } from '../testing/scenarios.js';

let h: Awaited<ReturnType<typeof setup>>;
beforeAll(async () => {
  h = await setup();
});
afterAll(() => h.close());

describe('crafted input (PGlite; store/postgres.test.ts runs the same on PostgreSQL)', () => {
  it('out-of-range cursors and session dates are 400 validation_failed naming the field, never 500', async () => {
    for (const { what, reply } of await craftedInputReplies(h.call, h.adminToken)) {
      expect(reply.status, `${what}: ${reply.text}`).toBe(400);
      expect(reply.json.error.code, what).toBe('validation_failed');
      expect(reply.json.error.details.fields.map((f: { field: string }) => f.field), what).toEqual([what.startsWith('GET') ? 'cursor' : 'startsAt']);
    }
  });

  it('a cursor the server handed out still works, and the same cursor spelt differently is refused', async () => {
    const { encodeCursor } = await import('../services/solidarity.js');
    const good = encodeCursor('1795434003621000', '8f0e7a5c-3c1d-4b7e-9a55-3f1f6c2b9d10');
    expect((await h.call('GET', `/v1/solidarity-messages?cursor=${good}`)).status).toBe(200);
    // Same bytes, but the unused low bits of the last character set: not canonical.
    const last = good.at(-1)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const twin = good.slice(0, -1) + alphabet[alphabet.indexOf(last) + 1];
    expect(Buffer.from(twin, 'base64url').equals(Buffer.from(good, 'base64url'))).toBe(true);
    expect((await h.call('GET', `/v1/solidarity-messages?cursor=${twin}`)).status).toBe(400);
  });
});
