import { routes } from '@solidarity-widgets/contract';
import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/context.js';
import { ApiError, forbidden, unauthorized } from '../http/errors.js';
import { auditLogPage, recordAudit, type Actor } from '../services/audit.js';
import { setAttendance } from '../services/canvass.js';
import { organiserView } from '../services/console.js';
import { dashboard } from '../services/dashboard.js';
import { createOrganiser, getOrganiser, listOrganisers, updateOrganiser } from '../services/organisers.js';
import type { Scopes } from '../services/tokens.js';
import { mount } from './mount.js';

const adminOnly = (scopes: Scopes) => {
  if (!scopes.admin) throw forbidden('Only admins manage organisers.');
};
const organiserNotFound = () => new ApiError('organiser_not_found', 'No organiser has this id.');
const organiserExists = () => new ApiError('organiser_exists', 'Another organiser already has this email address.');
const need = (actor: Actor | null): Actor => {
  if (!actor) throw unauthorized();
  return actor;
};

/** Organisers (admins), the audit log, attendance and the dashboard (issue 12): token or console session. */
export function consoleAdminRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { store, data } = deps;

  mount(app, deps, routes.adminListOrganisers, async ({ scopes }) => {
    adminOnly(scopes);
    return { body: { organisers: (await listOrganisers(store)).map(organiserView) } };
  });

  mount(app, deps, routes.adminCreateOrganiser, async ({ scopes, body, actor }) => {
    adminOnly(scopes);
    const created = await store.transaction(async (tx) => {
      const o = await createOrganiser(tx, body);
      if (!o) throw organiserExists();
      await recordAudit(tx, need(actor), 'organiser_create', { subject: { type: 'organiser', id: o.id }, details: { scopes: o.scopes.join(' ') } });
      return o;
    });
    return { status: 201, body: organiserView(created) };
  });

  mount(app, deps, routes.adminUpdateOrganiser, async ({ scopes, params, body, actor }) => {
    adminOnly(scopes);
    const updated = await store.transaction(async (tx) => {
      const o = await updateOrganiser(tx, params.id, body);
      if (o === undefined) throw organiserNotFound();
      if (o === 'email_taken') throw organiserExists();
      await recordAudit(tx, need(actor), 'organiser_update', {
        subject: { type: 'organiser', id: o.id },
        // Which fields changed, and the new scopes (not personal data); never the address or name.
        details: { fields: Object.keys(body).sort().join(' '), scopes: o.scopes.join(' ') },
      });
      return o;
    });
    return { body: organiserView(updated) };
  });

  mount(app, deps, routes.adminDisableOrganiser, async ({ scopes, params, actor }) => {
    adminOnly(scopes);
    const disabled = await store.transaction(async (tx) => {
      if (!(await getOrganiser(tx, params.id))) throw organiserNotFound();
      const o = await updateOrganiser(tx, params.id, { disabled: true });
      if (o === undefined || o === 'email_taken') throw organiserNotFound();
      await recordAudit(tx, need(actor), 'organiser_disable', { subject: { type: 'organiser', id: o.id } });
      return o;
    });
    return { body: organiserView(disabled) };
  });

  mount(app, deps, routes.adminAuditLog, async ({ scopes, query, actor }) => ({
    body: await auditLogPage(store, scopes, need(actor), { cursor: query.cursor, limit: query.limit }),
  }));

  mount(app, deps, routes.adminSetAttendance, async ({ scopes, params, body, actor }) => {
    const signup = await store.transaction(async (tx) => {
      const s = await setAttendance(tx, data, scopes, params.id, body.attended);
      await recordAudit(tx, need(actor), 'attendance_set', {
        subject: { type: 'canvass_signup', id: s.id }, constituency: s.constituency.code, details: { attended: body.attended },
      });
      return s;
    });
    return { body: signup };
  });

  mount(app, deps, routes.adminDashboard, async ({ scopes, session }) => ({
    body: await dashboard(store, data, scopes, session?.previousSignInAt ?? null),
  }));
}
