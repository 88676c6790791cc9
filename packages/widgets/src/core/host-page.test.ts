// Every widget, in every language, on one partner page: nothing a widget draws may change the page around it.
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { setupWorker } from 'msw/browser';
import { createMockHandlers, mockState } from '@solidarity-widgets/sdk/mock';
import '../define.js';

const API = 'http://localhost:8787';
const TAGS = ['find-your-constituency', 'sign-up-to-canvass', 'send-solidarity', 'solidarity-wall', 'connect-locally', 'local-groups'];
const LANGS = ['en', 'cy', 'pl', 'ar'];

const worker = setupWorker();
beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
afterAll(() => worker.stop());
afterEach(() => document.body.replaceChildren());

/** Puts every widget in every language on the page and waits until each has drawn its first view in its language. */
async function mountAll(): Promise<HTMLElement[]> {
  worker.resetHandlers(...createMockHandlers({ baseUrl: API, state: mockState() }));
  const els: HTMLElement[] = [];
  for (const lang of LANGS) {
    for (const tag of TAGS) {
      const el = document.createElement(tag);
      el.setAttribute('api-base', API);
      el.setAttribute('lang', lang);
      // A seat, so the list-like widgets draw their lists too.
      if (tag !== 'find-your-constituency' && tag !== 'send-solidarity' && tag !== 'solidarity-wall') el.setAttribute('constituency', 'E14001331');
      document.body.append(el);
      els.push(el);
    }
  }
  await expect
    .poll(
      () => els.filter((el) => el.lang === 'ar').every((el) => /[\u0600-\u06ff]/.test(el.shadowRoot?.textContent ?? '')) &&
        els.every((el) => !el.shadowRoot?.querySelector('[aria-busy="true"], [part~="loading"]')),
      { timeout: 10_000 },
    )
    .toBe(true);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return els;
}

it('every widget in English, Welsh, Polish and Arabic leaves the page exactly as wide as the window', async () => {
  await mountAll();
  const page = document.documentElement;
  expect({ scrollWidth: page.scrollWidth }).toEqual({ scrollWidth: page.clientWidth });
  expect(document.body.scrollWidth).toBe(document.body.clientWidth);
});
