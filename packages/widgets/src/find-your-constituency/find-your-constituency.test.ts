import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setupWorker } from 'msw/browser';
import { getResponse, http, HttpResponse } from 'msw';
import { configure, within, waitFor } from '@testing-library/dom';
import axe from 'axe-core';
import { createMockHandlers, mockState, type MockState } from '@solidarity-widgets/sdk/mock';
import type { FindYourConstituency } from './find-your-constituency.component.js';
import type { ConstituencyFoundDetail } from './events.js';
import { FindYourConstituency as FinderClass } from './find-your-constituency.component.js';
import { defineElement } from '../core/define.js';
import './find-your-constituency.js';

// prettyDOM cannot print a ShadowRoot: keep failure messages plain so a failed query reports instead of hanging.
configure({ getElementError: (message) => new Error(message ?? 'element not found') });

const API = 'http://localhost:8787';
// A lookup is one request, to the postcode's answer (docs/decisions/0011-one-request-lookup.md).
const POSTCODES = `${API}/v1/postcodes/:postcode/answer`;

const worker = setupWorker();
let state: MockState;
let requests: string[];
let inFlight = 0;

beforeAll(async () => {
  await worker.start({ onUnhandledRequest: 'error', quiet: true });
  worker.events.on('request:start', ({ request }) => {
    if (!request.url.startsWith(API)) return;
    inFlight += 1;
    requests.push(decodeURIComponent(new URL(request.url).pathname));
  });
  worker.events.on('request:end', ({ request }) => {
    if (request.url.startsWith(API)) inFlight -= 1;
  });
});
afterAll(() => worker.stop());
beforeEach(() => {
  state = mockState();
  requests = [];
  worker.resetHandlers(...createMockHandlers({ baseUrl: API, state }));
});
// A result fetches its follow-ups (seat, groups, marginals) after its heading shows; let them finish here,
// or they are counted as the next test's requests.
afterEach(async () => {
  let quietSince = performance.now();
  await waitFor(() => {
    if (inFlight > 0) quietSince = performance.now();
    if (performance.now() - quietSince < 100) throw new Error(`${inFlight} requests still in flight`);
  }, { timeout: 3000, interval: 20 });
  document.body.replaceChildren();
});

async function mount(attrs = '') {
  const host = document.createElement('div');
  host.innerHTML = `<find-your-constituency api-base="${API}" lang="en" ${attrs}></find-your-constituency>`;
  document.body.append(host);
  const el = host.querySelector('find-your-constituency') as FindYourConstituency;
  await el.updateComplete;
  const root = el.shadowRoot as unknown as HTMLElement;
  const screen = within(root);
  const input = () => screen.getByRole('textbox', { name: /your postcode/i }) as HTMLInputElement;
  const find = () => screen.getByRole('button', { name: /^find$/i });
  return { el, root, screen, input, find };
}

function found(el: HTMLElement): Promise<ConstituencyFoundDetail> {
  return new Promise((resolve) => el.addEventListener('constituency-found', (e) => resolve(e.detail), { once: true }));
}

async function search(m: Awaited<ReturnType<typeof mount>>, postcode: string) {
  await userEvent.fill(m.input(), postcode);
  await userEvent.click(m.find());
}

async function expectNoAxeViolations(root: HTMLElement) {
  const results = await axe.run(root as unknown as Element, { resultTypes: ['violations'] });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
}

