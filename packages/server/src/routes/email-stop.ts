import type { Context, Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/context.js';
import { checkStopToken, type StopWhat } from '../services/email/context.js';
import { escapeHtml as esc } from '../services/email/layout.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WHAT: Readonly<Record<StopWhat, { readonly ask: string; readonly done: string }>> = {
  reminders: { ask: 'Stop reminders for this canvassing session?', done: 'You will get no more reminders for this session. Your place is unchanged.' },
  organiser: { ask: 'Stop notification emails about sign-ups, introductions and messages?', done: 'You will get no more notification emails. An admin can turn them on again for you.' },
};

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${esc(title)}</title></head>
<body>
<main>
<h1>${esc(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

const notValid = () => page('This link does not work', '<p>The link may be incomplete. Nothing was changed.</p>');

/**
 * The "turn these emails off" link of reminders and organiser notifications. A GET only asks (link scanners and
 * prefetchers open links); the button, or a mail client's one-click `List-Unsubscribe-Post` (RFC 8058: a POST to the
 * same address with `List-Unsubscribe=One-Click`), turns them off. The link is signed: only its recipient has it.
 */
export function emailStopRoutes(app: Hono<AppEnv>, deps: AppDeps, secret: string): void {
  const read = async (c: Context<AppEnv>) => {
    const form = c.req.method === 'POST' ? await c.req.parseBody().catch(() => ({}) as Record<string, unknown>) : {};
    const field = (name: string) => c.req.query(name) ?? (typeof form[name] === 'string' ? form[name] : '');
    const what = field('what');
    const id = field('id');
    const token = field('token');
    if ((what !== 'reminders' && what !== 'organiser') || !UUID.test(id) || !checkStopToken(secret, what, id, token)) return undefined;
    return { what: what as StopWhat, id, token };
  };

  app.get('/email/stop', async (c) => {
    c.set('route', 'GET /email/stop');
    const link = await read(c);
    if (!link) return c.html(notValid(), 404, { 'Cache-Control': 'no-store' });
    const form = `<form method="post" action="/email/stop">
<input type="hidden" name="what" value="${esc(link.what)}">
<input type="hidden" name="id" value="${esc(link.id)}">
<input type="hidden" name="token" value="${esc(link.token)}">
<button type="submit">Stop these emails</button>
</form>`;
    return c.html(page(WHAT[link.what].ask, form), 200, { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
  });

  app.post('/email/stop', async (c) => {
    c.set('route', 'POST /email/stop');
    const link = await read(c);
    if (!link) return c.html(notValid(), 404, { 'Cache-Control': 'no-store' });
    if (link.what === 'reminders') await deps.store.query('UPDATE canvass_signups SET reminders = false WHERE id = $1', [link.id]);
    else await deps.store.query(`UPDATE organisers SET notify = 'off' WHERE id = $1`, [link.id]);
    return c.html(page('Done', `<p>${esc(WHAT[link.what].done)}</p>`), 200, { 'Cache-Control': 'no-store' });
  });
}
