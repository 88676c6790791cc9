import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cancelToken, checkCancelToken, signingSecretValue } from './signing.js';

const id = '0b6f3f7e-8d44-4c55-9f0e-2a7e4a9c1d11';

describe('cancellation tokens', () => {
  it('verify only for the same sign-up and the same secret', () => {
    const token = cancelToken('secret-one-0123456789', id);
    expect(checkCancelToken('secret-one-0123456789', id, token)).toBe(true);
    expect(checkCancelToken('secret-one-0123456789', id.toUpperCase(), token)).toBe(true);
    expect(checkCancelToken('secret-two-0123456789', id, token)).toBe(false);
    expect(checkCancelToken('secret-one-0123456789', '1b6f3f7e-8d44-4c55-9f0e-2a7e4a9c1d11', token)).toBe(false);
    expect(checkCancelToken('secret-one-0123456789', id, token.slice(1))).toBe(false);
    expect(checkCancelToken('secret-one-0123456789', id, '')).toBe(false);
  });
});

describe('signing secret', () => {
  it('SIGNING_SECRET wins; too short is refused', () => {
    expect(signingSecretValue(' from-the-environment-123 ', '/nonexistent')).toBe('from-the-environment-123');
    expect(() => signingSecretValue('short', undefined)).toThrow(/16 characters/);
  });

  it('otherwise is made once in DATA_DIR (mode 600) and kept across restarts; random without a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-secret-'));
    try {
      const first = signingSecretValue(undefined, dir);
      const file = join(dir, 'signing-secret');
      expect(readFileSync(file, 'utf8').trim()).toBe(first);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(signingSecretValue('', dir)).toBe(first);
      expect(signingSecretValue(undefined, undefined)).not.toBe(signingSecretValue(undefined, undefined));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
