import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setupWorker } from 'msw/browser';
import { within, waitFor } from '@testing-library/dom';
import { createMockHandlers, mockState, type MockState } from '@solidarity-widgets/sdk/mock';
import type { FindYourConstituency } from '../find-your-constituency/find-your-constituency.component.js';
import '../find-your-constituency/find-your-constituency.js';

const API = 'http://localhost:8787';
const worker = setupWorker();
let state: MockState;
const pageUrl = location.href;

beforeAll(() => worker.start({ onUnhandledRequest: 'error', quiet: true }));
afterAll(() => worker.stop());
beforeEach(() => {
  state = mockState();
  worker.resetHandlers(...createMockHandlers({ baseUrl: API, state }));
});
afterEach(() => {
  history.replaceState(null, '', pageUrl);
  document.body.replaceChildren();
});

const referralPosts = () =>
  state.requests.filter((r) => r.method === 'POST' && r.url.includes('/v1/referrals/')).map((r) => ({ path: new URL(r.url).pathname, body: r.body }));

function mount(partner: string) {
  document.body.insertAdjacentHTML('beforeend', `<find-your-constituency api-base="${API}" partner="${partner}" lang="en" share="off"></find-your-constituency>`);
  const all = document.body.querySelectorAll('find-your-constituency');
  const el = all[all.length - 1] as FindYourConstituency;
  return { el, screen: within(el.shadowRoot as unknown as HTMLElement) };
}

describe('a page opened from a shared link', () => {
  it('counts one visit for the link’s code however many widgets the page has, then the action taken', async () => {
    history.replaceState(null, '', `${pageUrl.split('?')[0]}?ref=k2m3n4p5q6`);
    const first = mount('ref-visit-test');
    mount('ref-visit-test');
    await waitFor(() => expect(referralPosts()).toEqual([{ path: '/v1/referrals/k2m3n4p5q6/visit', body: { partner: 'ref-visit-test' } }]));
    await first.el.updateComplete;
    await userEvent.fill(first.screen.getByRole('textbox', { name: /your postcode/i }), 'sw1a1aa');
    await userEvent.click(first.screen.getByRole('button', { name: /^find$/i }));
    await first.screen.findByRole('heading', { name: /your constituency is cities of london and westminster/i });
    await waitFor(() =>
      expect(referralPosts()).toEqual([
        { path: '/v1/referrals/k2m3n4p5q6/visit', body: { partner: 'ref-visit-test' } },
        { path: '/v1/referrals/k2m3n4p5q6/visit', body: { partner: 'ref-visit-test', action: 'lookup' } },
      ]),
    { timeout: 5000 });
  });

  it('sends nothing without a code of ours in the address', async () => {
    history.replaceState(null, '', `${pageUrl.split('?')[0]}?ref=${encodeURIComponent('<script>')}`);
    mount('ref-none-test');
    history.replaceState(null, '', pageUrl);
    mount('ref-none-test-2');
    await new Promise((r) => setTimeout(r, 300));
    expect(referralPosts()).toEqual([]);
  });
});
