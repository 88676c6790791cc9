import { routes } from '@solidarity-widgets/contract';
import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/context.js';
import { createSession, listSessions, signUp } from '../services/canvass.js';
import { checkKey, once, requestHash } from '../services/idempotency.js';
import { forbidden } from '../http/errors.js';
import { jsonText, mount } from './mount.js';

export function canvassRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { store, data } = deps;

  mount(app, deps, routes.listCanvassSessions, async ({ query }) => ({
    body: { sessions: await listSessions(store, data, { constituency: query.constituency }) },
  }));

  mount(app, deps, routes.createCanvassSignup, async ({ body, origin, c }) => {
    const key = checkKey(c.req.header('idempotency-key'));
    const result = await store.transaction((tx) =>
      once(tx, 'createCanvassSignup', key, requestHash(body), async () => {
        const { created, receipt } = await signUp(tx, data, body, { origin });
        return { status: created ? 201 : 200, bodyText: JSON.stringify(receipt) };
      }),
    );
    return jsonText(c, result);
  });

  mount(app, deps, routes.adminCreateCanvassSession, async ({ body, scopes }) => {
    if (!scopes.admin && !scopes.constituencies.has(body.constituencyCode)) {
      throw forbidden('Your token does not organise this constituency.');
    }
    return { body: await createSession(store, data, body) };
  });
}
