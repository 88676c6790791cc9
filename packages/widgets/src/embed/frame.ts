/**
 * Runs inside an embed page (`/embed/<widget>`, packages/server/src/routes/embed.ts), served as `/cdn/embed-frame.js`.
 *
 * Tells the page that frames it how tall the content is (a ResizeObserver, so an answer that appears, a form that
 * grows or an error message all resize the iframe) and forwards the widgets' events. Messages go to the parent's
 * origin only, which the server checked against its allowed origins and wrote on this script's tag
 * (`data-parent-origin`): never `*`, so no other site that frames the page, or that the parent navigates to, reads them.
 */
import type { EmbedMessage } from './messages.js';

/** The events the widgets fire (each declared in `GlobalEventHandlersEventMap` by its widget). */
const EVENTS = [
  'constituency-found',
  'canvass-signed-up',
  'solidarity-sent',
  'solidarity-wall-updated',
  'introduction-requested',
  'local-groups-updated',
  'vote-pledged',
] as const;

const tag = document.querySelector<HTMLScriptElement>('script[src$="/embed-frame.js"]');
const parentOrigin = tag?.dataset['parentOrigin'];

function post(message: EmbedMessage): void {
  if (parentOrigin) window.parent.postMessage(message, parentOrigin);
}

// The iframe is sized to the body: no margins around it, and no margin of the widget collapsing through it.
// (Set through the CSSOM, which the page's `style-src 'self'` allows, unlike an inline style.)
document.documentElement.style.margin = '0';
document.body.style.margin = '0';
document.body.style.display = 'flow-root';

// Theme tokens from the embed address (`--sw-color-primary=%237a0019`), on the widget itself so that they win over
// its `theme` (docs/theming.md), as the server wrote them after checking each value.
const tokens = parseTokens(tag?.dataset['customProperties']);
for (const widget of document.body.children) {
  if (widget.localName.includes('-') && widget instanceof HTMLElement) for (const [name, value] of tokens) widget.style.setProperty(name, value);
}

function parseTokens(raw: string | undefined): [string, string][] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return [];
    return Object.entries(parsed).filter((e): e is [string, string] => e[0].startsWith('--sw-') && typeof e[1] === 'string');
  } catch {
    return [];
  }
}

if (window.parent === window) {
  // Opened on its own (e.g. to try it): nothing to report to.
} else if (!parentOrigin) {
  console.warn(
    '[solidarity-widgets] This embed page does not know its parent page: it cannot resize the iframe or forward events. ' +
      `Add parentOrigin=<your page's origin> to the iframe's address, and ask the server's operator to add that origin to ALLOWED_ORIGINS.`,
  );
} else {
  let last = -1;
  const report = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    post({ source: 'solidarity-widgets', version: 1, type: 'resize', height });
  };
  new ResizeObserver(report).observe(document.body);
  report();
  for (const name of EVENTS) {
    document.addEventListener(name, (event) => {
      // Through JSON: the detail is plain data by design, and this drops anything that could not be cloned.
      const detail: unknown = JSON.parse(JSON.stringify((event as CustomEvent<unknown>).detail ?? null));
      post({ source: 'solidarity-widgets', version: 1, type: 'event', name, detail });
    });
  }
}
