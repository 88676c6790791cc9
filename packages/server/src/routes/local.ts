import { routes } from '@solidarity-widgets/contract';
import type { Hono } from 'hono';
import { emailContextFor } from '../services/email/context.js';
import { emailIntroductionReceived } from '../services/email/organiser.js';
import type { AppDeps, AppEnv } from '../http/context.js';
import { checkKey, once, requestHash } from '../services/idempotency.js';
import {
  decideListing,
  exportIntroductions,
  getLocalContact,
  listIntroductions,
  localGroups,
  requestIntroduction,
  setLocalContact,
  updateIntroduction,
} from '../services/local.js';
import { jsonText, mount } from './mount.js';
import { recordAudit, requireActor } from '../services/audit.js';

/** Local contacts, introductions (public write + organisers' scoped inbox) and the moderated groups directory. */
export function localRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { store, data } = deps;

  mount(app, deps, routes.getLocalContact, async ({ params }) => ({
    body: await getLocalContact(store, data, params.code),
    headers: { 'Cache-Control': 'public, max-age=60' },
  }));

  mount(app, deps, routes.adminSetLocalContact, async ({ params, body, scopes, actor }) => {
    const contact = await setLocalContact(store, data, scopes, params.code, body);
    await recordAudit(store, requireActor(actor), 'local_contact_set', { subject: { type: 'constituency', id: params.code }, constituency: params.code });
    return { body: contact };
  });

  mount(app, deps, routes.requestIntroduction, async ({ body, origin, c }) => {
    const key = checkKey(c.req.header('idempotency-key'));
    const result = await store.transaction((tx) =>
      once(tx, 'requestIntroduction', key, requestHash(body), async () => {
        const receipt = await requestIntroduction(tx, data, body, { origin });
        // The receipt to the organisation and the organisers' notices are written with the request, or not at all.
        await emailIntroductionReceived(tx, emailContextFor(deps.config, data, c.req.url), receipt.introduction.id);
        return { status: 201, bodyText: JSON.stringify(receipt) };
      }),
    );
    return jsonText(c, result);
  });

  mount(app, deps, routes.listLocalGroups, async ({ query }) => ({
    body: await localGroups(store, data, { constituency: query.constituency, postcode: query.postcode }),
    headers: { 'Cache-Control': 'public, max-age=60' },
  }));

  mount(app, deps, routes.adminIntroductions, async ({ query, scopes }) => ({
    body: { introductions: await listIntroductions(store, data, scopes, query) },
  }));

  mount(app, deps, routes.adminExportIntroductions, async ({ scopes, c, actor }) => {
    const who = requireActor(actor);
    // How many rows went out, not who was in them; recorded when the download ends (complete or not).
    const csv = exportIntroductions(store, data, scopes, (rows, complete) => recordAudit(store, who, 'export_introductions', { details: { rows, complete } }));
    const day = new Date().toISOString().slice(0, 10);
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="introductions-${day}.csv"`,
    });
  });

  mount(app, deps, routes.adminUpdateIntroduction, async ({ params, body, scopes, actor }) => ({
    body: await store.transaction(async (tx) => {
      const introduction = await updateIntroduction(tx, data, scopes, params.id, body);
      // Whether the notes changed, never what they say (the audit log is read by every admin).
      await recordAudit(tx, requireActor(actor), 'introduction_update', {
        subject: { type: 'introduction', id: introduction.id }, constituency: introduction.constituencies[0]?.code ?? null,
        details: { ...(body.status ? { status: body.status } : {}), ...(body.notes !== undefined ? { notes: 'changed' } : {}) },
      });
      return introduction;
    }),
  }));

  mount(app, deps, routes.adminDecideListing, async ({ params, body, scopes, actor }) => ({
    body: await store.transaction(async (tx) => {
      const introduction = await decideListing(tx, data, scopes, params.id, body);
      await recordAudit(tx, requireActor(actor), 'listing_decision', {
        subject: { type: 'introduction', id: introduction.id }, constituency: introduction.constituencies[0]?.code ?? null, details: { decision: body.decision },
      });
      return introduction;
    }),
  }));
}
