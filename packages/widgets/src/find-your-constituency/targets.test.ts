// "Where your help counts" for a partner's party (issue 13 §3), in real Chromium against the SDK's mock.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import { waitFor, within } from '@testing-library/dom';
import axe from 'axe-core';
import { createMockHandlers, mockState } from '@solidarity-widgets/sdk/mock';
import { setPageDefaults } from '../core/config.js';
import { shadowQueries } from '../testing/shadow-queries.js';
import './find-your-constituency.js';

const API = 'http://localhost:8787';
const worker = setupWorker();
let requests: URL[];
let inFlight = 0;

beforeAll(async () => {
  await worker.start({ onUnhandledRequest: 'error', quiet: true });
  worker.events.on('request:start', ({ request }) => {
    if (!request.url.startsWith(API)) return;
    inFlight += 1;
    requests.push(new URL(request.url));
  });
  worker.events.on('request:end', ({ request }) => {
    if (request.url.startsWith(API)) inFlight -= 1;
  });
});
afterAll(() => worker.stop());
beforeEach(() => {
  requests = [];
  worker.resetHandlers(...createMockHandlers({ baseUrl: API, state: mockState() }));
});
afterEach(async () => {
  await waitFor(() => expect(inFlight).toBe(0), { timeout: 3000 });
  document.body.replaceChildren();
});

async function findSeat(attrs: string, postcode = 'SE6 1AA') {
  const host = document.createElement('div');
  host.innerHTML = `<find-your-constituency api-base="${API}" ${attrs}></find-your-constituency>`;
  document.body.append(host);
  const el = host.querySelector('find-your-constituency')!;
  await el.updateComplete;
  const screen = shadowQueries(el);
  await userEvent.fill(screen.getByRole('textbox'), postcode);
  await userEvent.click(screen.getAllByRole('button')[0]!);
  return { el, screen, root: el.shadowRoot as unknown as HTMLElement };
}

const targetsPart = (root: HTMLElement) => root.querySelector<HTMLElement>('[part~="targets"]');
const targetRequests = () => requests.filter((u) => u.pathname.endsWith('/targets'));

describe('<find-your-constituency party="lab">', () => {
  it('shows the nearest seats Labour could win and must hold, the swing each needs, the distance and its sessions, from 2024 votes', async () => {
    const m = await findSeat('lang="en" party="lab"');
    await m.screen.findByRole('heading', { name: 'Where your help counts for Labour' });
    const targets = targetsPart(m.root)!;
    expect(targets.textContent).toContain('Based on 2024 votes: seats within a swing of 5 points.');
    const win = within(targets).getAllByRole('list')[0]!;
    const first = within(win).getAllByRole('listitem')[0]!;
    // Bromley and Biggin Hill, 2024: Con 15,929, Lab 15,627 of 46,788 valid votes → (302 / 46,788) / 2 = 0.32 points.
    expect(first.textContent).toMatch(/Bromley and Biggin Hill: Labour needs a swing of 0\.3 points to win it\. 8\.\d km \(5\.\d miles\) away\./);
    expect(first.textContent).toContain('1 canvassing session in Bromley and Biggin Hill');
    const hold = within(targets).getAllByRole('list')[1]!;
    expect(hold.textContent).toMatch(/a swing of [\d.]+ points against Labour would lose it/);
    expect(hold.textContent).toContain('No canvassing sessions in');
    const asked = targetRequests()[0]!;
    expect(asked.pathname).toBe('/v1/constituencies/E14001331/targets');
    expect(Object.fromEntries(asked.searchParams)).toEqual({ party: 'lab', swing: '5', count: '5', postcode: 'SE6 1AA' });
    const results = await axe.run(m.root as unknown as Element, { resultTypes: ['violations'] });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('takes swing and nearby-count: swing="0.1" leaves Bromley and Biggin Hill (0.32 points) out', async () => {
    const m = await findSeat('lang="en" party="Lab" swing="0.1" nearby-count="3"');
    await m.screen.findByText('No seat near you that Labour could win with a swing of up to 0.1 points.');
    expect(Object.fromEntries(targetRequests()[0]!.searchParams)).toMatchObject({ swing: '0.1', count: '3' });
  });

  it('without a party stays neutral: nearby marginals by majority, no targets and no request for them', async () => {
    const m = await findSeat('lang="en"');
    await m.screen.findByText(/Bromley and Biggin Hill: 8\.\d km/);
    expect(targetsPart(m.root)).toBeNull();
    expect(targetRequests()).toEqual([]);
  });

  it('a failed request says so with a retry that works; the rest of the answer stays', async () => {
    let fail = true;
    worker.use(http.get(`${API}/v1/constituencies/:code/targets`, () => (fail ? HttpResponse.error() : undefined)));
    const m = await findSeat('lang="en" party="lab"');
    await m.screen.findByText('We could not load the seats where your help counts.');
    expect(m.screen.getByRole('heading', { name: /your constituency is lewisham east/i })).toBeTruthy();
    fail = false;
    await userEvent.click(within(targetsPart(m.root)!).getByRole('button', { name: 'Try again' }));
    await m.screen.findByText(/Bromley and Biggin Hill: Labour needs a swing/);
  });

  it('speaks Polish', async () => {
    const host = document.createElement('div');
    host.innerHTML = `<find-your-constituency api-base="${API}" lang="pl" party="lab" postcode="SE6 1AA"></find-your-constituency>`;
    document.body.append(host);
    const m = { screen: shadowQueries(host.firstElementChild!) };
    await m.screen.findByRole('heading', { name: 'Gdzie Twoja pomoc liczy się dla: Labour' });
    await m.screen.findByText(/1 spotkanie agitacyjne w okręgu Bromley and Biggin Hill/);
  });

  it('takes the party from the partner’s script tag (data-party)', async () => {
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset['party'] = 'Con';
    document.body.prepend(script);
    setPageDefaults({ party: 'Con' }, script);
    try {
      const m = await findSeat('lang="en"');
      await m.screen.findByRole('heading', { name: 'Where your help counts for Conservative' });
      expect(targetRequests()[0]!.searchParams.get('party')).toBe('Con');
    } finally {
      setPageDefaults({}, script);
    }
  });
});
