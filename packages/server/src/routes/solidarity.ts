import { routes } from '@solidarity-widgets/contract';
import type { Hono } from 'hono';
import { emailContextFor } from '../services/email/context.js';
import { DEFAULT_MODERATION_NOTICE_MINUTES, notifyModerators } from '../services/email/organiser.js';
import type { AppDeps, AppEnv } from '../http/context.js';
import { checkKey, once, replayOf, requestHash } from '../services/idempotency.js';
import { refusalOf, refusedError } from '../services/write-calls.js';
import { REJECTED_RETENTION_DAYS, eraseMessage, filledHoneypot, moderate, moderationQueue, purgeRejected, submitMessage, wall, writeMessage } from '../services/solidarity.js';
import { jsonText, mount } from './mount.js';
import { recordAudit, requireActor } from '../services/audit.js';

export function solidarityRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { store, config } = deps;

  mount(app, deps, routes.sendSolidarityMessage, async ({ body, origin, limits, writeLimits, c }) => {
    const key = checkKey(c.req.header('idempotency-key'));
    const hash = key === undefined ? null : requestHash(body);
    try {
      // One autocommitted call: limits, key, duplicate check, message, stored answer (docs/decisions/0010-write-path.md).
      const written = await writeMessage(store, body, {
        origin, minFormMs: config.minFormMs, noticeMinutes: config.moderationNoticeMinutes ?? DEFAULT_MODERATION_NOTICE_MINUTES,
        limitArgs: writeLimits.args, route: 'sendSolidarityMessage', key, hash,
      });
      writeLimits.settle(written.limits);
      return jsonText(c, written.replay !== null ? replayOf(written.replay) : { status: 202, bodyText: written.bodyText, replayed: false });
    } catch (error) {
      if (refusalOf(error)?.code !== 'needs_transaction') throw refusedError(error, writeLimits.settle);
    }
    // A moderator is due a "messages are waiting" email (at most one an hour each): the long way, in a transaction
    // that renders it with the message.
    const result = await store.transaction(async (tx) => {
      await limits(tx);
      return once(tx, 'sendSolidarityMessage', key, hash ?? '', async () => {
        const receipt = await submitMessage(tx, body, { origin, minFormMs: config.minFormMs });
        // Moderators hear that messages are waiting (at most one email per interval each); a bot's hidden-field send is
        // stored nowhere and tells no one.
        if (!filledHoneypot(body)) {
          await notifyModerators(tx, emailContextFor(config, deps.data, c.req.url), body.partner ?? null, config.moderationNoticeMinutes);
        }
        return { status: 202, bodyText: JSON.stringify(receipt) };
      });
    });
    return jsonText(c, result);
  }, { dropped: (body) => filledHoneypot(body), limitsInTransaction: true });

  mount(app, deps, routes.listSolidarityMessages, async ({ query }) => ({
    body: await wall(store, { partner: query.partner, cursor: query.cursor, limit: query.limit }),
    headers: { 'Cache-Control': 'public, max-age=30' },
  }));

  mount(app, deps, routes.adminModerationQueue, async ({ query, scopes }) => ({
    body: { messages: await moderationQueue(store, scopes, query.status) },
  }));

  mount(app, deps, routes.adminModerateMessage, async ({ params, body, scopes, actor }) => ({
    body: await store.transaction(async (tx) => {
      const message = await moderate(tx, scopes, params.id, body);
      // The decision, never the text or the reason (which may quote it).
      await recordAudit(tx, requireActor(actor), 'moderate_message', {
        subject: { type: 'solidarity_message', id: message.id }, partner: message.partner, details: { decision: body.decision },
      });
      return message;
    }),
  }));

  mount(app, deps, routes.adminEraseMessage, async ({ params, scopes, actor }) => ({
    body: {
      erased: await store.transaction(async (tx) => {
        const { rows } = await tx.query<{ partner: string | null }>('SELECT partner FROM solidarity_messages WHERE id = $1', [params.id]);
        const erased = await eraseMessage(tx, scopes, params.id);
        await recordAudit(tx, requireActor(actor), 'erase_message', { subject: { type: 'solidarity_message', id: params.id }, partner: rows[0]?.partner ?? null });
        return erased;
      }),
    },
  }));

  mount(app, deps, routes.adminPurgeRejectedMessages, async ({ scopes, actor }) => {
    const purged = await purgeRejected(store, scopes);
    await recordAudit(store, requireActor(actor), 'purge_rejected_messages', { details: { solidarityMessages: purged } });
    return { body: { purged: { solidarityMessages: purged }, retentionDays: REJECTED_RETENTION_DAYS } };
  });
}
