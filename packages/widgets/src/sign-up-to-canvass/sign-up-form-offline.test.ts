// Its own file (so its own page): the lazy chunks (the form's code, the Polish catalogues) must not have been
// loaded by another test first.
import { afterAll, beforeAll, expect, it, onTestFinished } from 'vitest';
import { userEvent } from 'vitest/browser';
import { within } from '@testing-library/dom';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse, passthrough } from 'msw';
import { createMockHandlers, mockState } from '@solidarity-widgets/sdk/mock';
import { shadowQueries } from '../testing/shadow-queries.js';
import './sign-up-to-canvass.js';

const API = 'http://localhost:8787';
const TITLE = 'Saturday doorstep: Catford and Rushey Green';
const worker = setupWorker();
beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
afterAll(() => worker.stop());

/** Requests for module files matching `pattern`: failed (offline) while `offline.on`, otherwise fetched for real. */
function chunkRequests(pattern: RegExp) {
  const state = { on: true, urls: [] as string[] };
  const handler = http.get(pattern, ({ request }) => {
    state.urls.push(request.url);
    return state.on ? HttpResponse.error() : passthrough();
  });
  return { state, handler };
}

it('shows the network error with a retry when the form\u2019s code cannot load, keeping the saved draft; "Try again" fetches it again', async () => {
  const state = mockState();
  const api = createMockHandlers({ baseUrl: API, state });
  // The form's chunk fails to load (offline), the API answers.
  const chunk = chunkRequests(/\/sign-up-form\.ts/);
  worker.resetHandlers(chunk.handler, ...api);
  // A saved draft to restore: it must survive the failed load and the retry.
  const session = state.sessions.find((s) => s.title === TITLE)!;
  const values = { name: 'Kasia Nowak', email: 'kasia@example.org', phone: '', languages: ['pl'], otherLanguages: '', firstTime: false };
  const key = `solidarity-widgets:canvass-draft:${session.id}`;
  localStorage.setItem(key, JSON.stringify({ v: 1, savedAt: Date.now(), startsAt: session.startsAt, values }));
  const el = document.createElement('sign-up-to-canvass');
  onTestFinished(() => {
    el.remove();
    localStorage.removeItem(key);
  });
  el.setAttribute('api-base', API);
  el.setAttribute('constituency', 'E14001331');
  document.body.append(el);
  const ui = shadowQueries(el);
  const heading = await ui.findByRole('heading', { name: TITLE }, { timeout: 5000 });
  await userEvent.click(within(heading.closest('li') as HTMLElement).getByRole('button', { name: /continue your sign-up/i }));
  const alert = await ui.findByRole('alert');
  expect(alert.textContent).toContain('We could not reach the server');
  expect(alert.textContent).toContain('Everything you typed is still here.');
  expect(ui.queryByRole('form')).toBeNull();
  const failed = chunk.state.urls.length;
  expect(failed).toBeGreaterThan(0);

  chunk.state.on = false; // back online
  await userEvent.click(ui.getByRole('button', { name: 'Try again' }));
  expect(await ui.findByRole('form')).toBeTruthy();
  // The browser did not answer from its cached failure: the retry was a new request for the form's code.
  expect(chunk.state.urls.length).toBe(failed + 1);
  expect((ui.getByLabelText(/your name/i) as HTMLInputElement).value).toBe('Kasia Nowak');
  expect((ui.getByRole('checkbox', { name: /^polish/i }) as HTMLInputElement).checked).toBe(true);
});

it('shows English while the Polish text cannot load, then fetches it again and switches to Polish', async () => {
  const api = createMockHandlers({ baseUrl: API, state: mockState() });
  // Both catalogues this widget reads in Polish (the shared one and its own) fail to download.
  const catalogues = chunkRequests(/\/messages\/pl\.ts/);
  worker.resetHandlers(catalogues.handler, ...api);
  const el = document.createElement('sign-up-to-canvass');
  el.setAttribute('api-base', API);
  el.setAttribute('constituency', 'E14001331');
  el.setAttribute('lang', 'pl');
  onTestFinished(() => el.remove());
  document.body.append(el);
  const ui = shadowQueries(el);
  const heading = await ui.findByRole('heading', { name: TITLE }, { timeout: 5000 });
  const item = within(heading.closest('li') as HTMLElement);
  // Still usable meanwhile, in English.
  expect(item.getByRole('button', { name: 'Choose this session' })).toBeTruthy();
  await expect.poll(() => new Set(catalogues.state.urls.map((u) => new URL(u).pathname)).size).toBe(2);

  catalogues.state.on = false; // back online
  window.dispatchEvent(new Event('online'));
  expect(await item.findByRole('button', { name: 'Wybierz to spotkanie' }, { timeout: 5000 })).toBeTruthy();
  // The second attempts were new requests, not the browser's cached failures.
  const fetched = catalogues.state.urls.slice(2);
  expect(fetched.length).toBeGreaterThanOrEqual(2);
});
