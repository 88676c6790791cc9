/**
 * The parent-side snippet for embed pages, served as `/cdn/embed.js` (docs/embedding.md, "In an iframe"):
 *
 *   <iframe src="https://api.example.org/embed/find-your-constituency?partner=your-union&parentOrigin=https://your.site"
 *           title="Find your constituency"></iframe>
 *   <script type="module" src="https://api.example.org/cdn/embed.js"></script>
 *
 * Listens for the embed pages' messages (from the server this script came from, and from one of this page's
 * iframes only), sizes each iframe to its content, and re-dispatches the widgets' events on the iframe element,
 * bubbling, so `document.addEventListener('constituency-found', …)` works as with the script tag.
 */
import type { EmbedMessage } from './messages.js';

const serverOrigin = new URL(import.meta.url).origin;

function isEmbedMessage(data: unknown): data is EmbedMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Partial<Record<keyof EmbedMessage, unknown>>;
  return m.source === 'solidarity-widgets' && m.version === 1 && (m.type === 'resize' || m.type === 'event');
}

function frameOf(source: MessageEventSource | null): HTMLIFrameElement | undefined {
  if (!source) return undefined;
  for (const frame of document.querySelectorAll('iframe')) if (frame.contentWindow === source) return frame;
  return undefined;
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (event.origin !== serverOrigin || !isEmbedMessage(event.data)) return;
  const frame = frameOf(event.source);
  if (!frame) return;
  const message = event.data;
  if (message.type === 'resize') {
    const { height } = message;
    // Through the CSSOM, which a page's CSP allows even without 'unsafe-inline' styles.
    if (typeof height === 'number' && Number.isFinite(height) && height >= 0 && height < 100_000) frame.style.height = `${Math.ceil(height)}px`;
  } else if (typeof message.name === 'string' && /^[a-z]+(?:-[a-z]+)+$/.test(message.name)) {
    frame.dispatchEvent(new CustomEvent(message.name, { detail: message.detail, bubbles: true, composed: true }));
  }
});
