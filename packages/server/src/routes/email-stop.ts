import type { Context, Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/context.js';
import { checkStopToken, type StopWhat } from '../services/email/context.js';
import { stopPledgeReminders } from '../services/pledges.js';
import { escapeHtml as esc } from '../services/email/layout.js';
import type { Queryable } from '../store/types.js';
import { dirOf, pickLanguage, type CancelPageLang } from './cancel-page-messages.js';
import { EMAIL_STOP_MESSAGES } from './email-stop-messages.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function page(lang: CancelPageLang, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}" dir="${dirOf(lang)}">
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

const notValid = (lang: CancelPageLang) => page(lang, EMAIL_STOP_MESSAGES[lang].notValidTitle, `<p>${esc(EMAIL_STOP_MESSAGES[lang].notValidBody)}</p>`);

/** The language the recipient's emails speak: the sign-up's, the pledge's, or the organiser's. Read only for a verified link. */
async function recipientLanguage(db: Queryable, what: StopWhat, id: string): Promise<string | undefined> {
  const table = { reminders: 'canvass_signups', pledge: 'pledges', organiser: 'organisers' }[what];
  const sql = `SELECT language FROM ${table} WHERE id = $1`;
  const { rows } = await db.query<{ language: string | null }>(sql, [id]);
  return rows[0]?.language ?? undefined;
}

/**
 * The "turn these emails off" link of reminders and organiser notifications. A GET only asks (link scanners and
 * prefetchers open links); the button, or a mail client's one-click `List-Unsubscribe-Post` (RFC 8058: a POST to the
 * same address with `List-Unsubscribe=One-Click`), turns them off. The link is signed: only its recipient has it.
 */
export function emailStopRoutes(app: Hono<AppEnv>, deps: AppDeps, secret: string): void {
  // The page speaks `lang` from the link or the form, else the recipient's stored language (a verified link only),
  // else the browser's Accept-Language, else English: the same 21 languages as the cancellation page.
  const read = async (c: Context<AppEnv>) => {
    const form = c.req.method === 'POST' ? await c.req.parseBody().catch(() => ({}) as Record<string, unknown>) : {};
    const field = (name: string) => c.req.query(name) ?? (typeof form[name] === 'string' ? form[name] : '');
    const what = field('what');
    const id = field('id');
    const token = field('token');
    const asked = field('lang') || undefined;
    const accept = c.req.header('Accept-Language');
    if ((what !== 'reminders' && what !== 'pledge' && what !== 'organiser') || !UUID.test(id) || !checkStopToken(secret, what, id, token)) {
      return { link: undefined, lang: pickLanguage(asked, accept) };
    }
    const lang = pickLanguage(asked ?? (await recipientLanguage(deps.store, what, id)), accept);
    return { link: { what: what as StopWhat, id, token }, lang };
  };
  const headers = { 'Cache-Control': 'no-store', Vary: 'Accept-Language' };

  app.get('/email/stop', async (c) => {
    c.set('route', 'GET /email/stop');
    const { link, lang } = await read(c);
    if (!link) return c.html(notValid(lang), 404, headers);
    const say = EMAIL_STOP_MESSAGES[lang];
    const form = `<form method="post" action="/email/stop">
<input type="hidden" name="what" value="${esc(link.what)}">
<input type="hidden" name="id" value="${esc(link.id)}">
<input type="hidden" name="token" value="${esc(link.token)}">
<input type="hidden" name="lang" value="${lang}">
<button type="submit">${esc(say.button)}</button>
</form>`;
    const ask = { reminders: say.remindersAsk, pledge: say.pledgeAsk, organiser: say.organiserAsk }[link.what];
    return c.html(page(lang, ask, form), 200, { ...headers, 'Referrer-Policy': 'no-referrer' });
  });

  app.post('/email/stop', async (c) => {
    c.set('route', 'POST /email/stop');
    const { link, lang } = await read(c);
    if (!link) return c.html(notValid(lang), 404, headers);
    if (link.what === 'reminders') await deps.store.query('UPDATE canvass_signups SET reminders = false WHERE id = $1', [link.id]);
    else if (link.what === 'pledge') await stopPledgeReminders(deps.store, link.id);
    else await deps.store.query(`UPDATE organisers SET notify = 'off' WHERE id = $1`, [link.id]);
    const say = EMAIL_STOP_MESSAGES[lang];
    const done = { reminders: say.remindersDone, pledge: say.pledgeDone, organiser: say.organiserDone }[link.what];
    return c.html(page(lang, say.doneTitle, `<p>${esc(done)}</p>`), 200, headers);
  });
}
