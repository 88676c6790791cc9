import type { ReferralStats } from '@solidarity-widgets/contract';
import type { Queryable } from '../store/types.js';
import type { Scopes } from './tokens.js';

/**
 * Counts what shared links brought (docs/sharing.md): a visit when a page opened from a link with `?ref=<code>`
 * loads a widget, an action when the visitor then acted. One upsert; nothing about the visitor is stored.
 */
export async function countReferral(db: Queryable, code: string, partner: string | undefined, action: boolean): Promise<void> {
  await db.query(
    `INSERT INTO referral_counts (code, partner, visits, actions) VALUES ($1, $2, $3, $4)
     ON CONFLICT (code, partner) DO UPDATE SET
       visits = referral_counts.visits + EXCLUDED.visits,
       actions = referral_counts.actions + EXCLUDED.actions,
       last_day = CURRENT_DATE`,
    [code, partner ?? '', action ? 0 : 1, action ? 1 : 0],
  );
}

interface TotalRow { partner: string; shares: string | number; visits: string | number; actions: string | number }
interface CodeRow { partner: string; code: string; visits: number; actions: number }

const TOP = 50;

/** Per partner within the token's reach (admins all, partner tokens their partners), busiest partner first. */
export async function referralStats(db: Queryable, scopes: Scopes): Promise<ReferralStats> {
  const partners = [...scopes.partners];
  const totals = await db.query<TotalRow>(
    `SELECT partner, count(*) AS shares, sum(visits) AS visits, sum(actions) AS actions FROM referral_counts
     WHERE $1 OR partner = ANY($2::text[]) GROUP BY partner ORDER BY sum(visits) DESC, partner`,
    [scopes.admin, partners],
  );
  const codes = await db.query<CodeRow>(
    `SELECT partner, code, visits, actions FROM (
       SELECT partner, code, visits, actions,
              row_number() OVER (PARTITION BY partner ORDER BY visits DESC, actions DESC, code) AS n
       FROM referral_counts WHERE $1 OR partner = ANY($2::text[])
     ) ranked WHERE n <= $3 ORDER BY partner, n`,
    [scopes.admin, partners, TOP],
  );
  return {
    partners: totals.rows.map((t) => ({
      partner: t.partner || null,
      shares: Number(t.shares),
      visits: Number(t.visits),
      actions: Number(t.actions),
      top: codes.rows.filter((c) => c.partner === t.partner).map((c) => ({ code: c.code, visits: c.visits, actions: c.actions })),
    })),
  };
}
