// Test helper (not built into dist/), also loaded before every widget test file (vitest.config.ts setupFiles).
import { configure, getConfig, within } from '@testing-library/dom';

/**
 * Testing Library takes only an Element or a Document as a container: when a query inside a shadow root found
 * nothing, building the failure message (prettyDOM) threw "Expected an element or document but got ShadowRoot",
 * an unhandled error that hid the real failure and left the test to time out. Describe a shadow root by its
 * host and markup instead; everything else keeps the default message.
 */
const defaultError = getConfig().getElementError;
configure({
  getElementError(message, container) {
    if (container instanceof ShadowRoot) {
      const markup = container.innerHTML.replace(/<!--[^]*?-->/g, '').replace(/\s+/g, ' ').slice(0, 4000);
      const error = new Error(`${message ?? ''}\n\nIn the shadow root of <${container.host.localName}>:\n${markup}`);
      error.name = 'TestingLibraryElementError';
      return error;
    }
    return defaultError(message, container);
  },
});

/** Queries by role, label and text inside `el`'s (open) shadow root. */
export function shadowQueries(el: Element) {
  const root = el.shadowRoot;
  if (!root) throw new Error(`<${el.localName}> has no open shadow root`);
  // The queries only need querySelectorAll, which a ShadowRoot has; failures are described above.
  return within(root as unknown as HTMLElement);
}
