import { routes } from '@solidarity-widgets/contract';
import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/context.js';
import { forbidden } from '../http/errors.js';
import { countReferral, referralStats } from '../services/referrals.js';
import { mount } from './mount.js';

/** Share after acting: the public counter (a write, rate-limited by mount like the others) and the per-partner counts. */
export function referralRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  mount(app, deps, routes.recordReferralVisit, async ({ params, body }) => {
    await countReferral(deps.store, params.code, body.partner, body.action !== undefined);
    return { status: 202, body: { counted: true as const } };
  });

  mount(app, deps, routes.adminReferrals, async ({ scopes }) => {
    if (!scopes.admin && scopes.partners.size === 0) throw forbidden();
    return { body: await referralStats(deps.store, scopes) };
  });
}
