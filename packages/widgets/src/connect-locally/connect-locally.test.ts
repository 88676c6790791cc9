import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import { configure, within, waitFor } from '@testing-library/dom';
import axe from 'axe-core';
import { createMockHandlers, mockState, type MockState } from '@solidarity-widgets/sdk/mock';
import type { ConnectLocally } from './connect-locally.component.js';
import type { IntroductionRequestedDetail } from './events.js';
import './connect-locally.js';

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

async function mount(attrs = 'lang="en"') {
  const host = document.createElement('div');
  host.innerHTML = `<connect-locally api-base="${API}" partner="unite-london" ${attrs}></connect-locally>`;
  document.body.append(host);
  const el = host.querySelector('connect-locally') as ConnectLocally;
  await el.updateComplete;
  const root = el.shadowRoot as unknown as HTMLElement;
  return { el, root, screen: within(root) };
}

type Mounted = Awaited<ReturnType<typeof mount>>;

async function expectNoAxeViolations(root: HTMLElement) {
  const results = await axe.run(root as unknown as Element, { resultTypes: ['violations'] });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
}

/** Fills everything but the area and the consent, as an organisation would. */
async function fillOrganisation({ screen }: Mounted) {
  await userEvent.fill(screen.getByLabelText(/name of your organisation/i), 'Brockley Bengali Women’s Forum');
  await userEvent.selectOptions(screen.getByLabelText(/type of organisation/i), 'community_group');
  await userEvent.click(screen.getByRole('checkbox', { name: /^bangla$|^bengali$/i }));
  await userEvent.fill(screen.getByLabelText(/contact person/i), 'Nasima Begum');
  await userEvent.fill(screen.getByLabelText(/email address/i), 'nasima@example.org');
  await userEvent.click(screen.getByRole('checkbox', { name: /canvassers/i }));
  await userEvent.click(screen.getByRole('checkbox', { name: /translators/i }));
}

async function findArea({ screen }: Mounted, postcode: string) {
  await userEvent.fill(screen.getByLabelText(/^postcode$/i), postcode);
  await userEvent.click(screen.getByRole('button', { name: /find constituencies/i }));
}

