// Its own file (so its own page): the answers', the map's and the eligibility guide's lazy chunks must not have been loaded
// by another test first.
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { within } from '@testing-library/dom';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse, passthrough } from 'msw';
import { createMockHandlers, mockState } from '@solidarity-widgets/sdk/mock';
import { shadowQueries } from '../testing/shadow-queries.js';
import './find-your-constituency.js';

const API = 'http://localhost:8787';
const worker = setupWorker();
beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
afterAll(() => worker.stop());
afterEach(() => document.body.replaceChildren());

/** Requests for module files matching `pattern`: failed (offline) while `offline.on`, otherwise fetched for real. */
function chunkRequests(pattern: RegExp) {
  const state = { on: true, urls: [] as string[] };
  const handler = http.get(pattern, ({ request }) => {
    state.urls.push(request.url);
    return state.on ? HttpResponse.error() : passthrough();
  });
  return { state, handler };
}

async function finder(attrs: string, postcode: string) {
  const el = document.createElement('find-your-constituency');
  el.setAttribute('api-base', API);
  el.setAttribute(attrs, '');
  document.body.append(el);
  const ui = shadowQueries(el);
  await userEvent.fill(await ui.findByRole('textbox', { name: /your postcode/i }), postcode);
  await userEvent.click(ui.getByRole('button', { name: /^find$/i }));
  return { el, ui };
}

// First: every lookup loads the answers' panes, so no test before this one may have made one.
it('says when the answers\u2019 code cannot load, and "Try again" fetches it again and shows the seat', async () => {
  const chunk = chunkRequests(/\/result-panes\.ts/);
  worker.resetHandlers(chunk.handler, ...createMockHandlers({ baseUrl: API, state: mockState() }));
  const { ui } = await finder('data-offline-test', 'SW1A 1AA');
  const alert = await ui.findByRole('alert', {}, { timeout: 5000 });
  expect(alert.textContent).toContain('We could not reach the server');
  expect(ui.queryByRole('heading', { level: 3 })).toBeNull();
  const failed = chunk.state.urls.length;
  expect(failed).toBeGreaterThan(0);

  chunk.state.on = false;
  await userEvent.click(ui.getByRole('button', { name: 'Try again' }));
  expect(await ui.findByRole('heading', { name: /Cities of London and Westminster/, level: 3 }, { timeout: 5000 })).toBeTruthy();
  expect(chunk.state.urls.length).toBeGreaterThan(failed);
});

it('says when the map cannot load, and "Try again" fetches it again and draws it', async () => {
  const chunk = chunkRequests(/\/hexmap\.ts/);
  worker.resetHandlers(chunk.handler, ...createMockHandlers({ baseUrl: API, state: mockState() }));
  const { el, ui } = await finder('show-map', 'SW1A 1AA');
  const message = await ui.findByText('We could not load the map. The nearby seats are listed above.', {}, { timeout: 5000 });
  const nearby = within(el.shadowRoot!.querySelector('[part~="nearby"]') as HTMLElement);
  expect(nearby.getByText(message.textContent!)).toBe(message);
  expect(nearby.getAllByRole('listitem').length).toBeGreaterThan(0);
  const failed = chunk.state.urls.length;

  chunk.state.on = false;
  await userEvent.click(nearby.getByRole('button', { name: 'Try again' }));
  expect(await ui.findByRole('group', { name: /hexagons, around Cities of London and Westminster/ })).toBeTruthy();
  expect(chunk.state.urls.length).toBe(failed + 1);
  expect(nearby.queryByText(/could not load the map/)).toBeNull();
});

it('says when the "Can I vote?" guide cannot load, and "Try again" fetches it again and shows it', async () => {
  const chunk = chunkRequests(/\/can-i-vote\.ts/);
  worker.resetHandlers(chunk.handler, ...createMockHandlers({ baseUrl: API, state: mockState() }));
  const { ui } = await finder('show-eligibility', 'CF23 7AA');
  const section = within(await ui.findByRole('region', { name: 'Can I vote?' }, { timeout: 5000 }));
  expect(await section.findByText('We could not load the guide to who can vote.')).toBeTruthy();
  const failed = chunk.state.urls.length;

  chunk.state.on = false;
  await userEvent.click(section.getByRole('button', { name: 'Try again' }));
  const where = (await ui.findByRole('combobox', { name: 'Where you live' })) as HTMLSelectElement;
  expect(where.value).toBe('Wales');
  expect(chunk.state.urls.length).toBe(failed + 1);
});
