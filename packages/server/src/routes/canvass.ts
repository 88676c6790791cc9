import { randomBytes } from 'node:crypto';
import { routes, type CanvassSession } from '@solidarity-widgets/contract';
import type { Queryable } from '../store/types.js';
import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/context.js';
import {
  cancelSession,
  cancelSignup,
  createSession,
  getSession,
  listOwnSessions,
  listSessions,
  listSignups,
  writeSignup,
  signupReceipt,
  type SignupFacts,
  updateSession,
} from '../services/canvass.js';
import { checkKey, replayOf, requestHash, type StoredResponse } from '../services/idempotency.js';
import { refusedError } from '../services/write-calls.js';
import { cancelToken, checkCancelToken } from '../services/signing.js';
import type { Scopes } from '../services/tokens.js';
import { ApiError, forbidden } from '../http/errors.js';
import { emailContextFor, type EmailContext } from '../services/email/context.js';
import { emailLanguage } from '../services/email/i18n.js';
import { emailPromoted, emailSessionChanged } from '../services/email/supporter.js';
import { cancelPageRoutes } from './cancel-page.js';
import { emailStopRoutes } from './email-stop.js';
import { jsonText, mount } from './mount.js';
import { recordAudit, requireActor } from '../services/audit.js';

/** Session tools are for constituency organisers (and `admin`); partner-only tokens are refused outright. */
function mustOrganise(scopes: Scopes): void {
  if (!scopes.admin && scopes.constituencies.size === 0) throw forbidden('Only constituency organisers can manage sessions and sign-ups.');
}

const changedForSupporters = (a: CanvassSession, b: CanvassSession): boolean =>
  a.title !== b.title ||
  a.startsAt !== b.startsAt ||
  a.endsAt !== b.endsAt ||
  a.meetingPoint !== b.meetingPoint ||
  a.organiser.name !== b.organiser.name ||
  a.organiser.contact !== b.organiser.contact ||
  a.accessibility !== b.accessibility;

