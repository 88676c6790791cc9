import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PURPOSE = 'canvass-signup-cancel:v1:';

/** The supporter's cancellation token for one sign-up: HMAC-SHA256 of its id with the server's signing secret. */
export function cancelToken(secret: string, signupId: string): string {
  // A new sign-up's token goes into its confirmation email and its receipt: one HMAC.
  if (secret === lastToken.secret && signupId === lastToken.id) return lastToken.token;
  const token = createHmac('sha256', secret).update(PURPOSE + signupId.toLowerCase()).digest('base64url');
  lastToken = { secret, id: signupId, token };
  return token;
}

let lastToken = { secret: '', id: '', token: '' };

/** Constant-time check of a cancellation token. */
export function checkCancelToken(secret: string, signupId: string, token: string): boolean {
  const expected = Buffer.from(cancelToken(secret, signupId), 'utf8');
  const given = Buffer.from(token, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const SIGNING_SECRET_FILE = 'signing-secret';

/**
 * `SIGNING_SECRET` when set; otherwise `<dataDir>/signing-secret`, made on first use (mode 600) like the admin
 * token; a random per-process secret without a data folder (in-memory tests). Every instance behind one load balancer
 * needs the same value, so set SIGNING_SECRET when you run more than one.
 */
export function signingSecretValue(fromEnv: string | undefined, dataDir: string | undefined): string {
  return persistentSecret('SIGNING_SECRET', SIGNING_SECRET_FILE, fromEnv, dataDir);
}

/** A server secret: from the environment (16+ characters), else kept in `<dataDir>/<file>` (made once, mode 600), else random. */
export function persistentSecret(name: string, fileName: string, fromEnv: string | undefined, dataDir: string | undefined): string {
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    if (fromEnv.trim().length < 16) throw new Error(`${name} must be at least 16 characters long.`);
    return fromEnv.trim();
  }
  if (!dataDir) return randomBytes(32).toString('base64url');
  const file = join(dataDir, fileName);
  const existing = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  if (existing) {
    chmodSync(file, 0o600);
    return existing;
  }
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
