// Its own file (so its own page): the form's lazy chunk must not have been loaded by another test first.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { within } from '@testing-library/dom';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import { createMockHandlers, mockState } from '@solidarity-widgets/sdk/mock';
import './sign-up-to-canvass.js';

const API = 'http://localhost:8787';
const TITLE = 'Saturday doorstep: Catford and Rushey Green';
const worker = setupWorker();
beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
afterAll(() => worker.stop());

it('shows the network error with a retry when the form\u2019s code cannot load, keeping the saved draft', async () => {
  const state = mockState();
  const api = createMockHandlers({ baseUrl: API, state });
  // The form's chunk fails to load (offline), the API answers.
  worker.resetHandlers(http.get(/\/sign-up-form\.ts/, () => HttpResponse.error()), ...api);
  // A saved draft to restore: it must survive the failed load and the retry.
  const session = state.sessions.find((s) => s.title === TITLE)!;
  const values = { name: 'Kasia Nowak', email: 'kasia@example.org', phone: '', languages: ['pl'], otherLanguages: '', firstTime: false };
  const key = `solidarity-widgets:canvass-draft:${session.id}`;
  localStorage.setItem(key, JSON.stringify({ v: 1, savedAt: Date.now(), startsAt: session.startsAt, values }));
  const el = document.createElement('sign-up-to-canvass');
  el.setAttribute('api-base', API);
  el.setAttribute('constituency', 'E14001331');
  document.body.append(el);
  const ui = within(el.shadowRoot as unknown as HTMLElement);
  const heading = await ui.findByRole('heading', { name: TITLE }, { timeout: 5000 });
  await userEvent.click(within(heading.closest('li') as HTMLElement).getByRole('button', { name: /continue your sign-up/i }));
  const alert = await ui.findByRole('alert');
  expect(alert.textContent).toContain('We could not reach the server');
  expect(alert.textContent).toContain('Everything you typed is still here.');
  expect(ui.queryByRole('form')).toBeNull();

  worker.resetHandlers(...api); // back online
  await userEvent.click(ui.getByRole('button', { name: 'Try again' }));
  expect(await ui.findByRole('form')).toBeTruthy();
  expect((ui.getByLabelText(/your name/i) as HTMLInputElement).value).toBe('Kasia Nowak');
  expect((ui.getByRole('checkbox', { name: /^polish/i }) as HTMLInputElement).checked).toBe(true);
  el.remove();
  localStorage.removeItem(key);
});
