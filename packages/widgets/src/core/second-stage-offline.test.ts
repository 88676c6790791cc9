// Its own file (so its own page): the lazy chunks these tests cut off (the response validator, the forms' sending
// code) must not have been loaded by another test first. Issue 17 moved them out of what a page loads up front;
// losing the connection before they arrive must cost a "Try again", never a reload or what was typed.
import { afterAll, beforeAll, expect, it, onTestFinished } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse, passthrough } from 'msw';
import { createMockHandlers, mockState } from '@solidarity-widgets/sdk/mock';
import { shadowQueries } from '../testing/shadow-queries.js';
import '../send-solidarity/send-solidarity.js';
import '../connect-locally/connect-locally.js';
import '../solidarity-wall/solidarity-wall.js';
import '../sign-up-to-canvass/sign-up-to-canvass.js';
import '../local-groups/local-groups.js';

const API = 'http://localhost:8787';
const worker = setupWorker();
beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
afterAll(() => worker.stop());

/**
 * Requests for module files matching `pattern`: failed (offline) while `offline.on`, otherwise fetched for real.
 * Waits are long (15 s) because the first real fetch of a module makes the test server transform it, which on a busy
 * 2-core CI machine took over 5 s once.
 */
function chunkRequests(pattern: RegExp) {
  const state = { on: true, urls: [] as string[] };
  const handler = http.get(pattern, ({ request }) => {
    state.urls.push(request.url);
    return state.on ? HttpResponse.error() : passthrough();
  });
  return { state, handler };
}

function mount(tag: string, attrs: Record<string, string> = {}) {
  const el = document.createElement(tag);
  el.setAttribute('api-base', API);
  el.setAttribute('lang', 'en');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  onTestFinished(() => el.remove());
  document.body.append(el);
  return shadowQueries(el);
}

// First: the validator is shared by every request, so no test before this one may have made one.
it('solidarity-wall: when the response validator or the messages\u2019 drawing code cannot load, "Try again" fetches it again', async () => {
  const validator = chunkRequests(/\/core\/response-check\.ts/);
  const list = chunkRequests(/\/solidarity-wall\/message-list\.ts/);
  worker.resetHandlers(validator.handler, list.handler, ...createMockHandlers({ baseUrl: API, state: mockState() }));
  const ui = mount('solidarity-wall');

  await ui.findByRole('button', { name: 'Try again' }, { timeout: 10_000 });
  expect(ui.getByRole('alert').textContent).toContain('We could not reach the server');
  expect(ui.queryAllByRole('article')).toEqual([]);
  expect(validator.state.urls.length).toBeGreaterThan(0);
  expect(list.state.urls.length).toBeGreaterThan(0);

  // The validator is back, the list's code not yet: still the network error, and a new request for each.
  const [validatorFailed, listFailed] = [validator.state.urls.length, list.state.urls.length];
  validator.state.on = false;
  await userEvent.click(ui.getByRole('button', { name: 'Try again' }));
  await expect.poll(() => list.state.urls.length, { timeout: 15_000 }).toBeGreaterThan(listFailed);
  await ui.findByRole('button', { name: 'Try again' }, { timeout: 15_000 });
  expect(validator.state.urls.length).toBeGreaterThan(validatorFailed);
  expect(ui.queryAllByRole('article')).toEqual([]);

  list.state.on = false; // all back online
  await userEvent.click(ui.getByRole('button', { name: 'Try again' }));
  await expect.poll(() => ui.queryAllByRole('article').length, { timeout: 15_000 }).toBeGreaterThan(0);
});

it('local-groups: when the groups\u2019 drawing code cannot load, the widget offers "Try again", which fetches it again', async () => {
  const chunk = chunkRequests(/\/local-groups\/group-list\.ts/);
  worker.resetHandlers(chunk.handler, ...createMockHandlers({ baseUrl: API, state: mockState() }));
  const ui = mount('local-groups', { constituency: 'E14001331' });

  const retry = await ui.findByRole('button', { name: 'Try again' }, { timeout: 15_000 });
  expect(ui.getByText(/we could not reach the server/i)).toBeTruthy();
  const failed = chunk.state.urls.length;
  expect(failed).toBeGreaterThan(0);

  chunk.state.on = false; // back online
  await userEvent.click(retry);
  expect(await ui.findByRole('heading', { name: /near|groups/i, level: 2 }, { timeout: 15_000 })).toBeTruthy();
  await expect.poll(() => ui.queryAllByRole('button', { name: 'Try again' }).length, { timeout: 15_000 }).toBe(0);
  expect(chunk.state.urls.length).toBeGreaterThan(failed);
});

