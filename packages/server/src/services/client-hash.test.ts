import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../config.js';
import { PARTNER_ORIGIN, messageBody, setup } from '../testing/harness.js';
import { clientHashSecretValue } from './client-hash.js';

const IP = '198.51.100.77';

/** The network buckets a server stores after one write from `IP`, given its client hash secret. */
async function ipBuckets(clientHashSecret: string): Promise<string[]> {
  const h = await setup({ config: { trustProxy: true, clientHashSecret } });
  try {
    const res = await h.call('POST', '/v1/solidarity-messages', { origin: PARTNER_ORIGIN, headers: { 'X-Forwarded-For': IP }, body: messageBody() });
    expect(res.status).toBe(202);
    const { rows } = await h.store.query<{ bucket: string }>(`SELECT bucket FROM rate_limits WHERE bucket LIKE 'net:%'`);
    return rows.map((r) => r.bucket);
  } finally {
    await h.close();
  }
}

describe('client addresses are stored as a keyed hash (issue 11)', () => {
  it('the stored value is no plain SHA-256 of the address, and another secret gives another value', async () => {
    const one = await ipBuckets('first-secret-0123456789abcdef');
    const two = await ipBuckets('second-secret-0123456789abcdef');
    expect(one).toHaveLength(1);
    expect(two).toHaveLength(1);
    const stored = one[0]!.slice('net:'.length);
    // Not any unkeyed SHA-256 of it: neither bare, nor with the prefix the old code used, in hex or base64url.
    for (const input of [IP, `sw-rate:${IP}`, `client-address:v1:${IP}`]) {
      for (const encoding of ['hex', 'base64url'] as const) expect(createHash('sha256').update(input).digest(encoding)).not.toContain(stored);
    }
    expect(one[0]).not.toContain(IP);
    expect(two[0]).not.toBe(one[0]);
    // The same secret gives the same bucket, so limits hold across restarts and instances sharing it.
    expect(await ipBuckets('first-secret-0123456789abcdef')).toEqual(one);
  });

  it('CLIENT_HASH_SECRET is read from the environment and must be 16+ characters', () => {
    expect(configFromEnv({ CLIENT_HASH_SECRET: '  a-long-enough-secret-value  ' }).clientHashSecret).toBe('a-long-enough-secret-value');
    expect(configFromEnv({}).clientHashSecret).toBeUndefined();
    expect(() => configFromEnv({ CLIENT_HASH_SECRET: 'short' })).toThrow(/CLIENT_HASH_SECRET must be at least 16/);
  });

  it('without CLIENT_HASH_SECRET one is made in the data folder (mode 600) and kept', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-client-hash-'));
    try {
      const made = clientHashSecretValue(undefined, dir);
      expect(made.length).toBeGreaterThanOrEqual(32);
      const file = join(dir, 'client-hash-secret');
      expect(readFileSync(file, 'utf8').trim()).toBe(made);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(clientHashSecretValue(undefined, dir)).toBe(made);
      expect(clientHashSecretValue('from-the-environment-1234', dir)).toBe('from-the-environment-1234');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
