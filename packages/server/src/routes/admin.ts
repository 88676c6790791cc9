import { routes } from '@solidarity-widgets/contract';
import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/context.js';
import { forbidden } from '../http/errors.js';
import { erasePerson, exportSignups } from '../services/people.js';
import { mount } from './mount.js';
import { recordAudit, requireActor } from '../services/audit.js';

export function adminRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { store } = deps;

  mount(app, deps, routes.adminExportSignups, async ({ scopes, c, actor }) => {
    if (!scopes.admin && scopes.constituencies.size === 0) throw forbidden('Only constituency organisers can export sign-ups.');
    const who = requireActor(actor);
    // How many rows went out, not who was in them; recorded when the download ends (complete or not).
    const csv = exportSignups(store, scopes, (rows, complete) => recordAudit(store, who, 'export_signups', { details: { rows, complete } }));
    const day = new Date().toISOString().slice(0, 10);
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="canvass-signups-${day}.csv"`,
    });
  });

  mount(app, deps, routes.adminErasePerson, async ({ query, scopes, actor }) => {
    if (!scopes.admin && scopes.constituencies.size === 0 && scopes.partners.size === 0) throw forbidden();
    const erased = await store.transaction(async (tx) => {
      const counts = await erasePerson(tx, scopes, query.email);
      // Only how many records went: the address itself is what was erased, and must not survive in the log.
      await recordAudit(tx, requireActor(actor), 'erase_person', { details: { ...counts } });
      return counts;
    });
    return { body: { erased } };
  });
}
