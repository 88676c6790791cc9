import { routes } from '@solidarity-widgets/contract';
import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/context.js';
import { forbidden } from '../http/errors.js';
import { erasePerson, exportSignups } from '../services/people.js';
import { mount } from './mount.js';

export function adminRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { store } = deps;

  mount(app, deps, routes.adminExportSignups, async ({ scopes, c }) => {
    if (!scopes.admin && scopes.constituencies.size === 0) throw forbidden('Only constituency organisers can export sign-ups.');
    const csv = await exportSignups(store, scopes);
    const day = new Date().toISOString().slice(0, 10);
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="canvass-signups-${day}.csv"`,
    });
  });

  mount(app, deps, routes.adminErasePerson, async ({ query, scopes }) => {
    if (!scopes.admin && scopes.constituencies.size === 0 && scopes.partners.size === 0) throw forbidden();
    return { body: { erased: await store.transaction((tx) => erasePerson(tx, scopes, query.email)) } };
  });
}
