import { randomUUID } from 'node:crypto';
import { routes } from '@solidarity-widgets/contract';
import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/context.js';
import { forbidden } from '../http/errors.js';
import { recordAudit, requireActor } from '../services/audit.js';
import { emailContextFor, stopUrl } from '../services/email/context.js';
import { checkKey, once, requestHash } from '../services/idempotency.js';
import { checkPledgeable, countPledges, createPledge, exportPledgeSummary, pledgeCount, pledgeSummary, pledgeView } from '../services/pledges.js';
import { jsonText, mount } from './mount.js';

/** A bot filled the hidden field (people never see it). */
const filledHoneypot = (body: { website?: string | undefined }): boolean => body.website !== undefined && body.website.trim() !== '';

/** Pledges to vote (docs/pledges.md): the public pledge and count, the organisers' summary and its CSV. */
export function pledgeRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { store, data, config } = deps;

  mount(app, deps, routes.createPledge, async ({ body, c }) => {
    const key = checkKey(c.req.header('idempotency-key'));
    const ctx = emailContextFor(config, data, c.req.url);
    const stop = (id: string) => stopUrl(ctx, 'pledge', id);
    const now = deps.now();
    if (filledHoneypot(body)) {
      // Answered like a pledge so a bot learns nothing; nothing is stored, counted or sent.
      // Refused as a person's pledge would be: the answer must not tell a bot its hidden field was seen.
      const { nation, today } = checkPledgeable(data, body, now);
      const fake = { id: randomUUID(), partner: body.partner, constituency_code: body.constituencyCode, intent: body.intent, election_type: body.election.type,
        election_date: body.election.date, email: null, reminders: false, language: 'en', created_at: now };
      const count = (await countPledges(store, body.constituencyCode)) + 1;
      return { status: 201, body: { pledge: pledgeView(fake, nation, today, stop), count } };
    }
    const result = await store.transaction((tx) =>
      once(tx, 'createPledge', key, requestHash(body), async () => {
        const { created, row, nation, today } = await createPledge(tx, data, body, now);
        const count = await countPledges(tx, row.constituency_code);
        // No confirmation email (the page shows the dates); reminders come from the housekeeping job on their days.
        const view = pledgeView(row, nation, today, stop);
        // Only the request that made the pledge gets its unsubscribe link: knowing someone's email, seat and election
        // must not be enough to turn their reminders off (their emails carry the link).
        const { stopUrl: _stopUrl, ...withoutStop } = view;
        const receipt = created ? { pledge: view, count } : { pledge: withoutStop, count, alreadyPledged: true as const };
        return { status: created ? 201 : 200, bodyText: JSON.stringify(receipt) };
      }),
    );
    return jsonText(c, result);
  }, { dropped: filledHoneypot });

  mount(app, deps, routes.pledgeCount, async ({ query }) => ({
    body: await pledgeCount(store, data, query.constituency, query.partner),
    // A count may lag half a minute: walls on busy pages read it often.
    headers: { 'Cache-Control': 'public, max-age=30' },
  }));

  const mayRead = (scopes: { admin: boolean; constituencies: ReadonlySet<string>; partners: ReadonlySet<string> }) => {
    if (!scopes.admin && scopes.constituencies.size === 0 && scopes.partners.size === 0) throw forbidden();
  };

  mount(app, deps, routes.adminPledgeSummary, async ({ scopes }) => {
    mayRead(scopes);
    return { body: { rows: await pledgeSummary(store, data, scopes) } };
  });

  mount(app, deps, routes.adminExportPledgeSummary, async ({ scopes, actor, c }) => {
    mayRead(scopes);
    const { csv, rows } = await exportPledgeSummary(store, data, scopes);
    // How many rows went out (counts per seat and partner; there is nobody in them to name).
    await recordAudit(store, requireActor(actor), 'export_pledges', { details: { rows } });
    const day = new Date().toISOString().slice(0, 10);
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="pledges-${day}.csv"`,
    });
  });
}
