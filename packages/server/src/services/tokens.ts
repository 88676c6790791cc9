import { randomBytes, randomUUID } from 'node:crypto';
import { ConstituencyCode, PartnerSlug } from '@solidarity-widgets/contract';
import type { Queryable } from '../store/types.js';
import { sha256 } from './ids.js';

/** What a bearer token may do: everything (`admin`), or only some partners' messages / constituencies' sessions. */
export interface Scopes {
  readonly admin: boolean;
  readonly partners: ReadonlySet<string>;
  readonly constituencies: ReadonlySet<string>;
}

/** `admin`, `partner:<slug>` or `constituency:<GSS code>`. */
export function parseScope(raw: string): string | undefined {
  if (raw === 'admin') return raw;
  const [kind, value, ...rest] = raw.split(':');
  if (rest.length > 0 || value === undefined) return undefined;
  if (kind === 'partner' && PartnerSlug.safeParse(value).success) return raw;
  if (kind === 'constituency' && ConstituencyCode.safeParse(value).success) return raw;
  return undefined;
}

export function toScopes(list: readonly string[]): Scopes {
  const partners = new Set<string>();
  const constituencies = new Set<string>();
  let admin = false;
  for (const scope of list) {
    if (scope === 'admin') admin = true;
    else if (scope.startsWith('partner:')) partners.add(scope.slice('partner:'.length));
    else if (scope.startsWith('constituency:')) constituencies.add(scope.slice('constituency:'.length));
  }
  return { admin, partners, constituencies };
}

const PREFIX = 'swt_';
export const hashToken = (token: string): string => sha256(token);

export interface CreatedToken {
  readonly id: string;
  /** Shown once; only its SHA-256 is stored. */
  readonly token: string;
  readonly label: string;
  readonly scopes: readonly string[];
}

export async function createToken(db: Queryable, label: string, scopes: readonly string[]): Promise<CreatedToken> {
  const bad = scopes.filter((s) => parseScope(s) === undefined);
  if (bad.length > 0 || scopes.length === 0) throw new Error(`Invalid scope(s): ${bad.join(', ') || '(none given)'}`);
  const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  const id = randomUUID();
  await db.query('INSERT INTO admin_tokens (id, token_hash, label, scopes) VALUES ($1, $2, $3, $4)', [id, hashToken(token), label, [...scopes]]);
  return { id, token, label, scopes };
}

/** Registers a token whose plaintext the caller already has (the local CLI token file). */
export async function ensureToken(db: Queryable, token: string, label: string, scopes: readonly string[]): Promise<boolean> {
  const { rows } = await db.query(
    `INSERT INTO admin_tokens (id, token_hash, label, scopes) VALUES ($1, $2, $3, $4)
     ON CONFLICT (token_hash) DO NOTHING RETURNING id`,
    [randomUUID(), hashToken(token), label, [...scopes]],
  );
  return rows.length > 0;
}

export const newTokenValue = (): string => `${PREFIX}${randomBytes(32).toString('base64url')}`;

export async function authenticate(db: Queryable, token: string): Promise<{ id: string; label: string; scopes: Scopes } | undefined> {
  if (token.length < 10 || token.length > 200) return undefined;
  const { rows } = await db.query<{ id: string; label: string; scopes: string[] }>('SELECT id, label, scopes FROM admin_tokens WHERE token_hash = $1', [hashToken(token)]);
  const row = rows[0];
  return row ? { id: row.id, label: row.label, scopes: toScopes(row.scopes) } : undefined;
}