it('sign-up-to-canvass: when the sessions list\u2019s code cannot load, the list says so with "Try again", which fetches it again', async () => {
  const chunk = chunkRequests(/\/sign-up-to-canvass\/session-list\.ts/);
  worker.resetHandlers(chunk.handler, ...createMockHandlers({ baseUrl: API, state: mockState() }));
  const ui = mount('sign-up-to-canvass', { constituency: 'E14001331' });

  const alert = await ui.findByRole('alert', {}, { timeout: 15_000 });
  expect(alert.textContent).toContain('We could not reach the server');
  expect(ui.queryAllByRole('button', { name: /choose this session/i })).toEqual([]);
  const failed = chunk.state.urls.length;
  expect(failed).toBeGreaterThan(0);

  chunk.state.on = false; // back online
  await userEvent.click(ui.getByRole('button', { name: 'Try again' }));
  expect(await ui.findByRole('heading', { name: 'Saturday doorstep: Catford and Rushey Green' }, { timeout: 15_000 })).toBeTruthy();
  expect(chunk.state.urls.length).toBeGreaterThan(failed);
});

it('send-solidarity: sending before its sending code could load says so with a retry, keeps the message, then sends it', async () => {
  const state = mockState();
  const chunk = chunkRequests(/\/send-solidarity\/submit\.ts/);
  worker.resetHandlers(chunk.handler, ...createMockHandlers({ baseUrl: API, state }));
  const ui = mount('send-solidarity');
  await userEvent.fill(await ui.findByRole('textbox', { name: /your name/i }), 'Kasia Nowak');
  await userEvent.selectOptions(ui.getByRole('combobox', { name: /country/i }), 'PL');
  await userEvent.fill(ui.getByRole('textbox', { name: /your message/i }), 'Solidarność z wami wszystkimi!');
  await userEvent.click(ui.getByRole('checkbox', { name: /may be published/i }));
  await userEvent.click(ui.getByRole('button', { name: /send message/i }));

  await expect.poll(() => ui.queryByRole('alert')?.textContent ?? '').toContain('We could not reach the server');
  expect((ui.getByRole('textbox', { name: /your message/i }) as HTMLTextAreaElement).value).toBe('Solidarność z wami wszystkimi!');
  expect(state.requests.filter((r) => r.method === 'POST')).toEqual([]);
  const failed = chunk.state.urls.length;
  expect(failed).toBeGreaterThan(0);

  chunk.state.on = false; // back online
  await userEvent.click(ui.getByRole('button', { name: 'Try again' }));
  expect(await ui.findByRole('heading', { name: 'Message sent' }, { timeout: 15_000 })).toBeTruthy();
  // A new request for the code, not the browser's cached failure; and the message was sent once.
  expect(chunk.state.urls.length).toBeGreaterThan(failed);
  expect(state.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
});

it('connect-locally: sending before its sending code could load says so with a retry; "Try again" checks and sends', async () => {
  const state = mockState();
  const chunk = chunkRequests(/\/connect-locally\/submit\.ts/);
  worker.resetHandlers(chunk.handler, ...createMockHandlers({ baseUrl: API, state }));
  const ui = mount('connect-locally');
  await userEvent.fill(await ui.findByLabelText(/name of your organisation/i), 'Brockley Bengali Women’s Forum');
  await userEvent.click(ui.getByRole('button', { name: /ask for an introduction/i }));

  await expect.poll(() => ui.queryByRole('alert')?.textContent ?? '').toContain('We could not reach the server');
  expect((ui.getByLabelText(/name of your organisation/i) as HTMLInputElement).value).toBe('Brockley Bengali Women’s Forum');
  const failed = chunk.state.urls.length;
  expect(failed).toBeGreaterThan(0);

  chunk.state.on = false; // back online
  await userEvent.click(ui.getByRole('button', { name: 'Try again' }));
  // The code arrived and checked the form: what is missing is now named field by field.
  await expect.poll(() => ui.queryByRole('alert')?.textContent ?? '', { timeout: 15_000 }).toMatch(/correct the highlighted fields/i);
  expect(ui.getByLabelText(/type of organisation/i).getAttribute('aria-invalid')).toBe('true');
  expect(chunk.state.urls.length).toBeGreaterThan(failed);
});
