import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/context.js';
import { escapeHtml as esc } from '../services/email/layout.js';
import type { EmailAttachment } from '../services/outbox.js';
import { emailContextFor } from '../services/email/context.js';
import { renderWaiting } from '../services/email/from-facts.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The framed email body may only style itself: no script, no fetch, no form, no plugin, and it lives in a sandbox
 * (no scripts, an opaque origin) whose one freedom is that a click on a link opens it, in a new tab or this one.
 */
const SANDBOX = 'allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation';
const BODY_CSP = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox ${SANDBOX}`;

interface MailRow {
  id: string;
  kind: string;
  to_address: string;
  language: string;
  subject: string | null;
  text_body: string | null;
  html_body: string | null;
  headers: Record<string, string> | string;
  attachments: EmailAttachment[] | string;
  attempts: number;
  sent_at: Date | string | null;
  failed_at: Date | string | null;
  send_after: Date | string;
  created_at: Date | string;
}

const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);
const when = (v: Date | string) => new Date(v).toISOString().replace('T', ' ').slice(0, 19) + ' UTC';
const status = (r: MailRow) => (r.sent_at ? 'delivered to this mailbox' : r.failed_at ? 'given up' : `queued (not before ${when(r.send_after)})`);

/** Escaped text with its http(s) links made clickable: how a newcomer follows a confirmation to its cancellation page. */
function linkify(text: string): string {
  return text
    .split(/(https?:\/\/[^\s<>"']+)/g)
    .map((part, i) => (i % 2 === 1 ? `<a href="${esc(part)}">${esc(part)}</a>` : esc(part)))
    .join('');
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${esc(title)}</title></head>
<body>
<main>
<h1>${esc(title)}</h1>
<p>Development mailbox: with no <code>SMTP_URL</code> set, emails stay in this server's database and are shown here instead of being sent. It is never served in production.</p>
${body}
</main>
</body>
</html>
`;
}

// A row whose facts this server could not render (see last_error): shown as such, never as an empty email.
const NOT_RENDERED = '(not rendered: this server cannot render this email)';

const COLUMNS = 'id, kind, to_address, language, subject, text_body, html_body, headers, attachments, attempts, sent_at, failed_at, send_after, created_at';

/**
 * `/console/mail`: what would have been emailed, for a development server (no SMTP_URL, NODE_ENV not production; app.ts
 * mounts it only then, so elsewhere these addresses are 404 like any other). Plain HTML under the page CSP; the email's
 * own HTML is shown in a sandboxed frame, served with a CSP of its own that lets nothing run.
 */
export function devMailboxRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const notFound = () => new Response(page('No such email', '<p><a href="/console/mail">All emails</a></p>'), {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
  // A sign-up's emails are written as facts and rendered by the outbox worker (migration 0017): render what is still
  // waiting, so what this page shows is what will be sent, whether or not the worker has reached it yet.
  const rendered = (url: string) => renderWaiting(deps.store, emailContextFor(deps.config, deps.data, url));
  const find = async (id: string, url: string) => {
    if (!UUID.test(id)) return undefined;
    await rendered(url);
    const { rows } = await deps.store.query<MailRow>(`SELECT ${COLUMNS} FROM outbox WHERE id = $1`, [id]);
    return rows[0];
  };

  app.get('/console/mail', async (c) => {
    c.set('route', 'GET /console/mail');
    await rendered(c.req.url);
    const { rows } = await deps.store.query<MailRow>(`SELECT ${COLUMNS} FROM outbox ORDER BY created_at DESC, id LIMIT 200`);
    const list = rows.length === 0
      ? '<p>No emails yet. Sign up to a canvassing session on the example page, then come back.</p>'
      : `<table><thead><tr><th scope="col">Created</th><th scope="col">To</th><th scope="col">Subject</th><th scope="col">Kind</th><th scope="col">Status</th></tr></thead><tbody>
${rows.map((r) => `<tr><td>${esc(when(r.created_at))}</td><td>${esc(r.to_address)}</td><td><a href="/console/mail/${esc(r.id)}">${esc(r.subject ?? NOT_RENDERED)}</a></td><td>${esc(r.kind)}</td><td>${esc(status(r))}</td></tr>`).join('\n')}
</tbody></table>`;
    return c.html(page('Emails', list), 200, { 'Cache-Control': 'no-store' });
  });

  app.get('/console/mail/:id', async (c) => {
    c.set('route', 'GET /console/mail/{id}');
    const row = await find(c.req.param('id'), c.req.url);
    if (!row) return notFound();
    const headers = json(row.headers);
    const attachments = json(row.attachments);
    const body = `<p><a href="/console/mail">All emails</a></p>
<dl>
<dt>To</dt><dd>${esc(row.to_address)}</dd>
<dt>Subject</dt><dd>${esc(row.subject ?? NOT_RENDERED)}</dd>
<dt>Kind</dt><dd>${esc(row.kind)} (${esc(row.language)})</dd>
<dt>Status</dt><dd>${esc(status(row))}</dd>
${Object.entries(headers).map(([k, v]) => `<dt>${esc(k)}</dt><dd>${linkify(v)}</dd>`).join('\n')}
</dl>
${attachments.length > 0 ? `<h2>Attachments</h2><ul>${attachments.map((a, i) => `<li><a href="/console/mail/${esc(row.id)}/attachments/${i}" download="${esc(a.filename)}">${esc(a.filename)}</a> (${esc(a.contentType)})</li>`).join('')}</ul>` : ''}
<h2>As HTML</h2>
<iframe src="/console/mail/${esc(row.id)}/html" sandbox="${SANDBOX}" title="The email as HTML" width="700" height="500"></iframe>
<h2>As plain text</h2>
<pre>${linkify(row.text_body ?? NOT_RENDERED)}</pre>`;
    return c.html(page(row.subject ?? NOT_RENDERED, body), 200, { 'Cache-Control': 'no-store' });
  });

  app.get('/console/mail/:id/html', async (c) => {
    c.set('route', 'GET /console/mail/{id}/html');
    const row = await find(c.req.param('id'), c.req.url);
    if (!row) return notFound();
    // Links open outside the frame (a user's click), so a cancellation link lands on its page, not inside the frame.
    const html = (row.html_body ?? NOT_RENDERED).replace(/<head>/i, '<head><base target="_top">');
    return c.html(html, 200, { 'Cache-Control': 'no-store', 'Content-Security-Policy': BODY_CSP, 'Referrer-Policy': 'no-referrer' });
  });

  app.get('/console/mail/:id/attachments/:n', async (c) => {
    c.set('route', 'GET /console/mail/{id}/attachments/{n}');
    const row = await find(c.req.param('id'), c.req.url);
    const attachment = row ? json(row.attachments)[Number(c.req.param('n'))] : undefined;
    if (!attachment) return notFound();
    const filename = attachment.filename.replace(/[^A-Za-z0-9._-]/g, '_');
    return c.body(attachment.content, 200, {
      'Content-Type': attachment.contentType,
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    });
  });
}
