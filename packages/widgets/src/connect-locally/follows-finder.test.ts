import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setupWorker } from 'msw/browser';
import { delay, http, HttpResponse } from 'msw';
import { configure, within, waitFor } from '@testing-library/dom';
import { createMockHandlers, mockState, type MockState } from '@solidarity-widgets/sdk/mock';
import type { ConnectLocally } from './connect-locally.component.js';
import type { FindYourConstituency } from '../find-your-constituency/find-your-constituency.component.js';
import './connect-locally.js';
import '../find-your-constituency/find-your-constituency.js';

configure({ getElementError: (message) => new Error(message ?? 'element not found') });

const API = 'http://localhost:8787';
const worker = setupWorker();
let state: MockState;

beforeAll(() => worker.start({ onUnhandledRequest: 'error', quiet: true }));
afterAll(() => worker.stop());
beforeEach(() => {
  state = mockState();
  // A second Lewisham East postcode, as a supporter would type it.
  state.postcodes['SE6 4AA'] = { ...structuredClone(state.postcodes['SE6 1AA']!), query: 'SE6 4AA' };
  worker.resetHandlers(...createMockHandlers({ baseUrl: API, state }));
});
afterEach(() => document.body.replaceChildren());

/** A partner page with the finder above the introduction form, as in the example page. */
async function page(connectAttrs = '') {
  const host = document.createElement('div');
  host.innerHTML = `<find-your-constituency api-base="${API}" lang="en"></find-your-constituency>
    <connect-locally api-base="${API}" lang="en" ${connectAttrs}></connect-locally>`;
  document.body.append(host);
  const finderEl = host.querySelector('find-your-constituency') as FindYourConstituency;
  const connectEl = host.querySelector('connect-locally') as ConnectLocally;
  await Promise.all([finderEl.updateComplete, connectEl.updateComplete]);
  const finder = within(finderEl.shadowRoot as unknown as HTMLElement);
  const connect = within(connectEl.shadowRoot as unknown as HTMLElement);
  const search = async (postcode: string) => {
    await userEvent.fill(finder.getByRole('textbox', { name: /your postcode/i }), postcode);
    await userEvent.click(finder.getByRole('button', { name: /^find$/i }));
  };
  return { finderEl, connectEl, finder, connect, search };
}

describe('<connect-locally> follows <find-your-constituency> on the same page', () => {
  it('follows every seat the finder shows, keeps what the organisation typed, and leaves focus with the finder', async () => {
    const p = await page();
    await userEvent.fill(p.connect.getByLabelText(/name of your organisation/i), 'Catford Tamil Association');

    await p.search('SE6 4AA');
    await p.connect.findByText('Constituency: Lewisham East');
    await p.search('SW1A 1AA');
    await p.connect.findByText('Constituency: Cities of London and Westminster');
    expect(p.connect.queryByText('Constituency: Lewisham East')).toBeNull();
    expect((p.connect.getByLabelText(/name of your organisation/i) as HTMLInputElement).value).toBe('Catford Tamil Association');

    // The supporter is still in the finder: focus is there (on its result), not stolen, and not dropped on <body>.
    await waitFor(() => expect(document.activeElement).toBe(p.finderEl));
    expect(p.finderEl.shadowRoot?.activeElement).not.toBeNull();
  });

  it('a seat the organisation chose in the form itself is not overwritten by the finder', async () => {
    const p = await page();
    await userEvent.fill(p.connect.getByLabelText(/^postcode$/i), 'SE13 6');
    await userEvent.click(p.connect.getByRole('button', { name: /find constituencies/i }));
    await userEvent.click(await p.connect.findByRole('checkbox', { name: /lewisham north/i }));
    await p.search('SW1A 1AA');
    await p.finder.findByRole('heading', { name: /cities of london and westminster/i });
    expect((p.connect.getByRole('checkbox', { name: /lewisham north/i }) as HTMLInputElement).checked).toBe(true);
    expect(p.connect.queryByText('Constituency: Cities of London and Westminster')).toBeNull();
  });

  it('a slow lookup the page started with is aborted when the finder answers first, and its answer never shows', async () => {
    worker.use(
      http.get(`${API}/v1/postcodes/SE13%206`, async () => {
        await delay(600);
        return HttpResponse.json(state.postcodes['SE13 6']);
      }),
    );
    // Watch the signal the widget gives its slow request.
    const signals: AbortSignal[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input).includes('SE13') && init?.signal) signals.push(init.signal);
      return realFetch(input, init);
    };
    try {
      const p = await page('postcode="SE13 6"');
      await waitFor(() => expect(signals).toHaveLength(1));
      await p.search('SW1A 1AA');
      await p.connect.findByText('Constituency: Cities of London and Westminster');
      expect(signals[0]?.aborted).toBe(true);
      await new Promise((r) => setTimeout(r, 800));
      // The stale answer (a split sector) must not replace the seat the supporter just found.
      expect(p.connect.getByText('Constituency: Cities of London and Westminster')).toBeTruthy();
      expect(p.connect.queryByText(/SE13 6 is split/i)).toBeNull();
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('after finding its own area, focus lands on the answer, not on <body>', async () => {
    const p = await page();
    await userEvent.fill(p.connect.getByLabelText(/^postcode$/i), 'SW1A 1AA');
    worker.use(http.get(`${API}/v1/postcodes/:postcode`, async () => {
      await delay(300);
      return HttpResponse.json(state.postcodes['SW1A 1AA']);
    }));
    const find = p.connect.getByRole('button', { name: /find constituencies/i });
    await userEvent.click(find);
    // While it looks, the button keeps the focus (a disabled button would drop it to <body>).
    await p.connect.findByRole('button', { name: /finding/i });
    expect(p.connectEl.shadowRoot?.activeElement).toBe(find);
    const answer = await p.connect.findByText('Constituency: Cities of London and Westminster');
    await waitFor(() => expect(document.activeElement).toBe(p.connectEl));
    expect(p.connectEl.shadowRoot?.activeElement).toBe(answer);
    // "Change area" takes the supporter back to the postcode field.
    await userEvent.click(p.connect.getByRole('button', { name: /change area/i }));
    await waitFor(() => expect(p.connectEl.shadowRoot?.activeElement).toBe(p.connect.getByLabelText(/^postcode$/i)));
  });
});