describe('<connect-locally>', () => {
  it('shows a labelled form; the consent and directory boxes are not ticked; axe finds nothing', async () => {
    const m = await mount();
    expect(m.screen.getByRole('heading', { name: /work with your local campaign/i })).toBeTruthy();
    expect((m.screen.getByRole('checkbox', { name: /organisers of these constituencies may contact me/i }) as HTMLInputElement).checked).toBe(false);
    expect((m.screen.getByRole('checkbox', { name: /public groups directory/i }) as HTMLInputElement).checked).toBe(false);
    expect(m.screen.queryByRole('checkbox', { name: /show our email/i })).toBeNull();
    await expectNoAxeViolations(m.root);
  });

  it('sending an empty form shows an error next to each required field and focuses the first', async () => {
    const m = await mount();
    await userEvent.click(m.screen.getByRole('button', { name: /ask for an introduction/i }));
    const organisation = m.screen.getByLabelText(/name of your organisation/i);
    await waitFor(() => expect(organisation.getAttribute('aria-invalid')).toBe('true'));
    expect(m.screen.getByRole('alert').textContent).toMatch(/correct the highlighted fields/i);
    expect(m.root.textContent).toMatch(/enter the name of your organisation/i);
    expect(m.root.textContent).toMatch(/choose the type of your organisation/i);
    expect(m.root.textContent).toMatch(/find your area and choose at least one constituency/i);
    expect(m.root.textContent).toMatch(/tick this box so that the organisers can contact you/i);
    expect(organisation.getAttribute('aria-describedby')).toContain('cl-organisation-error');
    await waitFor(() => expect(m.el.shadowRoot?.activeElement).toBe(organisation));
    expect(state.introductions).toHaveLength(3); // nothing sent
    await expectNoAxeViolations(m.root);
  });

  it('a split postcode offers its seats; the organisation picks one, sends, sees what happens next, and the page hears without personal data', async () => {
    const m = await mount();
    const heard = new Promise<IntroductionRequestedDetail>((resolve) =>
      m.el.addEventListener('introduction-requested', (e) => resolve(e.detail), { once: true }),
    );
    await fillOrganisation(m);
    await findArea(m, 'se13 6');
    await m.screen.findByText(/SE13 6 is split between several constituencies/i);
    await userEvent.click(m.screen.getByRole('checkbox', { name: /lewisham north/i }));
    await userEvent.click(m.screen.getByRole('checkbox', { name: /organisers of these constituencies may contact me/i }));
    await userEvent.click(m.screen.getByRole('checkbox', { name: /public groups directory/i }));
    await userEvent.click(m.screen.getByRole('checkbox', { name: /show our email/i }));
    await userEvent.click(m.screen.getByRole('button', { name: /ask for an introduction/i }));

    await m.screen.findByRole('heading', { name: /thank you, brockley bengali women’s forum/i });
    expect(m.root.textContent).toMatch(/local campaign in Lewisham North/);
    expect(m.root.textContent).toMatch(/email you at nasima@example.org/);
    expect(m.root.textContent).toMatch(/listing will appear once a moderator has checked it/i);
    const detail = await heard;
    expect(detail).toMatchObject({ constituencies: ['E14001332'], organisationType: 'community_group', offers: ['canvassers', 'translators'], listing: 'pending' });
    expect(JSON.stringify(detail)).not.toMatch(/nasima|Begum|Brockley/i);
    expect(state.introductions[0]).toMatchObject({
      organisation: 'Brockley Bengali Women’s Forum',
      languages: ['bn'],
      partner: 'unite-london',
      showContactInDirectory: true,
      constituencies: [{ code: 'E14001332', name: 'Lewisham North' }],
    });
    // The form's language goes with the request: the confirmation email is written in it.
    const sent = state.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/v1/introductions')).at(-1);
    expect((sent?.body as { language?: string } | undefined)?.language).toBe('en');
    await expectNoAxeViolations(m.root);
  });

  it('a whole postcode gives one seat at once; a typo is answered next to the field', async () => {
    const m = await mount();
    await findArea(m, 'ZZ99 9ZZ');
    const error = await m.screen.findByText(/could not find ZZ99 9ZZ/i);
    expect(error.getAttribute('role')).toBe('alert');
    expect(m.screen.getByLabelText(/^postcode$/i).getAttribute('aria-invalid')).toBe('true');
    await findArea(m, 'SW1A 1AA');
    await m.screen.findByText('Constituency: Cities of London and Westminster');
    await userEvent.click(m.screen.getByRole('button', { name: /change area/i }));
    expect(m.screen.getByLabelText(/^postcode$/i)).toBeTruthy();
  });

  it('a postcode typed with a hyphen or a full stop finds its seat', async () => {
    for (const typed of ['SW1A-1AA', 'sw1a 1aa.']) {
      const m = await mount();
      await findArea(m, typed);
      await m.screen.findByText('Constituency: Cities of London and Westminster');
      document.body.replaceChildren();
    }
  });

  it('takes its area from the finder on the page', async () => {
    const m = await mount();
    document.dispatchEvent(
      new CustomEvent('constituency-found', {
        detail: { code: 'E14001331', name: 'Lewisham East', nation: 'England', mp: 'Janet Daby', party: 'Lab', majorityPct: 0.44, marginality: 'safe', nearbyMarginals: [], postcode: 'SE6 1AA' },
      }),
    );
    await m.screen.findByText('Constituency: Lewisham East');
  });

  it('rate limited: says how long to wait, keeps everything typed, and the retry sends the same request once', async () => {
    const m = await mount('lang="en" constituency="E14001331"');
    await m.screen.findByText('Constituency: Lewisham East');
    let calls = 0;
    const keys: (string | null)[] = [];
    worker.use(
      http.post(`${API}/v1/introductions`, ({ request }) => {
        calls++;
        keys.push(request.headers.get('idempotency-key'));
        return HttpResponse.json({ error: { code: 'rate_limited', message: 'Too many.' } }, { status: 429, headers: { 'Retry-After': '60' } });
      }),
    );
    await fillOrganisation(m);
    await userEvent.click(m.screen.getByRole('checkbox', { name: /organisers of these constituencies may contact me/i }));
    await userEvent.click(m.screen.getByRole('button', { name: /ask for an introduction/i }));
    await waitFor(() => expect(m.screen.getByRole('alert').textContent).toMatch(/wait 60 seconds/i));
    expect((m.screen.getByLabelText(/name of your organisation/i) as HTMLInputElement).value).toBe('Brockley Bengali Women’s Forum');
    expect(calls).toBe(1);

    worker.resetHandlers(...createMockHandlers({ baseUrl: API, state }));
    await userEvent.click(m.screen.getByRole('button', { name: /try again/i }));
    await m.screen.findByRole('heading', { name: /thank you/i });
    const sent = state.requests.filter((r) => r.url.endsWith('/v1/introductions'));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.headers['idempotency-key']).toBe(keys[0]);
  });

  it('network failure: a clear message and a retry button; the form stays filled', async () => {
    const m = await mount('lang="en" constituency="E14001331"');
    worker.use(http.post(`${API}/v1/introductions`, () => HttpResponse.error()));
    await fillOrganisation(m);
    await userEvent.click(m.screen.getByRole('checkbox', { name: /organisers of these constituencies may contact me/i }));
    await userEvent.click(m.screen.getByRole('button', { name: /ask for an introduction/i }));
    await waitFor(() => expect(m.screen.getByRole('alert').textContent).toMatch(/could not reach the server/i), { timeout: 10_000 });
    expect(m.screen.getByRole('button', { name: /try again/i })).toBeTruthy();
    expect((m.screen.getByLabelText(/contact person/i) as HTMLInputElement).value).toBe('Nasima Begum');
  });

  it('server field errors are shown next to the field', async () => {
    const m = await mount('lang="en" constituency="E14001331"');
    worker.use(
      http.post(`${API}/v1/introductions`, () =>
        HttpResponse.json(
          { error: { code: 'validation_failed', message: 'Some fields need attention.', details: { fields: [{ field: 'email', code: 'invalid_format', message: 'x' }] } } },
          { status: 400 },
        ),
      ),
    );
    await fillOrganisation(m);
    await userEvent.click(m.screen.getByRole('checkbox', { name: /organisers of these constituencies may contact me/i }));
    await userEvent.click(m.screen.getByRole('button', { name: /ask for an introduction/i }));
    await waitFor(() => expect(m.screen.getByLabelText(/email address/i).getAttribute('aria-invalid')).toBe('true'));
    expect(m.root.textContent).toMatch(/email address like name@example.org/i);
  });

  it('works from the keyboard: Enter in the postcode field finds the seats, Space ticks a box', async () => {
    const m = await mount();
    m.screen.getByLabelText(/^postcode$/i).focus();
    await userEvent.keyboard('SE13 6{Enter}');
    const seat = await m.screen.findByRole('checkbox', { name: /lewisham east/i });
    seat.focus();
    await userEvent.keyboard(' ');
    expect((seat as HTMLInputElement).checked).toBe(true);
  });

  it('speaks Polish, and Arabic right to left', async () => {
    const pl = await mount('lang="pl"');
    await pl.screen.findByRole('heading', { name: 'Współpracuj z lokalną kampanią' });
    document.body.replaceChildren();
    const ar = await mount('lang="ar"');
    await ar.screen.findByRole('heading', { name: 'اعملوا مع حملتكم المحلية' });
    expect(ar.root.querySelector('[part~="base"]')?.getAttribute('dir')).toBe('rtl');
    await expectNoAxeViolations(ar.root);
  });
});
