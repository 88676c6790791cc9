import { routes } from '@solidarity-widgets/contract';
import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/context.js';
import { forbidden, unauthorized } from '../http/errors.js';
import type { Scopes } from '../services/tokens.js';
import { mount } from './mount.js';
import { recordAudit, requireActor } from '../services/audit.js';

/** A party change alters what every supporter reads about a seat: admin tokens only, not a seat's organiser. */
const adminOnly = (scopes: Scopes) => {
  if (!scopes.admin) throw forbidden('Only admin tokens can record or remove MPs’ party changes.');
};

/** Operators' MP party changes between data releases (issue 13); the lookups apply them (routes/lookup.ts). */
export function partyChangeRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  mount(app, deps, routes.adminAddPartyChange, async ({ body, scopes, actor }) => {
    adminOnly(scopes);
    if (!actor) throw unauthorized();
    const added = await deps.partyChanges.add(body, { tokenId: actor.type === 'token' ? actor.id : null, label: actor.label });
    await recordAudit(deps.store, actor, 'party_change_add', { subject: { type: 'party_change', id: added.id }, constituency: added.constituency.code, details: { party: added.party } });
    return { status: 201, body: added };
  });

  mount(app, deps, routes.adminListPartyChanges, async ({ scopes }) => {
    adminOnly(scopes);
    return { body: { changes: await deps.partyChanges.list() } };
  });

  mount(app, deps, routes.adminRemovePartyChange, async ({ params, scopes, actor }) => {
    adminOnly(scopes);
    const removed = await deps.partyChanges.remove(params.id);
    await recordAudit(deps.store, requireActor(actor), 'party_change_remove', { subject: { type: 'party_change', id: params.id } });
    return { body: { removed } };
  });
}
