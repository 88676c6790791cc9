// The CDN loader's public functions (docs/embedding.md, "The loader's functions").
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { setupWorker } from 'msw/browser';
import { createMockHandlers, mockState } from '@solidarity-widgets/sdk/mock';
import { loadAllWidgets, loadWidget, setPageDefaults, type WidgetTag } from './cdn.js';

const API = 'http://localhost:8787';
const worker = setupWorker();
const partners: string[] = [];
beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  worker.resetHandlers(...createMockHandlers({ baseUrl: API, state: mockState() }));
  worker.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname === '/v1/solidarity-messages') partners.push(`${url.origin} ${url.searchParams.get('partner')}`);
  });
});
afterAll(() => worker.stop());
afterEach(() => document.body.replaceChildren());

it('setPageDefaults through the loader gives widgets without attributes their API and partner', async () => {
  await setPageDefaults({ apiBase: API, partner: 'unite-london' });
  await loadWidget('solidarity-wall');
  expect(customElements.get('solidarity-wall')).toBeDefined();
  document.body.innerHTML = '<solidarity-wall></solidarity-wall>';
  await expect.poll(() => partners).toEqual([`${API} unite-london`]);
});

it('loadWidget registers one tag on demand (e.g. for a shadow root the loader cannot see); loadAllWidgets every tag', async () => {
  const host = document.createElement('div');
  document.body.append(host);
  host.attachShadow({ mode: 'open' }).innerHTML = '<local-groups constituency="E14001331"></local-groups>';
  const tag: WidgetTag = 'local-groups';
  await loadWidget(tag);
  expect(host.shadowRoot!.querySelector('local-groups')?.shadowRoot).not.toBeNull();
  await loadAllWidgets();
  const tags: WidgetTag[] = ['find-your-constituency', 'sign-up-to-canvass', 'send-solidarity', 'solidarity-wall', 'connect-locally', 'local-groups', 'pledge-to-vote'];
  expect(tags.filter((t) => !customElements.get(t))).toEqual([]);
});
