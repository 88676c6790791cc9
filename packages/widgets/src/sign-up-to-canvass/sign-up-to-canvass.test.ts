import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { configure, waitFor, within } from '@testing-library/dom';
import { setupWorker } from 'msw/browser';
import { delay, http, HttpResponse } from 'msw';
import axe from 'axe-core';
import { createMockHandlers, fixtures, mockState, type MockState } from '@solidarity-widgets/sdk/mock';
import { CANVASS_CONSENT_VERSION } from '@solidarity-widgets/contract';
import './sign-up-to-canvass.js';
import type { SignUpToCanvass } from './sign-up-to-canvass.component.js';
import type { CanvassSignedUpDetail } from './events.js';

const API = 'http://localhost:8787';
const LEWISHAM_EAST = 'E14001331';
const HOME_TITLE = 'Saturday doorstep: Catford and Rushey Green';
const BROMLEY_TITLE = 'Weeknight leafleting around Bromley North';
const FULL_TITLE = 'Lunchtime stall at Strutton Ground market';

// prettyDOM cannot print a ShadowRoot: report the query alone, plus the widget's text.
configure({
  getElementError: (message, container) => {
    const text = (container as Node | null)?.textContent?.replace(/\s+/g, ' ').slice(0, 1500) ?? '';
    return new Error(`${message ?? ''}\n\nWidget text: ${text}`);
  },
});

const worker = setupWorker();
let state: MockState;

beforeAll(async () => {
  await worker.start({
    quiet: true,
    // Only API calls must be mocked; the test runner's own module requests pass through.
    onUnhandledRequest(request, print) {
      if (new URL(request.url).pathname.startsWith('/v1/')) print.error();
    },
  });
});
afterAll(() => worker.stop());

beforeEach(() => {
  state = mockState();
  worker.resetHandlers(...createMockHandlers({ baseUrl: API, state }));
});

afterEach(() => {
  document.querySelectorAll('sign-up-to-canvass').forEach((el) => el.remove());
  for (const key of Object.keys(localStorage)) if (key.startsWith('solidarity-widgets:canvass-draft:')) localStorage.removeItem(key);
});

function mount(attrs: Record<string, string> = {}) {
  const el = document.createElement('sign-up-to-canvass') as SignUpToCanvass;
  el.setAttribute('api-base', API);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  const root = el.shadowRoot as unknown as HTMLElement;
  return { el, root, ui: within(root) };
}

type Ui = ReturnType<typeof mount>['ui'];

const signupPosts = () => state.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/v1/canvass-signups'));

/** The session card (list item) whose title is `title`. */
async function card(ui: Ui, title: string): Promise<HTMLElement> {
  const heading = await ui.findByRole('heading', { name: title }, { timeout: 5000 });
  return heading.closest('li') as HTMLElement;
}

async function openForm(ui: Ui, title = HOME_TITLE, button: RegExp = /choose this session/i) {
  const item = await card(ui, title);
  await userEvent.click(within(item).getByRole('button', { name: button }));
  return ui.findByRole('form');
}

async function fillValid(ui: Ui, { consent = true } = {}) {
  await userEvent.fill(ui.getByLabelText(/your name/i), 'Kasia Nowak');
  await userEvent.fill(ui.getByLabelText(/^email/i), 'kasia@example.org');
  await userEvent.fill(ui.getByLabelText(/^phone/i), '+44 7700 900123');
  await userEvent.click(ui.getByRole('checkbox', { name: /^polish/i }));
  if (consent) await userEvent.click(ui.getByRole('checkbox', { name: /organiser may contact me/i }));
}

