import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import { configure, within, waitFor } from '@testing-library/dom';
import axe from 'axe-core';
import { createMockHandlers, mockState, type MockState } from '@solidarity-widgets/sdk/mock';
import type { LocalGroups } from './local-groups.component.js';
import './local-groups.js';

configure({ getElementError: (message) => new Error(message ?? 'element not found') });

const API = 'http://localhost:8787';
const worker = setupWorker();
let state: MockState;

beforeAll(() => worker.start({ onUnhandledRequest: 'error', quiet: true }));
afterAll(() => worker.stop());
beforeEach(() => {
  state = mockState();
  worker.resetHandlers(...createMockHandlers({ baseUrl: API, state }));
});
afterEach(() => document.body.replaceChildren());

async function mount(attrs: string) {
  const host = document.createElement('div');
  host.innerHTML = `<local-groups api-base="${API}" ${attrs}></local-groups>`;
  document.body.append(host);
  const el = host.querySelector('local-groups') as LocalGroups;
  await el.updateComplete;
  const root = el.shadowRoot as unknown as HTMLElement;
  return { el, root, screen: within(root) };
}

async function expectNoAxeViolations(root: HTMLElement) {
  const results = await axe.run(root as unknown as Element, { resultTypes: ['violations'] });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
}

describe('<local-groups>', () => {
  it('lists approved groups in the seat first, then neighbours with their distance; a contact only where the group agreed', async () => {
    const updated = new Promise<unknown>((resolve) => document.addEventListener('local-groups-updated', (e) => resolve((e as CustomEvent).detail), { once: true }));
    const m = await mount('lang="en" constituency="E14001331"');
    await m.screen.findByRole('heading', { name: 'Groups near Lewisham East' });
    expect(await updated).toEqual({ constituency: { code: 'E14001331', name: 'Lewisham East' }, count: 2 });
    const names = m.screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(names).toEqual(['Lewisham Polish Community Association', 'Unite Lewisham Community Branch']);
    const [first, second] = m.screen.getAllByRole('listitem');
    const text = (el: Element | undefined) => el?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text(first)).toMatch(/Diaspora association · In Lewisham East/);
    expect(text(first)).toMatch(/Languages: Polish and English/);
    expect(text(first)).toMatch(/Offers: canvassers and translators/);
    expect(within(first!).getByRole('link', { name: 'kontakt@lewisham-polish.example.org' }).getAttribute('href')).toBe('mailto:kontakt@lewisham-polish.example.org');
    expect(text(second)).toMatch(/km away, in Lewisham North/);
    expect(within(second!).queryByRole('link')).toBeNull();
    // Never the contact person or the pending request.
    expect(m.root.textContent).not.toMatch(/Agnieszka|Yusuf|Gurdwara/);
    expect(m.screen.getByRole('status').textContent).toMatch(/2 groups listed near Lewisham East/);
    await expectNoAxeViolations(m.root);
  });

  it('says honestly when no group is listed yet and links to the introduction form', async () => {
    state.introductions = state.introductions.filter((i) => i.listing !== 'approved');
    const m = await mount('lang="en" constituency="S14000060" connect-url="#introduce"');
    await m.screen.findByText('No groups are listed near Aberdeen North yet.', { selector: '[part~="empty"]' });
    expect(m.screen.getByRole('link', { name: /ask to be introduced and listed/i }).getAttribute('href')).toBe('#introduce');
    await expectNoAxeViolations(m.root);
  });

  it('takes a postcode, and follows the finder on the page', async () => {
    const m = await mount('lang="en" postcode="SE13 6"');
    await m.screen.findByRole('heading', { name: 'Groups near Lewisham East' });
    document.dispatchEvent(
      new CustomEvent('constituency-found', {
        detail: { code: 'S14000060', name: 'Aberdeen North', nation: 'Scotland', mp: 'x', party: 'x', majorityPct: 0.1, marginality: 'safe', nearbyMarginals: [], postcode: 'AB16 7AA' },
      }),
    );
    await m.screen.findByRole('heading', { name: 'Groups near Aberdeen North' });
  });

  it('a failed load says so and retries from the keyboard', async () => {
    worker.use(http.get(`${API}/v1/local-groups`, () => HttpResponse.json({ error: { code: 'internal_error', message: 'x' } }, { status: 500 })));
    const m = await mount('lang="en" constituency="E14001331"');
    const retry = await m.screen.findByRole('button', { name: /try again/i }, { timeout: 10_000 });
    expect(m.root.textContent).toMatch(/could not load the local groups/i);
    worker.resetHandlers(...createMockHandlers({ baseUrl: API, state }));
    retry.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(m.screen.getAllByRole('listitem')).toHaveLength(2));
  });

  it('speaks Welsh, and Arabic right to left', async () => {
    const cy = await mount('lang="cy" constituency="E14001331"');
    await cy.screen.findByRole('heading', { name: 'Grwpiau ger Lewisham East' });
    document.body.replaceChildren();
    const ar = await mount('lang="ar" constituency="E14001331"');
    await ar.screen.findByRole('heading', { name: 'مجموعات قرب \u2068Lewisham East\u2069' });
    expect(ar.root.querySelector('[part~="base"]')?.getAttribute('dir')).toBe('rtl');
    await expectNoAxeViolations(ar.root);
  });
});
