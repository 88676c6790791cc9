// <sign-up-to-canvass party="lab">: sessions in the seats a partner's party could win and must hold (issue 13 §3).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { within } from '@testing-library/dom';
import { setupWorker } from 'msw/browser';
import axe from 'axe-core';
import { createMockHandlers, mockState, type MockState } from '@solidarity-widgets/sdk/mock';
import { shadowQueries } from '../testing/shadow-queries.js';
import './sign-up-to-canvass.js';

const API = 'http://localhost:8787';
const LEWISHAM_EAST = 'E14001331';
const BROMLEY_TITLE = 'Weeknight leafleting around Bromley North';
const WESTMINSTER_TITLE = 'Lunchtime stall at Strutton Ground market';

const worker = setupWorker();
let state: MockState;
beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: (request, print) => void (new URL(request.url).pathname.startsWith('/v1/') && print.error()) }));
afterAll(() => worker.stop());
beforeEach(() => {
  state = mockState();
  worker.resetHandlers(...createMockHandlers({ baseUrl: API, state }));
});
afterEach(() => document.body.replaceChildren());

function mount(attrs: string) {
  const host = document.createElement('div');
  host.innerHTML = `<sign-up-to-canvass api-base="${API}" lang="en" constituency="${LEWISHAM_EAST}" ${attrs}></sign-up-to-canvass>`;
  document.body.append(host);
  const el = host.firstElementChild!;
  return { el, ui: shadowQueries(el), root: el.shadowRoot as unknown as HTMLElement };
}

const paths = () => state.requests.map((r) => new URL(r.url)).map((u) => `${u.pathname}${u.search}`);

describe('<sign-up-to-canvass party="lab">', () => {
  it('lists sessions in seats Labour could win and must hold, with the swing each needs, from 2024 votes', async () => {
    const m = mount('party="lab"');
    const win = (await m.ui.findByRole('heading', { name: 'Sessions in seats Labour could win, nearest first' }, { timeout: 5000 })).closest('section')!;
    // Bromley and Biggin Hill, 2024: Con 15,929, Lab 15,627 of 46,788 → a swing of 0.32 points.
    expect(within(win).getByRole('heading', { name: BROMLEY_TITLE })).toBeTruthy();
    expect(win.textContent).toContain('Based on 2024 votes.');
    expect(win.textContent).toContain('Labour needs a swing of 0.3 points to win this seat.');
    const hold = m.ui.getByRole('heading', { name: 'Sessions in seats Labour must hold, nearest first' }).closest('section')!;
    // Cities of London and Westminster, 2024: Lab won by 2,708 of 39,215 → a swing of 3.45 points against it.
    expect(within(hold).getByRole('heading', { name: WESTMINSTER_TITLE })).toBeTruthy();
    expect(hold.textContent).toMatch(/A swing of 3\.\d points against Labour would lose this seat\./);
    // Targets replace nearby marginals, and only seats the answer counted sessions in were asked for theirs.
    expect(m.ui.queryByRole('heading', { name: /nearby marginal seats/i })).toBeNull();
    expect(paths().some((p) => p.includes('nearby-marginals'))).toBe(false);
    expect(paths().filter((p) => p.startsWith('/v1/canvass-sessions?constituency=')).sort()).toEqual([
      '/v1/canvass-sessions?constituency=E14001137',
      '/v1/canvass-sessions?constituency=E14001172',
      `/v1/canvass-sessions?constituency=${LEWISHAM_EAST}`,
    ]);
    expect((await axe.run(m.root as unknown as Element, { resultTypes: ['violations'] })).violations.map((v) => v.id)).toEqual([]);
  });

  it('without a party stays neutral: sessions in nearby marginal seats, no targets asked for', async () => {
    const m = mount('');
    await m.ui.findByRole('heading', { name: /nearby marginal seats/i }, { timeout: 5000 });
    expect(m.ui.queryByRole('heading', { name: /could win/ })).toBeNull();
    expect(paths().some((p) => p.includes('/targets'))).toBe(false);
  });

  it('an unknown party says what the server said, with a retry', async () => {
    const m = mount('party="labour"');
    const alert = await m.ui.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('No party has the code "labour"');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
