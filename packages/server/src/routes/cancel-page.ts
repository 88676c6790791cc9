import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/context.js';
import { clientIp, clientNetwork } from '../http/client-ip.js';
import { ApiError } from '../http/errors.js';
import { bucketName, hit } from '../http/rate-limit.js';
import { cancelSignup, type PromotionHooks } from '../services/canvass.js';
import { checkCancelToken } from '../services/signing.js';
import { emailLanguage, formatWhen, t, textDirection } from '../services/email/i18n.js';
import type { Queryable } from '../store/types.js';

/** The page speaks the language the supporter signed up in, as their email did. */
async function signupLanguage(db: Queryable, id: string): Promise<string> {
  const { rows } = await db.query<{ language: string | null }>('SELECT language FROM canvass_signups WHERE id = $1', [id]);
  return emailLanguage(rows[0]?.language);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function page(title: string, body: string, language = 'en'): string {
  return `<!doctype html>
<html lang="${esc(language)}" dir="${textDirection(language)}">
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

const notValid = () =>
  page('This cancellation link does not work', '<p>The link may be incomplete or already used for a sign-up that was erased. Please contact the organiser of your session.</p>');

/**
 * The page behind a sign-up's `cancelPageUrl`: a supporter opens it from their confirmation and confirms with
 * one button (a GET never cancels, so link previewers and prefetchers cannot cancel anyone). Plain HTML, no
 * script, under the server's strict page CSP; the form posts back here, where the signed token is checked.
 */
export function cancelPageRoutes(app: Hono<AppEnv>, deps: AppDeps, secret: string, hooks: (url: string) => PromotionHooks = () => ({})): void {
  app.get('/cancel-signup', async (c) => {
    c.set('route', 'GET /cancel-signup');
    const id = c.req.query('id') ?? '';
    const token = c.req.query('token') ?? '';
    if (!UUID.test(id) || !checkCancelToken(secret, id, token)) return c.html(notValid(), 404, { 'Cache-Control': 'no-store' });
    const language = await signupLanguage(deps.store, id);
    const form = `<p>${esc(t(language, 'page.cancel.explain'))}</p>
<form method="post" action="/cancel-signup">
<input type="hidden" name="id" value="${esc(id)}">
<input type="hidden" name="token" value="${esc(token)}">
<button type="submit">${esc(t(language, 'signup.cancelLabel'))}</button>
</form>`;
    return c.html(page(t(language, 'page.cancel.title'), form, language), 200, { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
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
      return c.html(
        page('Too many attempts', `<p>Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try the link from your confirmation again.</p>`),
        429,
        { ...error.headers, 'Cache-Control': 'no-store' },
      );
    }
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const id = typeof form['id'] === 'string' ? form['id'] : '';
    const token = typeof form['token'] === 'string' ? form['token'] : '';
    if (!UUID.test(id) || !checkCancelToken(secret, id, token)) return c.html(notValid(), 404, { 'Cache-Control': 'no-store' });
    try {
      const language = await signupLanguage(deps.store, id);
      const { session } = await deps.store.transaction((tx) => cancelSignup(tx, deps.data, id, hooks(c.req.url)));
      // Escaped first, then the title emphasised: the sentence comes from the catalogue, the title from the organiser.
      const done = esc(t(language, 'page.cancel.done', { title: '\u0000', when: formatWhen(language, session.startsAt), place: session.meetingPoint }))
        .replace('\u0000', `<strong>${esc(session.title)}</strong>`);
      return c.html(
        page(t(language, 'page.cancel.doneTitle'), `<p>${done}</p>`, language),
        200,
        { 'Cache-Control': 'no-store' },
      );
    } catch (error) {
      if (error instanceof ApiError && error.code === 'signup_not_found') return c.html(notValid(), 404, { 'Cache-Control': 'no-store' });
      throw error;
    }
  });
}
