import type { Context, Hono } from 'hono';
import type { ServerConfig } from '../config.js';
import type { AppEnv } from '../http/context.js';
import { HTML_CSP_DIRECTIVES } from '../http/security-headers.js';

/**
 * Hosted embed pages, `/embed/<widget>?partner=&lang=&theme=&…`, for partner sites that allow only iframes
 * (docs/embedding.md, "In an iframe"). One widget on an otherwise empty page, under the example page's strict CSP,
 * except that it may be framed by the partner origins the server allows (ALLOWED_ORIGINS), never by any site.
 * `/cdn/embed-frame.js` inside the page reports its height and the widget's events to the parent, at the parent's
 * origin only; `/cdn/embed.js` on the partner's page resizes the iframe and re-dispatches the events on it.
 */

/** The widgets an embed page can show (the same tags as the CDN loader). */
export const EMBEDDABLE = [
  'find-your-constituency',
  'sign-up-to-canvass',
  'send-solidarity',
  'solidarity-wall',
  'connect-locally',
  'local-groups',
  'pledge-to-vote',
] as const;

const TITLES: Record<(typeof EMBEDDABLE)[number], string> = {
  'find-your-constituency': 'Find your constituency',
  'sign-up-to-canvass': 'Sign up to canvass',
  'send-solidarity': 'Send a message of solidarity',
  'solidarity-wall': 'Messages of solidarity',
  'connect-locally': 'Connect with your local campaign',
  'local-groups': 'Local groups',
  'pledge-to-vote': 'Pledge to vote',
};

/** Query parameters that become attributes of the widget: lower-case attribute names only. */
const ATTRIBUTE = /^[a-z][a-z0-9-]{0,39}$/;
/**
 * Not passed on: the page talks to this server only (its CSP's `connect-src 'self'`), and event handler
 * attributes are never written into the page (they would not run under the CSP anyway).
 */
const RESERVED = new Set(['api-base', 'style', 'class', 'id', 'slot', 'is']);

/** A theme token (docs/theming.md) and the values it may take from a query: colours, lengths, font names. */
const TOKEN = /^--sw-[a-z0-9-]{1,40}$/;
const TOKEN_VALUE = /^(?!.*url)[#A-Za-z0-9 .,%()'"-]{1,80}$/i;

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

/** `https://host[:port]` exactly as `location.origin` has it, or undefined for anything else. */
export function originOf(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

/**
 * Who may frame the page and whom it reports to. Allowed parents are the server's own origin and ALLOWED_ORIGINS.
 * With `*` in ALLOWED_ORIGINS (development only) the page still names one parent, the one the request asks for,
 * rather than letting every site frame it.
 */
export function embedParents(config: Pick<ServerConfig, 'allowedOrigins'>, requested: string | undefined): { frameAncestors: string[]; parentOrigin: string | undefined } {
  const anyOrigin = config.allowedOrigins.includes('*');
  const allowed = config.allowedOrigins.map((o) => originOf(o)).filter((o): o is string => o !== undefined);
  const parentOrigin = requested !== undefined && (anyOrigin || allowed.includes(requested)) ? requested : undefined;
  const frameAncestors = [...new Set([...allowed, ...(anyOrigin && parentOrigin ? [parentOrigin] : [])])];
  return { frameAncestors, parentOrigin };
}

function page(c: Context<AppEnv>, status: 200 | 400 | 404, html: string, frameAncestors: readonly string[]): Response {
  const csp = [...HTML_CSP_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')), `frame-ancestors 'self'${frameAncestors.map((o) => ` ${o}`).join('')}`].join('; ');
  return c.body(html, status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': csp,
    // The page names its parent origin, which depends on the request.
    'Cache-Control': 'no-store',
  });
}

function messagePage(title: string, text: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title></head>
<body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></body></html>
`;
}

export function embedRoutes(app: Hono<AppEnv>, config: Pick<ServerConfig, 'allowedOrigins'>): void {
  app.get('/embed/:widget', (c) => {
    c.set('route', 'GET /embed/:widget');
    const widget = c.req.param('widget');
    const requested = originOf(c.req.query('parentOrigin')) ?? originOf(c.req.header('referer'));
    const { frameAncestors, parentOrigin } = embedParents(config, requested);
    if (!(EMBEDDABLE as readonly string[]).includes(widget)) {
      return page(
        c,
        404,
        messagePage('Widget not found', `There is no widget called "${widget}". Embeddable widgets: ${EMBEDDABLE.join(', ')}.`),
        frameAncestors,
      );
    }
    const tag = widget as (typeof EMBEDDABLE)[number];
    const query = new URL(c.req.url).searchParams;
    const attributes: string[] = [];
    const properties: Record<string, string> = {};
    for (const [name, value] of query) {
      // Theme tokens (`--sw-color-primary=#7a0019`): set on the widget by the frame script (through the CSSOM,
      // which the page's CSP allows, unlike an inline style). Only plain values: no `url()`, no `;`.
      if (TOKEN.test(name)) {
        if (TOKEN_VALUE.test(value)) properties[name] = value;
        continue;
      }
      if (!ATTRIBUTE.test(name) || RESERVED.has(name) || name.startsWith('on')) continue;
      attributes.push(value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`);
    }
    const lang = query.get('lang');
    const htmlLang = lang && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : 'en';
    const html = `<!doctype html>
<html lang="${escapeHtml(htmlLang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(TITLES[tag])}</title>
<script type="module" src="/cdn/widgets.js"></script>
<script type="module" src="/cdn/embed-frame.js"${parentOrigin ? ` data-parent-origin="${escapeHtml(parentOrigin)}"` : ''}${
      Object.keys(properties).length > 0 ? ` data-custom-properties="${escapeHtml(JSON.stringify(properties))}"` : ''
    }></script>
</head>
<body>
<${tag}${attributes.join('')}></${tag}>
</body>
</html>
`;
    return page(c, 200, html, frameAncestors);
  });
}
