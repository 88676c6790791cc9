import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { makeConfig } from '../config.js';
import type { AppEnv } from '../http/context.js';
import { requestLog, silentLogger } from '../http/logging.js';
import { embedParents, embedRoutes } from './embed.js';

// The page a partner frames: the real middleware sets the security headers, as in the running server.
function appWith(allowedOrigins: string[]) {
  const app = new Hono<AppEnv>();
  app.use('*', requestLog(silentLogger));
  embedRoutes(app, makeConfig({ allowedOrigins }));
  return app;
}
const app = appWith(['https://www.union.example', 'https://union.example/']);

const frameAncestors = (res: Response) => /frame-ancestors ([^;]*)/.exec(res.headers.get('content-security-policy') ?? '')?.[1];

describe('GET /embed/<widget>', () => {
  it('serves the widget with its options as attributes, the bundle and the frame script, under the strict CSP', async () => {
    const res = await app.request('/embed/find-your-constituency?partner=unite-london&lang=cy&theme=dark&show-map&nearby-count=3');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('<html lang="cy">');
    expect(html).toContain('<find-your-constituency partner="unite-london" lang="cy" theme="dark" show-map nearby-count="3"></find-your-constituency>');
    expect(html).toContain('<script type="module" src="/cdn/widgets.js"></script>');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-frame-options')).toBeNull();
  });

  it('may be framed by the allowed origins only, never by any site', async () => {
    const res = await app.request('/embed/solidarity-wall');
    expect(frameAncestors(res)).toBe("'self' https://www.union.example https://union.example");
    // `*` in ALLOWED_ORIGINS (development) still names one parent: the one the page was asked for.
    const dev = await appWith(['*']).request('/embed/solidarity-wall?parentOrigin=http://localhost:5173');
    expect(frameAncestors(dev)).toBe("'self' http://localhost:5173");
    expect(frameAncestors(await appWith(['*']).request('/embed/solidarity-wall'))).toBe("'self'");
  });

  it('reports to the parent origin only when it is allowed (from parentOrigin, else the Referer)', async () => {
    const own = await app.request('/embed/send-solidarity?parentOrigin=https://www.union.example');
    expect(await own.text()).toContain('data-parent-origin="https://www.union.example"');
    const referred = await app.request('/embed/send-solidarity', { headers: { Referer: 'https://union.example/support/' } });
    expect(await referred.text()).toContain('data-parent-origin="https://union.example"');
    const other = await app.request('/embed/send-solidarity?parentOrigin=https://evil.example');
    expect(await other.text()).not.toContain('data-parent-origin');
    expect(embedParents({ allowedOrigins: ['https://a.example'] }, 'https://b.example').parentOrigin).toBeUndefined();
  });

  it('writes no markup from the query: values are escaped, event handlers and api-base dropped', async () => {
    const res = await app.request(
      `/embed/solidarity-wall?partner=${encodeURIComponent('"><script>alert(1)</script>')}&onclick=alert(1)&api-base=https://evil.example&${encodeURIComponent('x"y')}=1`,
    );
    const html = await res.text();
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('partner="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).not.toContain('onclick');
    expect(html).not.toContain('evil.example');
    expect(html).not.toContain('x"y');
  });

  it('an unknown widget is a 404 page naming the ones there are', async () => {
    const res = await app.request('/embed/find-my-mp');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('Widget not found');
    expect(html).toContain('find-your-constituency');
  });
});

describe('theme tokens in the address', () => {
  it('passes --sw-* tokens with plain values to the frame script, and drops anything else', async () => {
    const query = new URLSearchParams({ '--sw-color-primary': '#7a0019', '--sw-radius': '0', '--sw-color-text': 'url(https://evil.example/x)', '--sw-space': '1rem; color: red' });
    const html = await (await app.request(`/embed/send-solidarity?${query}`)).text();
    expect(html).toContain('data-custom-properties="{&quot;--sw-color-primary&quot;:&quot;#7a0019&quot;,&quot;--sw-radius&quot;:&quot;0&quot;}"');
    expect(html).not.toContain('evil.example');
    expect(html).not.toContain('color: red');
  });
});