describe('<find-your-constituency>', () => {
  it('starts idle: a labelled postcode field and a Find button, attribution in the footer', async () => {
    const m = await mount();
    expect(m.screen.getByRole('heading', { name: /find your constituency/i })).toBeTruthy();
    expect(m.input().getAttribute('aria-invalid')).toBe('false');
    expect(m.root.querySelector('[part~="footer"]')?.textContent).toMatch(/House of Commons Library/);
    await expectNoAxeViolations(m.root);
  });

  it('types sw1a1aa, sees the normalised postcode, the seat, its MP and nearby marginals, and the page hears about it', async () => {
    const m = await mount();
    const event = found(m.el);
    await search(m, 'sw1a1aa');
    await m.screen.findByRole('heading', { name: /your constituency is cities of london and westminster/i });
    expect(m.root.textContent).toContain('For SW1A 1AA');
    expect(m.root.textContent).toContain('MP: Rachel Blake (Labour and Co-operative)');
    expect(m.root.querySelector('[part~="badge"]')?.textContent).toBe('Marginal');
    await waitFor(() => expect(m.root.textContent).toContain('Majority at the 2024 general election: 2,708 votes (6.9%)'));
    await waitFor(() => expect(m.root.textContent).toMatch(/Results and by-elections as of 20 August 2026; MPs’ party changes checked to 27 June 2026/));
    expect(m.root.querySelector('[part~="party-change"]')).toBeNull();
    const detail = await event;
    expect(detail).toMatchObject({
      code: 'E14001172',
      name: 'Cities of London and Westminster',
      nation: 'England',
      mp: 'Rachel Blake',
      majorityPct: 0.06906,
      marginality: 'marginal',
      postcodeArea: 'SW1A 1',
    });
    // No personal data reaches the host page: the sector, never the full postcode the supporter typed.
    expect(JSON.stringify(detail)).not.toContain('1AA');
    expect(detail.nearbyMarginals.length).toBeGreaterThan(0);
    expect(detail.nearbyMarginals.length).toBeLessThanOrEqual(5);
    const nearby = within(m.root.querySelector('[part~="nearby"]') as HTMLElement);
    const items = nearby.getAllByRole('listitem');
    expect(items).toHaveLength(detail.nearbyMarginals.length);
    expect(items[0]?.textContent).toMatch(/\d km \([\d.]+ miles\), majority [\d.]+%/);
    // The supporter's typing is kept as typed.
    expect(m.input().value).toBe('sw1a1aa');
    expect(requests).toContain('/v1/postcodes/SW1A 1AA/answer');
    await expectNoAxeViolations(m.root);
  });

  it('after a lookup, offers to share with the seat named, and never puts the postcode in what is shared', async () => {
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    try {
      const m = await mount();
      await search(m, 'sw1a1aa');
      await m.screen.findByRole('heading', { name: /your constituency is cities of london and westminster/i });
      const share = m.root.querySelector('solidarity-share');
      // The share element is a lazy chunk (needed only after acting): wait for it to arrive and render.
      await customElements.whenDefined('solidarity-share');
      await share?.updateComplete;
      const shareScreen = within(share?.shadowRoot as unknown as HTMLElement);
      const text = new URL((shareScreen.getByRole('link', { name: 'Share on WhatsApp' }) as HTMLAnchorElement).href).searchParams.get('text') ?? '';
      expect(text).toMatch(/^I’m helping in Cities of London and Westminster — find where your help counts: http:\/\/localhost:\d+\/\S*ref=[a-z0-9]{10}$/);
      expect(text.toUpperCase()).not.toContain('SW1A');
      document.body.replaceChildren();
      const off = await mount('share="off"');
      await search(off, 'sw1a1aa');
      await off.screen.findByRole('heading', { name: /your constituency is cities of london and westminster/i });
      expect(off.root.querySelector('solidarity-share')).toBeNull();
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });

  it('asks nearby marginals with the nearby-count and marginal-threshold attributes (and the postcode, for a chosen seat)', async () => {
    const queries: URLSearchParams[] = [];
    const seen = ({ request }: { request: Request }) => void queries.push(new URL(request.url).searchParams);
    worker.use(http.get(POSTCODES, seen), http.get(`${API}/v1/constituencies/:code/nearby-marginals`, seen));
    const m = await mount('nearby-count="2" marginal-threshold="30"');
    await search(m, 'SW1A 1AA');
    await m.screen.findByRole('heading', { name: /your constituency is cities of london and westminster/i });
    expect(within(m.root.querySelector('[part~="nearby"]') as HTMLElement).getAllByRole('listitem')).toHaveLength(2);
    expect([...(queries[0]?.entries() ?? [])]).toEqual([['limit', '2'], ['maxMajorityPct', '30']]);
    await search(m, 'SE13 6');
    await userEvent.click(await m.screen.findByRole('button', { name: /Lewisham East/ }));
    await m.screen.findByRole('heading', { name: /your constituency is lewisham east/i });
    await waitFor(() => expect(queries).toHaveLength(3));
    expect(Object.fromEntries(queries[2] ?? [])).toEqual({ limit: '2', maxMajorityPct: '30', postcode: 'SE13 6' });
  });

  // Issue 17: a lookup made five requests (postcode, seat, marginals, local contact, groups). Now the first screen
  // is one request; only what the supporter does next (choosing a seat, the map, party targets) may ask more.
  it.each([
    ['SW1A 1AA', 'Cities of London and Westminster'],
    ['AB16 7AA', 'Aberdeen North'],
    ['CF23 7AA', 'Cardiff East'],
    ['SE6 1AA', 'Lewisham East'],
  ])('a lookup of %s shows everything on the first screen from exactly one API request', async (postcode, name) => {
    const m = await mount();
    const event = found(m.el);
    await search(m, postcode);
    await m.screen.findByRole('heading', { name: new RegExp(`your constituency is ${name}`, 'i') });
    expect((await event).name).toBe(name);
    await waitFor(() => {
      expect(m.root.querySelector('[part~="nearby"]')?.getAttribute('aria-busy')).toBe('false');
      expect(m.root.querySelector('[part~="local"]')?.getAttribute('aria-busy')).toBe('false');
      expect(m.root.querySelector('[part~="footer"]')?.textContent).toMatch(/as of 20 August 2026/);
    });
    expect(m.root.textContent).toMatch(/Majority at the 2024 general election: [\d,]+ votes/);
    expect(m.root.querySelector('[part~="nearby"] li, [part~="nearby"] p:not(.error)')).not.toBeNull();
    expect(m.root.querySelector('[part~="local"] .error')).toBeNull();
    expect(requests).toEqual([`/v1/postcodes/${postcode}/answer`]);
  });

  it('Northern Ireland and a split sector: the seats to choose from come in the one request', async () => {
    const m = await mount();
    await search(m, 'BT9 5AA');
    await m.screen.findByRole('button', { name: /Belfast South and Mid Down/ });
    await search(m, 'SE13 6');
    await m.screen.findByRole('button', { name: /Lewisham East/ });
    expect(requests).toEqual(['/v1/postcodes/BT9 5AA/answer', '/v1/postcodes/SE13 6/answer']);
  });

  it('shows a by-election when the seat had one, and takes the majority from it: Runcorn and Helsby held by 6 votes', async () => {
    const m = await mount();
    await search(m, 'WA6 0AA');
    await m.screen.findByText(/By-election on 1 May 2025/);
    expect(m.root.textContent).toContain('MP: Sarah Pochin (Reform UK)');
    expect(m.root.querySelector('[part~="badge"]')?.textContent).toBe('Ultra-marginal');
    await waitFor(() => expect(m.root.textContent).toContain('Majority at the by-election on 1 May 2025: 6 votes (0.02%)'));
  });

  it("shows the MP's party today and the party they were elected for: East Wiltshire is Reform UK now", async () => {
    const m = await mount();
    await search(m, 'SN9 5AA');
    await m.screen.findByRole('heading', { name: /your constituency is east wiltshire/i });
    expect(m.root.textContent).toContain('MP: Danny Kruger (Reform UK)');
    const change = m.root.querySelector('[part~="party-change"]') as HTMLElement;
    expect(change.textContent).toMatch(/^Elected for Conservative on 4 July 2024; sits as Reform UK since 15 September 2025\. Source$/);
    expect(within(change).getByRole('link', { name: 'Source' }).getAttribute('href')).toMatch(/^https:\/\/.*kruger/);
    await expectNoAxeViolations(m.root);
  });

  it('offers the seats of a split sector, never picks one, and announces the choice it makes', async () => {
    const m = await mount();
    await search(m, 'SE13 6');
    await m.screen.findByRole('heading', { name: /SE13 6 is split between 2 constituencies/i });
    const east = m.screen.getByRole('button', { name: /Lewisham East.*about 65% of this area/ });
    expect(m.screen.getByRole('button', { name: /Lewisham North.*about 35% of this area/ })).toBeTruthy();
    expect(m.screen.queryByRole('heading', { name: /your constituency is/i })).toBeNull();
    const event = found(m.el);
    await userEvent.click(east);
    const heading = await m.screen.findByRole('heading', { name: /your constituency is lewisham east/i });
    const detail = await event;
    expect(detail.code).toBe('E14001331');
    expect(detail.postcodeArea).toBe('SE13 6');
    expect(m.root.textContent).toMatch(/close to a boundary/);
    // Focus follows the choice to the result, so keyboard users are not dropped at the top of the page.
    expect(m.el.shadowRoot?.activeElement).toBe(heading);
    // And they can change their mind.
    await userEvent.click(m.screen.getByRole('button', { name: /not your constituency/i }));
    expect(await m.screen.findByRole('button', { name: /Lewisham North/ })).toBeTruthy();
  });

  it('lists every Northern Ireland seat when only the nation is known', async () => {
    const m = await mount();
    await search(m, 'BT9 5AA');
    await m.screen.findByRole('heading', { name: /no postcode data for Northern Ireland/ });
    // Even when the list has one seat (the mock's), the supporter chooses: a nation is not a postcode.
    expect(m.screen.queryByRole('heading', { name: /your constituency is/i })).toBeNull();
    await userEvent.click(m.screen.getByRole('button', { name: /Belfast South and Mid Down/ }));
    await m.screen.findByRole('heading', { name: /your constituency is Belfast South and Mid Down/i });
  });

  it('refuses a malformed postcode next to the field, without a request, and keeps what was typed', async () => {
    const m = await mount();
    await search(m, 'hello');
    const alert = await m.screen.findByRole('alert');
    expect(alert.textContent).toMatch(/does not look like a UK postcode/);
    expect(m.input().getAttribute('aria-invalid')).toBe('true');
    expect(m.input().getAttribute('aria-describedby')).toContain(alert.id);
    expect(m.input().value).toBe('hello');
    expect(requests).toEqual([]);
    await expectNoAxeViolations(m.root);
  });

  it('offers the fixed form of a common slip (O for 0) and looks it up on request', async () => {
    const m = await mount();
    await search(m, 'SW1A IAA');
    const use = await m.screen.findByRole('button', { name: 'Use SW1A 1AA' });
    expect(requests).toEqual([]);
    await userEvent.click(use);
    await m.screen.findByRole('heading', { name: /cities of london and westminster/i });
  });

  it('reads harmless punctuation as the postcode meant: SE6-4AA, "SE6 4AA." and SE64AA all find Lewisham East', async () => {
    state.postcodes['SE6 4AA'] = { ...structuredClone(state.postcodes['SE6 1AA']!), query: 'SE6 4AA' };
    for (const typed of ['SE6-4AA', 'SE6 4AA.', 'se64aa']) {
      const m = await mount();
      await search(m, typed);
      await m.screen.findByRole('heading', { name: 'Your constituency is Lewisham East' });
      expect(m.root.textContent).toContain('SE6 4AA');
      expect(m.screen.queryByRole('alert')).toBeNull();
      document.body.replaceChildren();
    }
    expect(requests.filter((r) => r.startsWith('/v1/postcodes/'))).toEqual(['/v1/postcodes/SE6 4AA/answer', '/v1/postcodes/SE6 4AA/answer', '/v1/postcodes/SE6 4AA/answer']);
  });

  it('answers a half-typed postcode (SE6 4A, SE64A) for its area and says why, instead of "not a postcode"', async () => {
    const lewishamEast = state.postcodes['SE6 1AA']!;
    state.postcodes['SE6 4'] = { ...structuredClone(lewishamEast), query: 'SE6 4', kind: 'sector' };
    for (const typed of ['SE6 4A', 'SE64A']) {
      const m = await mount();
      await search(m, typed);
      await m.screen.findByRole('heading', { name: 'Your constituency is Lewisham East' });
      expect(m.root.querySelector('[part~="incomplete"]')?.textContent).toBe(
        'You typed SE6 4A, but a whole postcode ends with a number and two letters, so this is for the area SE6 4. Type your whole postcode for an exact answer.',
      );
      expect(m.screen.queryByText(/does not look like a UK postcode/)).toBeNull();
      await expectNoAxeViolations(m.root);
      document.body.replaceChildren();
    }
    expect(requests.filter((r) => r.startsWith('/v1/postcodes/'))).toEqual(['/v1/postcodes/SE6 4/answer', '/v1/postcodes/SE6 4/answer']);
  });

  it('shows the server refusing a postcode (400 postcode_invalid) next to the field', async () => {
    worker.use(
      http.get(POSTCODES, () =>
        HttpResponse.json({ error: { code: 'postcode_invalid', message: 'Not a postcode.' } }, { status: 400 }),
      ),
    );
    const m = await mount();
    await search(m, 'ZZ1 1ZZ');
    const alert = await m.screen.findByRole('alert');
    expect(alert.textContent).toMatch(/does not look like a UK postcode/);
    expect(m.input().getAttribute('aria-invalid')).toBe('true');
  });

  it('says when a postcode is not found (404) and offers its sector', async () => {
    worker.use(
      http.get(POSTCODES, () =>
        HttpResponse.json(
          { error: { code: 'postcode_not_found', message: 'Unknown.', details: { query: 'SE13 6ZZ', sector: 'SE13 6' } } },
          { status: 404 },
        ),
      ),
    );
    const m = await mount();
    await search(m, 'se13 6zz');
    const alert = await m.screen.findByRole('alert');
    expect(alert.textContent).toMatch(/could not find SE13 6ZZ, but we know the area SE13 6/);
    expect(m.input().getAttribute('aria-invalid')).toBe('true');
    expect(m.input().value).toBe('se13 6zz');
    worker.resetHandlers(...createMockHandlers({ baseUrl: API, state }));
    await userEvent.click(m.screen.getByRole('button', { name: 'Look up SE13 6' }));
    await m.screen.findByRole('heading', { name: /SE13 6 is split/ });
  });

  it('says when a postcode is unknown without a sector hint', async () => {
    const m = await mount();
    await search(m, 'ZZ99 9ZZ');
    const alert = await m.screen.findByRole('alert');
    expect(alert.textContent).toMatch(/could not find ZZ99 9ZZ\. Please check it for typos/);
  });

  it('explains a postcode outside the constituencies and how overseas and service voters register', async () => {
    worker.use(
      http.get(POSTCODES, () =>
        HttpResponse.json(
          { error: { code: 'postcode_outside_constituencies', message: 'Outside.', details: { territory: 'Jersey', query: 'JE2 3AA' } } },
          { status: 404 },
        ),
      ),
    );
    const m = await mount();
    await search(m, 'JE2 3AA');
    const alert = await m.screen.findByRole('alert');
    expect(alert.textContent).toMatch(/JE2 3AA is outside UK parliamentary constituencies \(Jersey\)/);
    expect(m.root.textContent).toMatch(/overseas electors/);
    expect(m.root.textContent).toMatch(/service voters/);
    expect(m.screen.getByRole('link', { name: 'Register to vote' }).getAttribute('href')).toBe('https://www.gov.uk/register-to-vote');
    expect(m.root.textContent).toMatch(/spouses or civil partners, Crown servants and British Council staff/);
  });

  it('answers a Falklands postcode (FIQQ 1ZZ) as being outside the constituencies, not as a typo', async () => {
    const m = await mount();
    await search(m, 'fiqq 1zz');
    const alert = await m.screen.findByRole('alert');
    expect(alert.textContent).toMatch(/FIQQ 1ZZ is outside UK parliamentary constituencies \(the Falkland Islands\)/);
    expect(m.root.textContent).not.toMatch(/does not look like a UK postcode/);
    expect(requests).toContain('/v1/postcodes/FIQQ 1ZZ/answer');
  });

  it('shows a network error with a retry that works, keeping the postcode', async () => {
    let fail = true;
    worker.use(http.get(POSTCODES, () => (fail ? HttpResponse.error() : undefined)));
    const m = await mount();
    await search(m, 'SW1A 1AA');
    const alert = await m.screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toMatch(/could not reach the server/);
    expect(m.input().value).toBe('SW1A 1AA');
    await expectNoAxeViolations(m.root);
    fail = false;
    await userEvent.click(m.screen.getByRole('button', { name: 'Try again' }));
    await m.screen.findByRole('heading', { name: /cities of london and westminster/i });
  });

  it('shows a server error (500) with a retry', async () => {
    worker.use(
      http.get(POSTCODES, () => HttpResponse.json({ error: { code: 'internal_error', message: 'Boom' } }, { status: 500 })),
    );
    const m = await mount();
    await search(m, 'SW1A 1AA');
    const alert = await m.screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toMatch(/went wrong on our side/);
    expect(m.screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('when offline, says so without a request, and looks up once back online', async () => {
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine');
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const m = await mount();
      await search(m, 'SW1A 1AA');
      const alert = await m.screen.findByRole('alert');
      expect(alert.textContent).toMatch(/appear to be offline/);
      expect(requests).toEqual([]);
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
      window.dispatchEvent(new Event('online'));
      await m.screen.findByRole('heading', { name: /cities of london and westminster/i });
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['onLine'];
      if (onLine) Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    }
  });

  it('shows progress while looking up (aria-busy, polite status "Looking up…")', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    worker.use(
      http.get(POSTCODES, async () => {
        await gate;
        return undefined;
      }),
    );
    const m = await mount();
    await search(m, 'SW1A 1AA');
    const status = m.screen.getByRole('status');
    await waitFor(() => expect(status.textContent).toContain('Looking up SW1A 1AA…'));
    expect(m.root.querySelector('[part~="results"]')?.getAttribute('aria-busy')).toBe('true');
    expect(m.screen.getByRole('progressbar')).toBeTruthy();
    release();
    await m.screen.findByRole('heading', { name: /cities of london and westminster/i });
    expect(m.root.querySelector('[part~="results"]')?.getAttribute('aria-busy')).toBe('false');
    expect(status.textContent).toContain('Your constituency is Cities of London and Westminster');
  });

  it('works with the keyboard only: Tab to the field, type, Enter', async () => {
    const m = await mount();
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    before.focus();
    await userEvent.tab();
    expect(m.el.shadowRoot?.activeElement).toBe(m.input());
    await userEvent.keyboard('SE6 1AA{Enter}');
    await m.screen.findByRole('heading', { name: /your constituency is lewisham east/i });
  });

  it('looks up the postcode attribute straight away', async () => {
    const m = await mount('postcode="SE6 1AA"');
    await m.screen.findByRole('heading', { name: /your constituency is lewisham east/i });
    expect(m.input().value).toBe('SE6 1AA');
  });

  it('speaks Arabic right to left', async () => {
    const m = await mount();
    m.el.setAttribute('lang', 'ar');
    await waitFor(() => expect(m.root.querySelector('h2')?.textContent).toBe('ابحث عن دائرتك الانتخابية'));
    expect(m.root.querySelector('[part~="base"]')?.getAttribute('dir')).toBe('rtl');
  });

  it('speaks Urdu right to left, the English seat name and the postcode kept in their own direction', async () => {
    const m = await mount('postcode="SE6 1AA"');
    m.el.setAttribute('lang', 'ur');
    const base = m.root.querySelector('[part~="base"]');
    // U+2068 … U+2069 isolate each English value inside the Urdu sentence (a bare "SE6 1AA" at the sentence's
    // edge would be drawn "1AA SE6"-wise next to the Urdu punctuation).
    await waitFor(() => expect(m.root.querySelector('#result-heading')?.textContent).toBe('آپ کا انتخابی حلقہ \u2068Lewisham East\u2069 ہے'));
    expect(m.root.textContent).toContain('\u2068SE6 1AA\u2069 کے لیے');
    expect(base?.getAttribute('dir')).toBe('rtl');
    expect(base?.getAttribute('lang')).toBe('ur');
  });

  it('renders hostile constituency names as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    worker.use(
      http.get(POSTCODES, () =>
        HttpResponse.json({ seat: null, lookup: {
          query: 'SW1A 1AA',
          kind: 'sector',
          nation: 'England',
          uncertain: true,
          matches: [0.6, 0.4].map((share, i) => ({
            share,
            constituency: {
              code: i ? 'E14001331' : 'E14001172',
              name: `${evil}${i}`,
              nation: 'England',
              region: evil,
              mp: { name: evil, party: 'Lab', partyName: evil },
              majorityPct: 0.05,
              marginality: 'marginal',
            },
          })),
          source: { name: 'x', currentTo: '2023-11-01', attribution: 'x' },
        } }),
      ),
    );
    const m = await mount();
    await search(m, 'SW1A 1AA');
    const choice = await m.screen.findByRole('button', { name: /onerror.*0 about 60%/ });
    await userEvent.click(choice);
    await m.screen.findByRole('heading', { name: /your constituency is/i });
    expect(m.root.querySelector('img, script:not([type])')).toBeNull();
    expect(m.root.textContent).toContain('<img src=x');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('draws a hex map of the home seat and nearby marginals, with a text equivalent', async () => {
    const m = await mount('show-map');
    await search(m, 'SW1A 1AA');
    const map = await m.screen.findByRole('group', { name: /hexagons, around Cities of London and Westminster/ });
    expect(map.querySelectorAll('path.home')).toHaveLength(1);
    expect(map.querySelectorAll('path.marginal').length).toBeGreaterThan(0);
    expect(within(m.root.querySelector('[part~="nearby"]') as HTMLElement).getAllByRole('listitem').length).toBeGreaterThan(0);
    await expectNoAxeViolations(m.root);
  });

  async function chooseNationality(m: Awaited<ReturnType<typeof mount>>, typed: string, option: RegExp) {
    const field = m.screen.getByRole('combobox', { name: 'Your nationality' });
    await userEvent.fill(field, typed);
    await userEvent.click(await m.screen.findByRole('option', { name: option }));
  }
  const rights = (m: Awaited<ReturnType<typeof mount>>) => (m.root.querySelector('.rights') as HTMLElement).textContent ?? '';

  it('explains who can vote, for the nation found, with the official link', async () => {
    const m = await mount('show-eligibility');
    await search(m, 'CF23 7AA');
    await m.screen.findByRole('heading', { name: /cardiff east/i });
    const where = (await m.screen.findByRole('combobox', { name: 'Where you live' })) as HTMLSelectElement;
    expect(where.value).toBe('Wales');
    await chooseNationality(m, 'France', /^France$/);
    await userEvent.click(m.screen.getByRole('radio', { name: /No, I came later/ }));
    expect(rights(m)).toMatch(/UK general election: no/);
    expect(rights(m)).toMatch(/Senedd \(Welsh Parliament\) elections: yes, from age 16, if you have permission to stay/);
    await userEvent.selectOptions(where, 'England');
    expect(rights(m)).toMatch(/Local council elections: no/);
    await chooseNationality(m, 'British cit', /^British citizen/);
    await userEvent.selectOptions(where, 'abroad');
    expect(m.root.textContent).toMatch(/overseas electors/);
    expect(m.root.textContent).toMatch(/spouses or civil partners, Crown servants and British Council staff/);
    expect(m.screen.getAllByRole('link', { name: 'Register to vote' })[0]?.getAttribute('href')).toBe('https://www.gov.uk/register-to-vote');
    expect(m.root.textContent).toMatch(/rules can change/i);
    await expectNoAxeViolations(m.root);
  });

  it('a Zimbabwean in England sees "yes" for a general election', async () => {
    const m = await mount('show-eligibility');
    await search(m, 'SW1A 1AA');
    await m.screen.findByRole('heading', { name: /your constituency is/i });
    await chooseNationality(m, 'Zimbabwe', /^Zimbabwe$/);
    expect(rights(m)).toMatch(/UK general election: yes, from age 18, if you have permission to be in the UK/);
    expect(m.root.textContent).toMatch(/qualifying Commonwealth citizen/);
  });

  it('typing a country in full and leaving the field chooses it', async () => {
    const m = await mount('show-eligibility');
    await userEvent.selectOptions(await m.screen.findByRole('combobox', { name: 'Where you live' }), 'Scotland');
    await userEvent.fill(m.screen.getByRole('combobox', { name: 'Your nationality' }), 'united states');
    await userEvent.tab();
    await waitFor(() => expect(rights(m)).toMatch(/Scottish Parliament elections: yes, from age 16, if you have permission to stay/));
    expect(rights(m)).toMatch(/UK general election: no/);
  });

  it('a Pole in England sees local elections "yes"; a Romanian who came in 2022 is asked and told the truth', async () => {
    const m = await mount('show-eligibility');
    await userEvent.selectOptions(await m.screen.findByRole('combobox', { name: 'Where you live' }), 'England');
    await chooseNationality(m, 'pol', /^Poland$/);
    expect(m.screen.queryByRole('radio', { name: /since before 2021/ })).toBeNull();
    expect(rights(m)).toMatch(/Local council elections: yes, from age 18/);
    expect(rights(m)).toMatch(/UK general election: no/);
    await chooseNationality(m, 'Romania', /^Romania$/);
    // Before answering: "yes, but only if …", never a false no.
    expect(rights(m)).toMatch(/Local council elections: yes, from age 18, but only if you have lived in the UK lawfully since before 1 January 2021/);
    await userEvent.click(m.screen.getByRole('radio', { name: /No, I came later/ }));
    expect(rights(m)).toMatch(/Local council elections: no/);
    await userEvent.click(m.screen.getByRole('radio', { name: /Yes, since before 2021/ }));
    expect(rights(m)).toMatch(/Local council elections: yes/);
  });

  it('finds British National (Overseas) by typing "Hong Kong", with the keyboard, and answers yes', async () => {
    const m = await mount('show-eligibility');
    await userEvent.selectOptions(await m.screen.findByRole('combobox', { name: 'Where you live' }), 'England');
    const field = m.screen.getByRole('combobox', { name: 'Your nationality' });
    await userEvent.click(field);
    await userEvent.keyboard('Hong Kong');
    const options = await m.screen.findAllByRole('option');
    expect(options.map((o) => o.textContent?.trim())).toContain('British National (Overseas), BN(O) – Hong Kong');
    expect(options[0]?.textContent).toMatch(/British National \(Overseas\)/);
    await userEvent.keyboard('{Enter}');
    expect((field as HTMLInputElement).value).toMatch(/British National \(Overseas\)/);
    expect(rights(m)).toMatch(/UK general election: yes, from age 18/);
    await expectNoAxeViolations(m.root);
  });

  it('shows the configured election: registration deadline as a date with a countdown, and the photo ID rule', async () => {
    const m = await mount('show-eligibility election-type="local" election-date="2027-05-06"');
    await userEvent.selectOptions(await m.screen.findByRole('combobox', { name: 'Where you live' }), 'England');
    const election = m.root.querySelector('[part~="election"]') as HTMLElement;
    expect(election.textContent).toMatch(/Local council elections on 6 May 2027/);
    // 12 working days before Thu 6 May 2027, skipping the Early May bank holiday (3 May).
    expect(election.textContent).toMatch(/Register to vote by 11:59 pm on 19 April 2027\./);
    expect(election.textContent).toMatch(/\d+ days left|Today is the last day|1 day left|deadline to register has passed/);
    expect(election.textContent).toMatch(/Take photo ID/);
    expect(within(election).getByRole('link', { name: /free Voter Authority Certificate/ })).toBeTruthy();
    await userEvent.selectOptions(m.screen.getByRole('combobox', { name: 'Where you live' }), 'Scotland');
    expect(election.textContent).toMatch(/do not need photo ID/);
    expect(m.root.textContent).toMatch(/Proposed changes \(not law yet\)/);
  });

  it('takes the election from the partner\'s script tag: a general election, deadline counting every nation\'s holidays', async () => {
    const script = document.createElement('script');
    script.type = 'application/json'; // never executed: only its data-* options matter here
    script.dataset['electionType'] = 'general';
    script.dataset['electionDate'] = '2026-12-10';
    document.body.append(script);
    const m = await mount('show-eligibility');
    const election = (await m.screen.findByRole('heading', { name: 'UK general election on 10 December 2026' })).parentElement as HTMLElement;
    // St Andrew's Day (30 Nov, Scotland) does not count for a general election anywhere: 23 November, not 24.
    expect(election.textContent).toMatch(/Register to vote by 11:59 pm on 23 November 2026\./);
    expect(election.textContent).toMatch(/Take photo ID/);
    expect(election.textContent).toMatch(/Northern Ireland’s own list/);
  });

  it('speaks the conditions in the chosen language (Polish)', async () => {
    const host = document.createElement('div');
    host.innerHTML = `<find-your-constituency api-base="${API}" lang="pl" show-eligibility></find-your-constituency>`;
    document.body.append(host);
    const el = host.querySelector('find-your-constituency') as FindYourConstituency;
    const root = el.shadowRoot as unknown as HTMLElement;
    const screen = within(root);
    await waitFor(() => expect(root.textContent).toMatch(/Czy mogę głosować|głosować/));
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: /Gdzie mieszkasz|mieszkasz/ }), 'England');
    await userEvent.fill(screen.getByRole('combobox', { name: /obywatelstwo|narodowość/i }), 'Zimbabwe');
    await userEvent.click(await screen.findByRole('option', { name: /Zimbabwe/ }));
    const text = (root.querySelector('.rights') as HTMLElement).textContent ?? '';
    expect(text).toMatch(/jeśli masz zgodę na pobyt/);
    expect(text).not.toMatch(/permission/);
  });

  it('can be defined twice without throwing', () => {
    expect(() => defineElement('find-your-constituency', class extends FinderClass {})).not.toThrow();
    expect(customElements.get('find-your-constituency')).toBe(FinderClass);
  });
});

