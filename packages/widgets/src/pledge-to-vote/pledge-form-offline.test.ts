// Its own file (so its own page): the pledge form's lazy chunk must not have been loaded by another test first.
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse, passthrough } from 'msw';
import { createMockHandlers, mockState } from '@solidarity-widgets/sdk/mock';
import { shadowQueries } from '../testing/shadow-queries.js';
import './pledge-to-vote.js';

const API = 'http://localhost:8787';
const worker = setupWorker();
beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
afterAll(() => worker.stop());
afterEach(() => document.body.replaceChildren());

it('shows "Loading…" until the form arrives; when it cannot load, says so, and "Try again" fetches it again', async () => {
  const chunk = { on: true, urls: [] as string[] };
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  worker.resetHandlers(
    http.get(/\/pledge-form\.ts/, async ({ request }) => {
      chunk.urls.push(request.url);
      if (chunk.urls.length === 1) await held; // the first request hangs a moment: the loading state is visible
      return chunk.on ? HttpResponse.error() : passthrough();
    }),
    ...createMockHandlers({ baseUrl: API, state: mockState() }),
  );
  const el = document.createElement('pledge-to-vote');
  el.setAttribute('api-base', API);
  el.setAttribute('lang', 'en');
  el.setAttribute('partner', 'unite-london');
  el.setAttribute('constituency', 'E14001331');
  el.setAttribute('election-type', 'general');
  el.setAttribute('election-date', new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10));
  document.body.append(el);
  const ui = shadowQueries(el);
  expect(await ui.findByText('Loading…')).toBeTruthy();
  expect(ui.getByRole('heading', { name: 'Pledge to vote' })).toBeTruthy();
  release();

  expect(await ui.findByText('The pledge form could not be loaded.', {}, { timeout: 5000 })).toBeTruthy();
  const failed = chunk.urls.length;
  chunk.on = false;
  await userEvent.click(ui.getByRole('button', { name: 'Try again' }));
  expect(await ui.findByRole('radio', { name: 'I will vote' })).toBeTruthy();
  expect(chunk.urls.length).toBe(failed + 1);
  expect(ui.queryByText('The pledge form could not be loaded.')).toBeNull();
});
