import type { ReferralPartnerStats } from '@solidarity-widgets/contract';
import type { HttpHandler } from 'msw';
import type { LocalToolkit } from './local-handlers.js';

/** Share after acting: counts per shared link's code and partner, as the real server keeps them (counts only). */
export function referralHandlers({ r }: Pick<LocalToolkit, 'r'>): HttpHandler[] {
  const counts = new Map<string, { partner: string | null; code: string; visits: number; actions: number }>();
  return [
    r('recordReferralVisit', ({ params, body }) => {
      const key = `${params.code}\n${body.partner ?? ''}`;
      const row = counts.get(key) ?? { partner: body.partner ?? null, code: params.code, visits: 0, actions: 0 };
      if (body.action) row.actions += 1;
      else row.visits += 1;
      counts.set(key, row);
      return { status: 202, body: { counted: true as const } };
    }),
    r('adminReferrals', () => {
      const byPartner = new Map<string | null, ReferralPartnerStats>();
      for (const row of [...counts.values()].sort((a, b) => b.visits - a.visits || b.actions - a.actions || a.code.localeCompare(b.code))) {
        const p = byPartner.get(row.partner) ?? { partner: row.partner, shares: 0, visits: 0, actions: 0, top: [] };
        p.shares += 1;
        p.visits += row.visits;
        p.actions += row.actions;
        if (p.top.length < 50) p.top.push({ code: row.code, visits: row.visits, actions: row.actions });
        byPartner.set(row.partner, p);
      }
      return { body: { partners: [...byPartner.values()].sort((a, b) => b.visits - a.visits) } };
    }),
  ];
}