export function canvassRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { store, data, config } = deps;
  // One secret per app: SIGNING_SECRET or <DATA_DIR>/signing-secret (see startServer); random when neither is given.
  const secret = config.signingSecret ?? randomBytes(32).toString('base64url');

  const emailContext = (url: string): EmailContext => emailContextFor(config, data, url);
  const promotionEmails = (url: string) => ({ promoted: (tx: Queryable, ids: readonly string[]) => emailPromoted(tx, emailContext(url), ids) });

  // The page a supporter opens from their confirmation (cancelUrl) to give up their place.
  cancelPageRoutes(app, deps, secret, promotionEmails);
  // "Turn these emails off" links (and List-Unsubscribe one-click) of reminders and organiser notifications.
  emailStopRoutes(app, deps, secret);

  mount(app, deps, routes.listCanvassSessions, async ({ query }) => ({
    body: { sessions: await listSessions(store, data, { constituency: query.constituency, near: query.near }) },
  }));

  // A sign-up's answer, made from its facts: the first answer and a replay of its Idempotency-Key are the same bytes.
  // Only the request that made (or remade) the sign-up gets its cancellation token: knowing someone's email and the
  // session must not be enough to cancel them, so a repeat without the key gets none.
  const signupAnswer = (facts: SignupFacts): StoredResponse => {
    const receipt = signupReceipt(facts, data);
    if (!facts.created) return { status: 200, bodyText: JSON.stringify(receipt) };
    const token = cancelToken(secret, facts.id);
    return { status: 201, bodyText: JSON.stringify({ ...receipt, cancelToken: token, cancelUrl: `${facts.base}/cancel-signup?id=${facts.id}&token=${encodeURIComponent(token)}` }) };
  };
  // A key stores the answer's facts (migration 0017); one stored before it, the answer's text.
  const signupReplay = (stored: object): StoredResponse & { replayed: true } => {
    const facts = (stored as { facts?: SignupFacts }).facts;
    return facts ? { ...signupAnswer(facts), replayed: true } : replayOf(stored);
  };

  mount(app, deps, routes.createCanvassSignup, async ({ body, origin, writeLimits, c }) => {
    const key = checkKey(c.req.header('idempotency-key'));
    const base = (config.publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '');
    let written;
    try {
      // ONE autocommitted call (docs/decisions/0010-write-path.md, third round): the limits, the key, the sign-up, its
      // emails as facts for the outbox worker, the answer's facts with the key and the partner's count. The
      // confirmation is written with the sign-up: both exist, or neither.
      written = await writeSignup(store, body, {
        origin, limitArgs: writeLimits.args, route: 'createCanvassSignup', key, hash: key === undefined ? null : requestHash(body),
        base, emailLanguage: emailLanguage(body.language),
      });
    } catch (error) {
      throw refusedError(error, writeLimits.settle);
    }
    writeLimits.settle(written.limits);
    return jsonText(c, written.replay !== null ? signupReplay(written.replay) : { ...signupAnswer(written.facts), replayed: false });
  }, { limitsInTransaction: true });

  mount(app, deps, routes.cancelCanvassSignup, async ({ params, body, c }) => {
    if (!checkCancelToken(secret, params.id, body.token)) {
      throw new ApiError('signup_not_found', 'There is no sign-up with this id and cancellation token.');
    }
    return { body: await store.transaction((tx) => cancelSignup(tx, data, params.id, promotionEmails(c.req.url))) };
  });

  mount(app, deps, routes.adminCreateCanvassSession, async ({ body, scopes, actor }) => {
    if (!scopes.admin && !scopes.constituencies.has(body.constituencyCode)) {
      throw forbidden('Your token does not organise this constituency.');
    }
    const session = await createSession(store, data, body);
    await recordAudit(store, requireActor(actor), 'session_create', { subject: { type: 'canvass_session', id: session.id }, constituency: session.constituency.code });
    return { body: session };
  });

  mount(app, deps, routes.adminListCanvassSessions, async ({ scopes }) => {
    mustOrganise(scopes);
    return { body: { sessions: await listOwnSessions(store, data, scopes) } };
  });

  mount(app, deps, routes.adminUpdateCanvassSession, async ({ params, body, scopes, actor, c }) => {
    mustOrganise(scopes);
    return {
      body: await store.transaction(async (tx) => {
        const before = await getSession(tx, data, params.id);
        const session = await updateSession(tx, data, scopes, params.id, body, promotionEmails(c.req.url));
        await recordAudit(tx, requireActor(actor), 'session_update', {
          subject: { type: 'canvass_session', id: session.id }, constituency: session.constituency.code, details: { fields: Object.keys(body).sort().join(' ') },
        });
        // Supporters hear about what changes their plans (time, place, who, access), not a new capacity.
        if (before && changedForSupporters(before, session)) await emailSessionChanged(tx, emailContext(c.req.url), params.id, 'changed');
        return session;
      }),
    };
  });

  mount(app, deps, routes.adminCancelCanvassSession, async ({ params, scopes, actor, c }) => {
    mustOrganise(scopes);
    return {
      body: await store.transaction(async (tx) => {
        const before = await getSession(tx, data, params.id);
        const session = await cancelSession(tx, data, scopes, params.id);
        await recordAudit(tx, requireActor(actor), 'session_cancel', { subject: { type: 'canvass_session', id: session.id }, constituency: session.constituency.code });
        if (before && before.status !== 'cancelled') await emailSessionChanged(tx, emailContext(c.req.url), params.id, 'cancelled');
        return session;
      }),
    };
  });

  mount(app, deps, routes.adminListCanvassSignups, async ({ query, scopes }) => {
    mustOrganise(scopes);
    return { body: { signups: await listSignups(store, data, scopes, query.session) } };
  });
}