async function axeViolations(el: Element) {
  const result = await axe.run(el, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const active = (el: HTMLElement) => el.shadowRoot?.activeElement ?? null;

describe('<sign-up-to-canvass> listing sessions', () => {
  it('shows the sessions of the constituency attribute, then nearby marginals nearest first', async () => {
    const { ui } = mount({ constituency: LEWISHAM_EAST });
    expect(await ui.findByRole('heading', { name: 'Canvassing sessions in Lewisham East' })).toBeTruthy();
    const home = await card(ui, HOME_TITLE);
    expect(home.textContent).toContain('Outside Catford Bridge station');
    expect(home.textContent).toContain('lewisham-east@example.org');
    expect(home.textContent).toContain('Step-free meeting point');
    expect(home.textContent).toContain('7 places left');
    expect(home.textContent).toContain('Constituency: Lewisham East');
    // Shown in UK time whatever the supporter's clock: 10:00 GMT on 6 March 2027.
    expect(home.textContent).toMatch(/2027/);
    expect(home.textContent).toMatch(/10:00/);
    expect(home.textContent).toMatch(/GMT/);

    const nearby = await ui.findByRole('heading', { name: /nearby marginal seats/i });
    const nearbyItems = within(nearby.closest('section') as HTMLElement).getAllByRole('listitem');
    expect(nearbyItems.map((li) => li.querySelector('h4')?.textContent)).toEqual(
      expect.arrayContaining([BROMLEY_TITLE, FULL_TITLE]),
    );
    const km = nearbyItems.map((li) => Number(/about ([\d.]+) km/.exec(li.textContent ?? '')?.[1]));
    expect(km.every((n) => n > 0)).toBe(true);
    expect([...km].sort((a, b) => a - b)).toEqual(km);
    const full = await card(ui, FULL_TITLE);
    expect(full.textContent).toContain('Full: join the waiting list');
    expect(within(full).getByRole('button', { name: /join the waiting list/i })).toBeTruthy();
    expect((await card(ui, BROMLEY_TITLE)).textContent).toContain('1 place left');
    // Cancelled sessions are never offered.
    expect(ui.queryByText(/Tillydrone/)).toBeNull();
  });

  it('also shows the supporter\u2019s own clock when it differs from UK time', async () => {
    const session = state.sessions.find((s) => s.constituency.code === LEWISHAM_EAST)!;
    session.startsAt = '2027-07-03T09:00:00Z'; // 10:00 BST
    session.endsAt = '2027-07-03T12:00:00Z';
    const { ui } = mount({ constituency: LEWISHAM_EAST });
    const home = await card(ui, HOME_TITLE);
    expect(home.querySelector('[part~="session-when"]')?.textContent).toMatch(/10:00/);
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const local = home.querySelector('[part~="session-local-time"]');
    if (zone === 'Europe/London') expect(local).toBeNull();
    else expect(local?.textContent).toMatch(/Your time/);
  });

  it('follows the constituency-found event of the finder on the same page', async () => {
    const { ui } = mount();
    expect(await ui.findByLabelText(/your postcode/i)).toBeTruthy();
    document.dispatchEvent(
      new CustomEvent('constituency-found', {
        bubbles: true,
        composed: true,
        detail: {
          code: 'E14001137',
          name: 'Bromley and Biggin Hill',
          nation: 'England',
          mp: 'Peter Fortune',
          party: 'Con',
          majorityPct: 0.00645,
          marginality: 'ultra_marginal',
          postcodeArea: 'BR1 1',
          nearbyMarginals: [{ code: LEWISHAM_EAST, name: 'Lewisham East', distanceKm: 8.4 }],
        },
      }),
    );
    expect(await ui.findByRole('heading', { name: 'Canvassing sessions in Bromley and Biggin Hill' })).toBeTruthy();
    expect(await card(ui, BROMLEY_TITLE)).toBeTruthy();
    const home = await card(ui, HOME_TITLE);
    expect(home.textContent).toContain('about 8.4 km');
    // The distances came with the event: nearbyMarginals was not asked for.
    expect(state.requests.some((r) => r.url.includes('nearby-marginals'))).toBe(false);
  });

  it('measures nearby seats from the sector the finder sends (the finder sends no full postcode)', async () => {
    const { ui } = mount();
    await ui.findByLabelText(/your postcode/i);
    document.dispatchEvent(
      new CustomEvent('constituency-found', { detail: { code: LEWISHAM_EAST, name: 'Lewisham East', nearbyMarginals: [], postcodeArea: 'SE6 4' } }),
    );
    expect(await ui.findByRole('heading', { name: 'Canvassing sessions in Lewisham East' })).toBeTruthy();
    expect(await card(ui, HOME_TITLE)).toBeTruthy();
    const nearby = state.requests.filter((r) => r.url.includes('nearby-marginals')).map((r) => new URL(r.url).searchParams.get('postcode'));
    expect(nearby).toEqual(['SE6 4']);
  });

  it('ignores the finder when follow="false", and stops listening once removed', async () => {
    const { ui, el } = mount({ follow: 'false' });
    await ui.findByLabelText(/your postcode/i);
    document.dispatchEvent(new CustomEvent('constituency-found', { detail: { code: LEWISHAM_EAST, name: 'Lewisham East', nearbyMarginals: [] } }));
    await new Promise((r) => setTimeout(r, 100));
    expect(ui.queryByRole('heading', { name: /canvassing sessions in/i })).toBeNull();
    el.remove();
    el.follow = true;
    document.dispatchEvent(new CustomEvent('constituency-found', { detail: { code: LEWISHAM_EAST, name: 'Lewisham East', nearbyMarginals: [] } }));
    await new Promise((r) => setTimeout(r, 100));
    expect(state.requests.filter((r) => r.url.includes('/v1/canvass-sessions'))).toEqual([]);
    // A widget on the page with following on does react.
    const { ui: ui2 } = mount();
    document.dispatchEvent(new CustomEvent('constituency-found', { detail: { code: LEWISHAM_EAST, name: 'Lewisham East', nearbyMarginals: [] } }));
    expect(await ui2.findByRole('heading', { name: 'Canvassing sessions in Lewisham East' })).toBeTruthy();
  });

  it('asks for a postcode, lets the supporter choose when it spans several seats', async () => {
    const { ui } = mount();
    const input = await ui.findByLabelText(/your postcode/i);
    await userEvent.fill(input, 'not a postcode');
    await userEvent.click(ui.getByRole('button', { name: /show sessions/i }));
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(ui.getByText(/does not look like a UK postcode/)).toBeTruthy();
    expect((input as HTMLInputElement).value).toBe('not a postcode');

    await userEvent.fill(input, 'SE13 6');
    await userEvent.click(ui.getByRole('button', { name: /show sessions/i }));
    expect(await ui.findByRole('heading', { name: /split between 2 constituencies/i })).toBeTruthy();
    await userEvent.click(ui.getByRole('button', { name: 'Choose Lewisham East' }));
    expect(await ui.findByRole('heading', { name: 'Canvassing sessions in Lewisham East' })).toBeTruthy();
    expect(await card(ui, HOME_TITLE)).toBeTruthy();
    // Distances measured from the supporter's own area.
    expect(state.requests.some((r) => r.url.includes('nearby-marginals') && r.url.includes('postcode=SE13'))).toBe(true);
  });

  it('goes straight to the sessions for a postcode attribute in one seat', async () => {
    const { ui } = mount({ postcode: 'BR1 1AA' });
    expect(await ui.findByRole('heading', { name: 'Canvassing sessions in Bromley and Biggin Hill' }, { timeout: 5000 })).toBeTruthy();
  });

  it('says so once when there are no sessions anywhere, and the status says the search is done', async () => {
    state.sessions = [];
    const { root, ui } = mount({ constituency: LEWISHAM_EAST });
    expect(await ui.findByText('No upcoming sessions in Lewisham East yet.')).toBeTruthy();
    expect(ui.getByRole('status').textContent).toBe('Search finished for Lewisham East.');
    expect(root.textContent!.split('No upcoming sessions').length - 1).toBe(1);
    expect(ui.queryByRole('heading', { name: 'The nearest sessions elsewhere' })).toBeNull();
  });

  it('a seat with no sessions near it (Cardiff East) is not a dead end: the nearest sessions elsewhere, with distances, and an introduction to the local campaign', async () => {
    const form = document.createElement('connect-locally');
    form.id = 'introduce';
    document.body.append(form);
    // As on the real server: the marginals near Cardiff are Welsh seats, none with a session yet.
    worker.use(
      http.get(`${API}/v1/constituencies/:code/nearby-marginals`, () =>
        HttpResponse.json({ from: { code: 'W07000089', name: 'Cardiff East' }, maxMajorityPct: 10, marginals: [] }),
      ),
    );
    try {
      const { root, ui } = mount({ constituency: 'W07000089' });
      expect(await ui.findByText('No upcoming sessions in Cardiff East yet.', {}, { timeout: 5000 })).toBeTruthy();
      // Said once: not repeated by the status line.
      expect(root.textContent!.split('No upcoming sessions').length - 1).toBe(1);
      const heading = await ui.findByRole('heading', { name: 'The nearest sessions elsewhere' });
      const cards = within(heading.closest('section') as HTMLElement).getAllByRole('listitem');
      expect(cards.length).toBeGreaterThan(0);
      expect(cards.length).toBeLessThanOrEqual(3);
      // Each says how far away it is, nearest first.
      const km = cards.map((c) => Number(/([\d.,]+)\s*km/.exec(c.textContent ?? '')?.[1]?.replace(/,/g, '')));
      expect(km.every((n) => n > 100)).toBe(true);
      expect(km).toEqual([...km].sort((a, b) => a - b));
      const link = ui.getByRole('link', { name: 'ask to be introduced' });
      expect(link.getAttribute('href')).toBe('#introduce');
      expect(link.closest('[part~="empty"]')?.textContent).toContain('The local campaign in Cardiff East can tell you when they start');
      // A session further away can still be chosen.
      await userEvent.click(within(cards[0]!).getByRole('button', { name: /choose this session|join the waiting list/i }));
      expect(await ui.findByRole('form')).toBeTruthy();
    } finally {
      form.remove();
    }
  });

  it('shows an error with a retry when the list cannot load', async () => {
    let down = true;
    worker.use(http.get(`${API}/v1/canvass-sessions`, () => (down ? HttpResponse.error() : undefined)));
    const { ui } = mount({ constituency: LEWISHAM_EAST });
    const alert = await ui.findByRole('alert', {}, { timeout: 8000 });
    expect(alert.textContent).toMatch(/could not reach the server/i);
    down = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await card(ui, HOME_TITLE)).toBeTruthy();
  });

  it('speaks Polish: its strings, language names and dates', async () => {
    const { ui } = mount({ constituency: LEWISHAM_EAST, lang: 'pl' });
    const home = await card(ui, HOME_TITLE);
    await waitFor(() => expect(home.textContent).toContain('Wolne miejsca: 7'));
    expect(home.textContent).toMatch(/marca 2027/);
    await userEvent.click(within(home).getByRole('button', { name: 'Wybierz to spotkanie' }));
    expect(ui.getByRole('checkbox', { name: /^polski/ })).toBeTruthy();
    expect(ui.getByRole('checkbox', { name: /^walijski/ })).toBeTruthy();
    expect(ui.getByRole('checkbox', { name: /^angielski \(English\)/ })).toBeTruthy();
  });

  it('speaks Welsh: dates with Welsh day and month names although Chromium has no Welsh data', async () => {
    const { ui } = mount({ constituency: LEWISHAM_EAST, lang: 'cy' });
    const home = await card(ui, HOME_TITLE);
    await waitFor(() => expect(home.textContent).toMatch(/Mawrth 2027/));
    expect(home.textContent).toMatch(/Dydd (Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul)/);
    expect(home.textContent).not.toMatch(/March|(Saturday|Sunday), /); // (the session's own title says "Saturday doorstep")
  });

  it('renders right to left in Arabic', async () => {
    const { root } = mount({ constituency: LEWISHAM_EAST, lang: 'ar' });
    await waitFor(() => expect(root.querySelector('[part~="base"]')?.getAttribute('dir')).toBe('rtl'));
  });
});

describe('<sign-up-to-canvass> signing up', () => {
  it('signs a supporter up, confirms it and tells the page without personal data', async () => {
    const events: CanvassSignedUpDetail[] = [];
    const listener = (e: Event) => events.push((e as CustomEvent<CanvassSignedUpDetail>).detail);
    document.addEventListener('canvass-signed-up', listener);
    try {
      const { ui } = mount({ constituency: LEWISHAM_EAST });
      const form = await openForm(ui);
      expect(within(form).getByRole('heading', { name: `Sign up for ${HOME_TITLE}` })).toBeTruthy();
      // Consent is never pre-ticked, and its wording's version is shown.
      expect((ui.getByRole('checkbox', { name: /organiser may contact me/i }) as HTMLInputElement).checked).toBe(false);
      expect(form.textContent).toContain(CANVASS_CONSENT_VERSION);
      await fillValid(ui);
      await userEvent.fill(ui.getByLabelText(/other languages/i), 'Yoruba, pt-BR');
      await userEvent.click(ui.getByRole('checkbox', { name: /first time canvassing/i }));
      await userEvent.click(ui.getByRole('button', { name: 'Sign up' }));

      expect(await ui.findByRole('heading', { name: 'You are signed up' })).toBeTruthy();
      expect(ui.getByText(`You are signed up for ${HOME_TITLE}.`)).toBeTruthy();
      expect(ui.getByText(/Outside Catford Bridge station/)).toBeTruthy();

      const session = fixtures.canvassSessions.find((s) => s.constituency.code === LEWISHAM_EAST)!;
      expect(events).toEqual([
        { sessionId: session.id, constituency: { code: LEWISHAM_EAST, name: 'Lewisham East' }, status: 'confirmed', startsAt: session.startsAt },
      ]);
      expect(JSON.stringify(events)).not.toMatch(/kasia|Nowak|7700/i);

      const created = state.signups.at(-1)!;
      expect(created).toMatchObject({
        sessionId: session.id,
        name: 'Kasia Nowak',
        email: 'kasia@example.org',
        phone: '+44 7700 900123',
        firstTime: true,
        consentVersion: CANVASS_CONSENT_VERSION,
      });
      expect(created.languages).toEqual(['pl', 'yo', 'pt-BR']);
      // The language the form was shown in goes with it: the confirmation email is written in it.
      const sent = state.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/v1/canvass-signups')).at(-1);
      expect((sent?.body as { language?: string } | undefined)?.language).toBe('en');

      // The next supporter at a shared computer starts from an empty form.
      await userEvent.click(ui.getByRole('button', { name: 'See other sessions' }));
      await openForm(ui, BROMLEY_TITLE);
      expect((ui.getByLabelText(/your name/i) as HTMLInputElement).value).toBe('');
      expect((ui.getByLabelText(/^email/i) as HTMLInputElement).value).toBe('');
    } finally {
      document.removeEventListener('canvass-signed-up', listener);
    }
  });

  it('after signing up, offers to share with the seat named; share="off" leaves it out', async () => {
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    try {
      const { root, ui } = mount({ constituency: LEWISHAM_EAST, lang: 'en' });
      await openForm(ui);
      await fillValid(ui);
      await userEvent.click(ui.getByRole('button', { name: 'Sign up' }));
      await ui.findByRole('heading', { name: 'You are signed up' });
      const share = root.querySelector('solidarity-share');
      // The share element is a lazy chunk (needed only after acting): wait for it to arrive and render.
      await customElements.whenDefined('solidarity-share');
      await share?.updateComplete;
      const shareUi = within(share?.shadowRoot as unknown as HTMLElement);
      const text = new URL((shareUi.getByRole('link', { name: 'Share on X' }) as HTMLAnchorElement).href).searchParams.get('text') ?? '';
      expect(text).toMatch(/^I’m helping in Lewisham East — find where your help counts: http:\/\/localhost:\d+\/\S*ref=[a-z0-9]{10}$/);
      expect(text).not.toMatch(/kasia|Nowak|7700/i);
      document.querySelectorAll('sign-up-to-canvass').forEach((el) => el.remove());

      const off = mount({ constituency: LEWISHAM_EAST, lang: 'en', share: 'off' });
      await openForm(off.ui);
      await fillValid(off.ui);
      await userEvent.click(off.ui.getByRole('button', { name: 'Sign up' }));
      await off.ui.findByRole('heading', { name: 'You are signed up' });
      expect(off.root.querySelector('solidarity-share')).toBeNull();
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });

  it('puts the supporter on the waiting list for a full session and says so', async () => {
    const events: CanvassSignedUpDetail[] = [];
    const listener = (e: Event) => events.push((e as CustomEvent<CanvassSignedUpDetail>).detail);
    document.addEventListener('canvass-signed-up', listener);
    try {
      const { ui } = mount({ constituency: LEWISHAM_EAST });
      const form = await openForm(ui, FULL_TITLE, /join the waiting list/i);
      expect(within(form).getByRole('heading', { name: `Join the waiting list for ${FULL_TITLE}` })).toBeTruthy();
      await fillValid(ui);
      await userEvent.click(ui.getByRole('button', { name: 'Join the waiting list' }));
      expect(await ui.findByRole('heading', { name: 'You are on the waiting list' })).toBeTruthy();
      expect(ui.getByText(/you are on the waiting list for Lunchtime stall/i)).toBeTruthy();
      expect(events[0]?.status).toBe('waitlisted');
    } finally {
      document.removeEventListener('canvass-signed-up', listener);
    }
  });

  it('shows a bad email next to the field and keeps everything typed', async () => {
    const { ui, el } = mount({ constituency: LEWISHAM_EAST });
    await openForm(ui);
    await fillValid(ui);
    const email = ui.getByLabelText(/^email/i) as HTMLInputElement;
    await userEvent.fill(email, 'kasia at example');
    await userEvent.fill(ui.getByLabelText(/other languages/i), 'Tigrinya');
    await userEvent.click(ui.getByRole('button', { name: 'Sign up' }));

    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    const message = ui.getByText('Enter an email address like name@example.org.', { selector: 'p' });
    expect(email.getAttribute('aria-describedby')).toContain(message.id);
    const summary = ui.getByRole('alert');
    expect(summary.textContent).toContain('Please correct the highlighted fields.');
    await waitFor(() => expect(summary.matches(':focus')).toBe(true));
    // Nothing is lost.
    expect((ui.getByLabelText(/your name/i) as HTMLInputElement).value).toBe('Kasia Nowak');
    expect(email.value).toBe('kasia at example');
    expect((ui.getByLabelText(/^phone/i) as HTMLInputElement).value).toBe('+44 7700 900123');
    expect((ui.getByLabelText(/other languages/i) as HTMLInputElement).value).toBe('Tigrinya');
    expect((ui.getByRole('checkbox', { name: /^polish/i }) as HTMLInputElement).checked).toBe(true);
    expect((ui.getByRole('checkbox', { name: /organiser may contact me/i }) as HTMLInputElement).checked).toBe(true);
    expect(signupPosts()).toHaveLength(0);

    // The summary links take the supporter to the field.
    await userEvent.click(within(summary).getByRole('button', { name: /email address like/i }));
    await waitFor(() => expect(active(el)).toBe(email));
  });

  it('says which language it did not recognise', async () => {
    const { ui } = mount({ constituency: LEWISHAM_EAST });
    await openForm(ui);
    await fillValid(ui);
    const other = ui.getByLabelText(/other languages/i);
    await userEvent.fill(other, 'Yoruba, Klingonese');
    await userEvent.click(ui.getByRole('button', { name: 'Sign up' }));
    await waitFor(() => expect(other.getAttribute('aria-invalid')).toBe('true'));
    expect(ui.getByText(/did not recognise “Klingonese”/, { selector: 'p' })).toBeTruthy();
    expect(signupPosts()).toHaveLength(0);
  });

  it('will not sign up without the consent tick', async () => {
    const { ui } = mount({ constituency: LEWISHAM_EAST });
    await openForm(ui);
    await fillValid(ui, { consent: false });
    await userEvent.click(ui.getByRole('button', { name: 'Sign up' }));
    const consent = ui.getByRole('checkbox', { name: /organiser may contact me/i });
    await waitFor(() => expect(consent.getAttribute('aria-invalid')).toBe('true'));
    const message = ui.getByText(/Tick the box to agree/, { selector: 'p' });
    expect(consent.getAttribute('aria-describedby')).toContain(message.id);
    expect(signupPosts()).toHaveLength(0);
    // Ticking it and sending again works.
    await userEvent.click(consent);
    await userEvent.click(ui.getByRole('button', { name: 'Sign up' }));
    expect(await ui.findByRole('heading', { name: 'You are signed up' })).toBeTruthy();
  });

  it('shows the server\u2019s field errors next to the fields', async () => {
    worker.use(
      http.post(`${API}/v1/canvass-signups`, () =>
        HttpResponse.json(
          {
            error: {
              code: 'validation_failed',
              message: 'Some answers need another look.',
              details: {
                fields: [
                  { field: 'phone', code: 'invalid_format', message: 'This is not in the expected format.' },
                  { field: 'name', code: 'too_long', message: 'This is too long.' },
                ],
              },
            },
          },
          { status: 400 },
        ),
      ),
    );
    const { ui } = mount({ constituency: LEWISHAM_EAST });
    await openForm(ui);
    await fillValid(ui);
    await userEvent.click(ui.getByRole('button', { name: 'Sign up' }));
    const phone = ui.getByLabelText(/^phone/i) as HTMLInputElement;
    await waitFor(() => expect(phone.getAttribute('aria-invalid')).toBe('true'));
    const phoneMessage = ui.getByText('Enter a phone number using digits, spaces and an optional +.', { selector: 'p' });
    expect(phone.getAttribute('aria-describedby')).toContain(phoneMessage.id);
    const name = ui.getByLabelText(/your name/i) as HTMLInputElement;
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(ui.getByText('This is too long.', { selector: 'p' }).id).toBe('cv-name-error');
    expect(phone.value).toBe('+44 7700 900123');
    expect(ui.getByRole('alert').textContent).toContain('Please correct the highlighted fields.');
  });

  it('retries after a network failure with the same Idempotency-Key, creating one sign-up', async () => {
    const keys: (string | null)[] = [];
    let failures = 3; // the first attempt and the SDK's two automatic retries
    worker.use(
      http.post(`${API}/v1/canvass-signups`, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        if (failures-- > 0) return HttpResponse.error();
        return undefined; // on to the mock API
      }),
    );
    const before = state.signups.length;
    const { ui } = mount({ constituency: LEWISHAM_EAST });
    await openForm(ui);
    await fillValid(ui);
    await userEvent.click(ui.getByRole('button', { name: 'Sign up' }));
    const alert = await ui.findByRole('alert', {}, { timeout: 8000 });
    expect(alert.textContent).toMatch(/could not reach the server/i);
    expect(alert.textContent).toContain('Everything you typed is still here.');
    expect((ui.getByLabelText(/your name/i) as HTMLInputElement).value).toBe('Kasia Nowak');

    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await ui.findByRole('heading', { name: 'You are signed up' })).toBeTruthy();
    expect(keys.length).toBe(4);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(keys).size).toBe(1);
    expect(state.signups.length).toBe(before + 1);
  });

  it('sends one request when the button is double-clicked', async () => {
    worker.use(
      http.post(`${API}/v1/canvass-signups`, async () => {
        await delay(300);
        return undefined;
      }),
    );
    const before = state.signups.length;
    const { ui } = mount({ constituency: LEWISHAM_EAST });
    await openForm(ui);
    await fillValid(ui);
    const submit = ui.getByRole('button', { name: 'Sign up' });
    await userEvent.dblClick(submit);
    await waitFor(() => expect((submit as HTMLButtonElement).disabled).toBe(true));
    expect(await ui.findByRole('heading', { name: 'You are signed up' })).toBeTruthy();
    expect(signupPosts()).toHaveLength(1);
    expect(state.signups.length).toBe(before + 1);
  });

  it('tells the supporter when the session has gone, refreshes the list and keeps their details', async () => {
    const session = state.sessions.find((s) => s.constituency.code === LEWISHAM_EAST)!;
    const { ui } = mount({ constituency: LEWISHAM_EAST });
    await openForm(ui);
    await fillValid(ui);
    session.status = 'cancelled'; // cancelled by the organiser while the supporter was typing
    await userEvent.click(ui.getByRole('button', { name: 'Sign up' }));
    expect((await ui.findByRole('alert')).textContent).toContain('That session is no longer available');
    await waitFor(() => expect(ui.queryByRole('heading', { name: HOME_TITLE })).toBeNull());
    await openForm(ui, BROMLEY_TITLE);
    expect((ui.getByLabelText(/your name/i) as HTMLInputElement).value).toBe('Kasia Nowak');
    expect((ui.getByLabelText(/^email/i) as HTMLInputElement).value).toBe('kasia@example.org');
    // Consent was for the other organiser: asked again.
    expect((ui.getByRole('checkbox', { name: /organiser may contact me/i }) as HTMLInputElement).checked).toBe(false);
  });

  it('restores the draft after a reload, without the consent tick, and forgets it after signing up', async () => {
    const first = mount({ constituency: LEWISHAM_EAST });
    await openForm(first.ui);
    await fillValid(first.ui);
    await userEvent.fill(first.ui.getByLabelText(/other languages/i), 'Yoruba');
    await userEvent.click(first.ui.getByRole('checkbox', { name: /first time canvassing/i }));
    first.el.remove(); // the page reloads

    const { ui } = mount({ constituency: LEWISHAM_EAST });
    await openForm(ui, HOME_TITLE, /continue your sign-up/i);
    expect((ui.getByLabelText(/your name/i) as HTMLInputElement).value).toBe('Kasia Nowak');
    expect((ui.getByLabelText(/^email/i) as HTMLInputElement).value).toBe('kasia@example.org');
    expect((ui.getByLabelText(/^phone/i) as HTMLInputElement).value).toBe('+44 7700 900123');
    expect((ui.getByLabelText(/other languages/i) as HTMLInputElement).value).toBe('Yoruba');
    expect((ui.getByRole('checkbox', { name: /^polish/i }) as HTMLInputElement).checked).toBe(true);
    expect((ui.getByRole('checkbox', { name: /first time canvassing/i }) as HTMLInputElement).checked).toBe(true);
    const consent = ui.getByRole('checkbox', { name: /organiser may contact me/i }) as HTMLInputElement;
    expect(consent.checked).toBe(false);
    expect(Object.values(localStorage).join()).not.toMatch(/consent/i);

    await userEvent.click(consent);
    await userEvent.click(ui.getByRole('button', { name: 'Sign up' }));
    expect(await ui.findByRole('heading', { name: 'You are signed up' })).toBeTruthy();
    expect(Object.keys(localStorage).filter((k) => k.startsWith('solidarity-widgets:canvass-draft:'))).toEqual([]);
  });

  it('offers the calendar file as a blob download and frees it on removal', async () => {
    const { ui, el } = mount({ constituency: LEWISHAM_EAST });
    await openForm(ui);
    await fillValid(ui);
    await userEvent.click(ui.getByRole('button', { name: 'Sign up' }));
    const link = (await ui.findByRole('link', { name: 'Add to calendar' })) as HTMLAnchorElement;
    expect(link.href).toMatch(/^blob:/);
    expect(link.getAttribute('download')).toBe('canvass-session.ics');
    const text = await (await fetch(link.href)).text();
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain(HOME_TITLE);
    el.remove();
    await expect(fetch(link.href)).rejects.toThrow();
  });

  it('offers the link that lets the supporter cancel their place later', async () => {
    const { ui } = mount({ constituency: LEWISHAM_EAST });
    await openForm(ui);
    await fillValid(ui);
    await userEvent.click(ui.getByRole('button', { name: 'Sign up' }));
    const link = (await ui.findByRole('link', { name: 'Cancel my place' })) as HTMLAnchorElement;
    expect(link.href).toMatch(/\/cancel-signup\?id=[0-9a-f-]{36}&token=/);
    // The cancellation page then speaks the language the supporter signed up in.
    expect(new URL(link.href).searchParams.get('lang')).toBe('en');
    expect(link.rel).toContain('noopener');
    expect(ui.getByText(/frees your place for someone on the waiting list/)).toBeTruthy();
  });

  it('can be completed with the keyboard alone', async () => {
    const { ui, el } = mount({ constituency: LEWISHAM_EAST });
    await card(ui, HOME_TITLE);
    const tabUntil = async (match: (e: Element | null) => boolean, max = 80) => {
      for (let i = 0; i < max && !match(active(el)); i++) await userEvent.keyboard('{Tab}');
      expect(match(active(el))).toBe(true);
    };
    (document.activeElement as HTMLElement | null)?.blur();
    await tabUntil((e) => e?.textContent?.trim() === 'Choose this session');
    await userEvent.keyboard('{Enter}');
    const heading = await ui.findByRole('heading', { name: `Sign up for ${HOME_TITLE}` });
    await waitFor(() => expect(active(el)).toBe(heading));

    await tabUntil((e) => e === ui.getByLabelText(/your name/i));
    await userEvent.keyboard('Kasia Nowak');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('kasia@example.org');
    await tabUntil((e) => e === ui.getByRole('checkbox', { name: /^polish/i }));
    await userEvent.keyboard(' ');
    await tabUntil((e) => e === ui.getByRole('checkbox', { name: /organiser may contact me/i }));
    await userEvent.keyboard(' ');
    await tabUntil((e) => e === ui.getByRole('button', { name: 'Sign up' }));
    await userEvent.keyboard('{Enter}');

    const done = await ui.findByRole('heading', { name: 'You are signed up' });
    await waitFor(() => expect(active(el)).toBe(done));
    expect(state.signups.at(-1)).toMatchObject({ name: 'Kasia Nowak', email: 'kasia@example.org', languages: ['pl'] });
  });
});

describe('<sign-up-to-canvass> accessibility', () => {
  it('has no axe violations on the list, the form with errors and the confirmation', async () => {
    const { ui, el } = mount({ constituency: LEWISHAM_EAST });
    await card(ui, FULL_TITLE);
    expect(await axeViolations(el)).toEqual([]);

    await openForm(ui);
    await userEvent.click(ui.getByRole('button', { name: 'Sign up' }));
    const summary = await ui.findByRole('alert');
    expect(summary.textContent).toContain('Enter your name.');
    expect(summary.textContent).toContain('Enter your email address.');
    expect(summary.textContent).toContain('Tick the box to agree');
    expect(await axeViolations(el)).toEqual([]);

    await fillValid(ui);
    await userEvent.click(ui.getByRole('button', { name: 'Sign up' }));
    await ui.findByRole('heading', { name: 'You are signed up' });
    expect(await axeViolations(el)).toEqual([]);
  });

  it('has no axe violations when asking for a postcode, with an error', async () => {
    const { ui, el } = mount();
    await userEvent.click(await ui.findByRole('button', { name: /show sessions/i }));
    await ui.findByText('Please fill in this field.');
    expect(await axeViolations(el)).toEqual([]);
  });
});