describe('<find-your-constituency>: get involved locally', () => {
  it('shows the seat\'s local contact and the groups near it under the result', async () => {
    const m = await mount();
    await search(m, 'SE6 1AA');
    await m.screen.findByRole('heading', { name: 'Get involved locally' });
    const local = m.root.querySelector('[part~="local"]') as HTMLElement;
    const text = () => local.textContent?.replace(/\s+/g, ' ') ?? '';
    await waitFor(() => expect(text()).toMatch(/Lewisham East Labour Party/));
    expect(within(local).getByRole('link', { name: 'hello@lewisham-east.example.org' }).getAttribute('href')).toBe('mailto:hello@lewisham-east.example.org');
    expect(within(local).getByRole('link', { name: 'Website' }).getAttribute('href')).toBe('https://lewisham-east.example.org');
    expect(text()).toMatch(/Usually meets: Thursdays 7pm, Catford Library community room/);
    expect(text()).toMatch(/Speaks: English, Polish and Yoruba/);
    within(local).getByRole('heading', { name: 'Groups near you' });
    expect(within(local).getAllByRole('listitem').map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Lewisham Polish Community Association — works in Polish and English',
      'Unite Lewisham Community Branch — works in English and Somali',
    ]);
    await expectNoAxeViolations(m.root);
  });

  it('says honestly when no local contact is registered, and points to the introduction form on the page', async () => {
    const form = document.createElement('connect-locally');
    form.id = 'introduce';
    document.body.append(form);
    const m = await mount();
    await search(m, 'SE13 6');
    await userEvent.click(await m.screen.findByRole('button', { name: /lewisham north/i }));
    const local = await waitFor(() => {
      const el = m.root.querySelector('[part~="local"]') as HTMLElement;
      expect(el.textContent?.replace(/\s+/g, ' ')).toMatch(/No local contact is registered for Lewisham North yet/);
      return el;
    });
    expect(within(local).getByRole('link', { name: 'Ask for an introduction' }).getAttribute('href')).toBe('#introduce');
    await expectNoAxeViolations(m.root);
  });

  it('a seat without a local contact costs no failed request: nothing answers 4xx/5xx, so the console stays quiet', async () => {
    const statuses: { url: string; status: number }[] = [];
    const listener = ({ request, response }: { request: Request; response: Response }) => void statuses.push({ url: request.url, status: response.status });
    worker.events.on('response:mocked', listener);
    try {
      const m = await mount();
      await search(m, 'SE13 6');
      await userEvent.click(await m.screen.findByRole('button', { name: /lewisham north/i }));
      await waitFor(() => expect(m.root.querySelector('[part~="local"]')?.textContent).toMatch(/No local contact is registered for Lewisham North yet/));
      expect(statuses.filter((s) => s.status >= 400)).toEqual([]);
      expect(requests.filter((path) => path.endsWith('/local-contact'))).toEqual([]);
    } finally {
      worker.events.removeListener('response:mocked', listener);
    }
  });

  it('against a server from before the one-request answer and localContact on /v1/local-groups, still shows the seat and the contact', async () => {
    worker.use(
      http.get(POSTCODES, () => HttpResponse.json({ error: { code: 'not_found', message: 'There is nothing at this address.' } }, { status: 404 })),
      http.get(`${API}/v1/local-groups`, ({ request }) => {
        const code = new URL(request.url).searchParams.get('constituency');
        return HttpResponse.json({ constituency: { code, name: 'Lewisham East' }, nearby: [], groups: [] });
      }),
    );
    const m = await mount();
    await search(m, 'SE6 1AA');
    await waitFor(() => expect(m.root.querySelector('[part~="local-contact"]')?.textContent).toMatch(/Lewisham/));
    expect(requests.filter((path) => path.endsWith('/local-contact'))).toEqual(['/v1/constituencies/E14001331/local-contact']);
    await waitFor(() => expect(m.root.textContent).toContain('Majority at the 2024 general election: 18,073 votes'));
    expect(requests).toContain('/v1/postcodes/SE6 1AA');
    expect(within(m.root.querySelector('[part~="nearby"]') as HTMLElement).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('uses connect-url when given; a failed load offers a retry without hiding the result', async () => {
    // The server's database is down: the answer comes without the local directory (`local: null`), which fails too.
    const broken = () => HttpResponse.json({ error: { code: 'internal_error', message: 'x' } }, { status: 500 });
    const mock = createMockHandlers({ baseUrl: API, state });
    worker.use(
      http.get(POSTCODES, async ({ request }) => {
        const answer = await (await getResponse(mock, request))?.json();
        return HttpResponse.json({ ...answer, seat: { ...answer.seat, local: null } });
      }),
      http.get(`${API}/v1/local-groups`, broken),
      http.get(`${API}/v1/constituencies/:code/local-contact`, broken),
    );
    const m = await mount('connect-url="/get-involved"');
    await search(m, 'BR1 1AA');
    await m.screen.findByRole('heading', { name: /bromley and biggin hill/i });
    const retry = await within(m.root.querySelector('[part~="local"]') as HTMLElement).findByRole('button', { name: /try again/i }, { timeout: 10_000 });
    expect(m.root.textContent).toMatch(/could not load the local contact/i);
    worker.resetHandlers(...createMockHandlers({ baseUrl: API, state }));
    await userEvent.click(retry);
    const link = await m.screen.findByRole('link', { name: 'Ask for an introduction' });
    expect(link.getAttribute('href')).toBe('/get-involved');
  });

  it('in Polish', async () => {
    const m = await mount();
    m.el.lang = 'pl';
    m.el.postcode = 'SE6 1AA';
    await m.screen.findByRole('heading', { name: 'Zaangażuj się lokalnie' });
  });
});

describe('<find-your-constituency> after an operator records a party change', () => {
  it('shows the MP’s new party, the party they were elected for, and the date the facts now hold to', async () => {
    const res = await fetch(`${API}/v1/admin/party-changes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer mock-admin-token' },
      body: JSON.stringify({ constituency: 'E14001172', party: 'Ind', date: '2026-11-20', source: 'https://news.example.org/whip' }),
    });
    expect(res.status).toBe(201);
    const m = await mount();
    await search(m, 'SW1A 1AA');
    await m.screen.findByRole('heading', { name: /your constituency is cities of london and westminster/i });
    expect(m.root.textContent).toMatch(/Rachel Blake \(Independent/);
    await waitFor(() => expect(m.root.querySelector('[part~="footer"]')?.textContent).toContain('MPs’ parties updated to 20 November 2026 by this site.'));
  });
});

describe('<find-your-constituency>: report a problem with this answer', () => {
  const reportButton = (m: Awaited<ReturnType<typeof mount>>) => m.screen.findByRole('button', { name: /report a problem with this answer/i });

  it('by default, sends a short report through the API and says so only once the server accepted it', async () => {
    const m = await mount('partner="unite-polish-branch"');
    await search(m, 'SE6 1AA');
    await m.screen.findByRole('heading', { name: /your constituency is lewisham east/i });
    await userEvent.click(await reportButton(m));
    const box = m.screen.getByRole('textbox', { name: /what is wrong with this answer/i });
    await userEvent.click(m.screen.getByRole('button', { name: /send report/i }));
    expect((await m.screen.findByRole('alert')).textContent).toContain('Please say what is wrong.');
    await userEvent.fill(box, 'Janet Daby now sits as an independent.');
    await userEvent.click(m.screen.getByRole('button', { name: /send report/i }));
    await waitFor(() => expect(m.root.querySelector('[part~="report"]')?.textContent).toContain('Thank you. Your report was received'));
    const sent = await (await fetch(`${API}/v1/admin/answer-reports`, { headers: { authorization: 'Bearer mock-admin-token' } })).json();
    expect(sent.reports[0]).toMatchObject({
      postcodeArea: 'SE6 1', constituency: { code: 'E14001331' }, message: 'Janet Daby now sits as an independent.', partner: 'unite-polish-branch', language: 'en',
    });
    expect(sent.reports[0].answer).toContain('Lewisham East. MP: Janet Daby (Labour)');
    await expectNoAxeViolations(m.root);
  });

  it('never claims it was sent when the server refused it: the reason shows and the text stays', async () => {
    worker.use(http.post(`${API}/v1/answer-reports`, () => HttpResponse.json({ error: { code: 'internal_error', message: 'boom' } }, { status: 500 })));
    const m = await mount();
    await search(m, 'SE6 1AA');
    await userEvent.click(await reportButton(m));
    const box = m.screen.getByRole('textbox', { name: /what is wrong with this answer/i }) as HTMLTextAreaElement;
    await userEvent.fill(box, 'Wrong party');
    await userEvent.click(m.screen.getByRole('button', { name: /send report/i }));
    await waitFor(() => expect(m.screen.getByRole('alert').textContent).toMatch(/something went wrong|try again/i), { timeout: 5000 });
    expect(m.root.textContent).not.toContain('Your report was received');
    expect(box.value).toBe('Wrong party');
  });

  it('with a mailto: report-url, opens an email with the postcode area and the answer filled in, in the page’s language', async () => {
    const m = await mount('report-url="mailto:facts@union.example"');
    await search(m, 'SE6 1AA');
    await m.screen.findByRole('heading', { name: /your constituency is lewisham east/i });
    const link = (await m.screen.findByRole('link', { name: /report a problem with this answer/i })) as HTMLAnchorElement;
    const url = new URL(link.href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('facts@union.example');
    expect(url.searchParams.get('subject')).toBe('Problem with a constituency answer (SE6 1)');
    expect(url.searchParams.get('body')).toMatch(/^Postcode area: SE6 1\nAnswer shown: Lewisham East\. MP: Janet Daby \(Labour\)\. Majority/);
    expect(url.searchParams.get('body')).not.toContain('SE6 1AA');
  });

  it('takes data-report-url from the script tag, and speaks Polish', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.dataset['reportUrl'] = 'https://union.example/report';
    document.head.append(script);
    try {
      const m = await mount();
      m.el.lang = 'pl';
      await m.screen.findByRole('button', { name: /^szukaj$/i }, { timeout: 3000 });
      await userEvent.fill(m.screen.getByRole('textbox'), 'SE6 1AA');
      await userEvent.click(m.screen.getByRole('button', { name: /^szukaj$/i }));
      const link = (await m.screen.findByRole('link', { name: /zgłoś problem z tą odpowiedzią/i }, { timeout: 3000 })) as HTMLAnchorElement;
      const url = new URL(link.href);
      expect(`${url.origin}${url.pathname}`).toBe('https://union.example/report');
      expect(url.searchParams.get('postcodeArea')).toBe('SE6 1');
    } finally {
      script.remove();
    }
  });
});
