import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/context.js';
import { clientIp, clientNetwork } from '../http/client-ip.js';
import { ApiError } from '../http/errors.js';
import { bucketName, hit } from '../http/rate-limit.js';
import { cancelSignup, type PromotionHooks } from '../services/canvass.js';
import { checkCancelToken } from '../services/signing.js';
import type { Queryable } from '../store/types.js';
import { CANCEL_PAGE_MESSAGES, dirOf, pickLanguage, tooManyBody, type CancelPageLang } from './cancel-page-messages.js';

/** The language the supporter signed up in (their emails speak it too), when the link does not say. */
async function signupLanguage(db: Queryable, id: string): Promise<string | undefined> {
  if (!UUID.test(id)) return undefined;
  const { rows } = await db.query<{ language: string | null }>('SELECT language FROM canvass_signups WHERE id = $1', [id]);
  return rows[0]?.language ?? undefined;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
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

const notValid = (lang: CancelPageLang) => page(lang, CANCEL_PAGE_MESSAGES[lang].notValidTitle, `<p>${esc(CANCEL_PAGE_MESSAGES[lang].notValidBody)}</p>`);

/** `{name}` placeholders filled with HTML (the caller escapes every value). */
const fill = (template: string, html: Record<string, string>) => esc(template).replace(/\{(\w+)\}/g, (whole, key: string) => html[key] ?? whole);

/**
 * The page behind a sign-up's `cancelPageUrl`: a supporter opens it from their confirmation and confirms with
 * one button (a GET never cancels, so link previewers and prefetchers cannot cancel anyone). Plain HTML, no
 * script, under the server's strict page CSP; the form posts back here, where the signed token is checked.
 * It speaks the language of the sign-up (`lang` in the link, which the widget adds), else the browser's
 * (cancel-page-messages.ts).
 */
export function cancelPageRoutes(app: Hono<AppEnv>, deps: AppDeps, secret: string, hooks: (url: string) => PromotionHooks = () => ({})): void {
  app.get('/cancel-signup', async (c) => {
    c.set('route', 'GET /cancel-signup');
    const id = c.req.query('id') ?? '';
    const token = c.req.query('token') ?? '';
    const vary = { 'Cache-Control': 'no-store', Vary: 'Accept-Language' };
    // The token first: a guessed link must not learn from the page's language that a sign-up exists.
    if (!UUID.test(id) || !checkCancelToken(secret, id, token)) {
      return c.html(notValid(pickLanguage(c.req.query('lang'), c.req.header('Accept-Language'))), 404, vary);
    }
    const lang = pickLanguage(c.req.query('lang') ?? (await signupLanguage(deps.store, id)), c.req.header('Accept-Language'));
    const say = CANCEL_PAGE_MESSAGES[lang];
    const form = `<p>${esc(say.askBody)}</p>
<form method="post" action="/cancel-signup">
<input type="hidden" name="id" value="${esc(id)}">
<input type="hidden" name="token" value="${esc(token)}">
<input type="hidden" name="lang" value="${lang}">
<button type="submit">${esc(say.askButton)}</button>
</form>`;
    return c.html(page(lang, say.askTitle, form), 200, { ...vary, 'Referrer-Policy': 'no-referrer' });
  });

  app.post('/cancel-signup', async (c) => {
    c.set('route', 'POST /cancel-signup');
    // Counted like any public write from this network, before the body is read (its size is capped in app.ts).
    const { rateLimit, trustProxy } = deps.config;
    try {
      await hit(deps.store, bucketName('net', clientNetwork(clientIp(c, trustProxy)), deps.config.clientHashSecret), rateLimit.perIp, rateLimit.windowSeconds);
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'rate_limited') throw error;
      const minutes = Math.max(1, Math.ceil(Number(error.headers['Retry-After'] ?? 60) / 60));
      // The body is not read before the limit (it may be huge): the language comes from the query or the browser.
      const lang = pickLanguage(c.req.query('lang'), c.req.header('Accept-Language'));
      return c.html(
        page(lang, CANCEL_PAGE_MESSAGES[lang].tooManyTitle, `<p>${esc(tooManyBody(lang, minutes))}</p>`),
        429,
        { ...error.headers, 'Cache-Control': 'no-store' },
      );
    }
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const id = typeof form['id'] === 'string' ? form['id'] : '';
    const token = typeof form['token'] === 'string' ? form['token'] : '';
    const asked = typeof form['lang'] === 'string' ? form['lang'] : undefined;
    if (!UUID.test(id) || !checkCancelToken(secret, id, token)) {
      return c.html(notValid(pickLanguage(asked, c.req.header('Accept-Language'))), 404, { 'Cache-Control': 'no-store' });
    }
    const lang = pickLanguage(asked ?? (await signupLanguage(deps.store, id)), c.req.header('Accept-Language'));
    try {
      const { session } = await deps.store.transaction((tx) => cancelSignup(tx, deps.data, id, hooks(c.req.url)));
      // Node has full ICU (Welsh included); plain English is British English.
      const when = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/London' }).format(new Date(session.startsAt));
      // The session's title and meeting point are the organiser's words, in their language: isolated for bidi.
      const body = fill(CANCEL_PAGE_MESSAGES[lang].doneBody, {
        title: `<strong><bdi>${esc(session.title)}</bdi></strong>`,
        when: esc(when),
        place: `<bdi>${esc(session.meetingPoint)}</bdi>`,
      });
      return c.html(
        page(lang, CANCEL_PAGE_MESSAGES[lang].doneTitle, `<p>${body}</p>`),
        200,
        { 'Cache-Control': 'no-store' },
      );
    } catch (error) {
      if (error instanceof ApiError && error.code === 'signup_not_found') return c.html(notValid(lang), 404, { 'Cache-Control': 'no-store' });
      throw error;
    }
  });
}
