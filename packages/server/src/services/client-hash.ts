import { createHmac } from 'node:crypto';
import { persistentSecret } from './signing.js';

/**
 * A client address as the database may keep it (rate-limit buckets): HMAC-SHA-256 keyed with the server's
 * `CLIENT_HASH_SECRET`. A plain SHA-256 of an IPv4 address is undone by hashing all 2^32 addresses; without the
 * secret, this cannot be. Truncated to 128 bits: enough to tell clients apart, no more than needed.
 */
export function clientAddressHash(secret: string, address: string): string {
  // One write names its network three times (its attempts, its allowance, its share of the partner's count): one HMAC.
  if (secret === last.secret && address === last.address) return last.hash;
  const hash = createHmac('sha256', secret).update(`client-address:v1:${address}`).digest('base64url').slice(0, 22);
  last = { secret, address, hash };
  return hash;
}

let last = { secret: '', address: '', hash: '' };

export const CLIENT_HASH_SECRET_FILE = 'client-hash-secret';

/**
 * `CLIENT_HASH_SECRET` when set (16+ characters); otherwise `<dataDir>/client-hash-secret`, made on first run
 * (mode 600); a random per-process one without a data folder (in-memory tests). Instances sharing one database should
 * share the value, or each counts a client's writes in its own buckets.
 */
export function clientHashSecretValue(fromEnv: string | undefined, dataDir: string | undefined): string {
  return persistentSecret('CLIENT_HASH_SECRET', CLIENT_HASH_SECRET_FILE, fromEnv, dataDir);
}
