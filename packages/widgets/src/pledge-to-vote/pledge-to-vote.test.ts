import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import { within, waitFor } from '@testing-library/dom';
import axe from 'axe-core';
import { createMockHandlers, mockState, type MockState } from '@solidarity-widgets/sdk/mock';
import { registrationDeadline, ukToday } from '@solidarity-widgets/rules/eligibility';
import type { PledgeToVote } from './pledge-to-vote.component.js';
import type { VotePledgedDetail } from './events.js';
import './pledge-to-vote.js';

const API = 'http://localhost:8787';
const PLEDGES = `${API}/v1/pledges`;

const worker = setupWorker();
let state: MockState;
let listeners: AbortController;

/** `days` after today in the UK, `YYYY-MM-DD`. */
function inDays(days: number): string {
  const d = new Date(`${ukToday()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const POLLING_DAY = inDays(60);

const longDate = (iso: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

beforeAll(async () => {
  await worker.start({ onUnhandledRequest: 'error', quiet: true });
});
afterAll(() => worker.stop());
beforeEach(() => {
  listeners = new AbortController();
  state = mockState();
  worker.resetHandlers(...createMockHandlers({ baseUrl: API, state }));
});
afterEach(() => {
  listeners.abort();
  document.body.replaceChildren();
});

/** `partner: null` mounts it as a page without `partner` or `data-partner` would. */
async function mount(attrs = `constituency="E14001331" election-type="general" election-date="${POLLING_DAY}"`, { partner = 'unite-london' as string | null } = {}) {
  const host = document.createElement('div');
  host.innerHTML = `<pledge-to-vote api-base="${API}" ${partner ? `partner="${partner}"` : ''} ${attrs.includes('lang=') ? '' : 'lang="en"'} ${attrs}></pledge-to-vote>`;
  document.body.append(host);
  const el = host.querySelector('pledge-to-vote') as PledgeToVote;
  await el.updateComplete;
  const root = el.shadowRoot as unknown as HTMLElement;
  const screen = within(root);
  return { el, root, screen };
}

type Screen = Awaited<ReturnType<typeof mount>>['screen'];

const pledgePosts = () => state.requests.filter((r) => r.method === 'POST' && r.url === PLEDGES);

async function expectNoAxeViolations(el: Element) {
  const result = await axe.run(el);
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The element focused inside the widget's shadow root. */
const focused = (el: PledgeToVote) => el.shadowRoot?.activeElement ?? null;

async function tabTo(el: PledgeToVote, target: Element, max = 30) {
  for (let i = 0; i < max && focused(el) !== target; i++) await userEvent.tab();
  expect(focused(el)).toBe(target);
}

async function fill(screen: Screen, options: { intent?: RegExp; email?: string; reminders?: boolean } = {}) {
  await userEvent.click(await screen.findByRole('radio', { name: options.intent ?? /^I will vote$/ }));
  if (options.email) await userEvent.type(screen.getByRole('textbox', { name: /your email address/i }), options.email);
  if (options.reminders) await userEvent.click(screen.getByRole('checkbox', { name: /email me reminders/i }));
}

describe('<pledge-to-vote>', () => {
  it('shows the partner’s election: polling day, the registration deadline with a countdown, photo ID and where to register', async () => {
    const { el, screen } = await mount();
    await screen.findByRole('heading', { name: 'UK general election' });
    screen.getByText(`Polling day: ${longDate(POLLING_DAY)}`);
    const deadline = registrationDeadline(POLLING_DAY, 'general', 'England');
    expect(deadline).toBeDefined();
    screen.getByText(`Register to vote by ${longDate(deadline!.date)}`);
    const days = Math.round((Date.parse(deadline!.date) - Date.parse(ukToday())) / 86_400_000);
    screen.getByText(`${days} days left to register.`);
    screen.getByText(/You need photo ID to vote at a polling station/);
    expect(screen.getByRole('link', { name: 'Apply for free voter ID' }).getAttribute('href')).toBe('https://www.gov.uk/apply-for-photo-id-voter-authority-certificate');
    expect(screen.getByRole('link', { name: 'Register to vote on GOV.UK' }).getAttribute('href')).toBe('https://www.gov.uk/register-to-vote');
    // Reminders are never pre-ticked.
    expect((screen.getByRole('checkbox', { name: /email me reminders/i }) as HTMLInputElement).checked).toBe(false);
    // "Can I vote?" for the supporter's nationality: the finder's explainer.
    screen.getByRole('heading', { name: 'Can I vote?' });
    await expectNoAxeViolations(el);
  });

  it('a Northern Ireland seat gets Northern Ireland’s photo ID rule', async () => {
    const { screen } = await mount(`constituency="N05000001" election-type="general" election-date="${POLLING_DAY}"`);
    await screen.findByText('In Northern Ireland you need photo ID to vote at a polling station.');
    expect(screen.queryByRole('link', { name: 'Apply for free voter ID' })).toBeNull();
    screen.getByRole('link', { name: 'Which photo ID is accepted' });
  });

  it('pledges with reminders by keyboard alone, then shows the reminder dates, the count and the share block', async () => {
    const { el, screen } = await mount();
    const events: VotePledgedDetail[] = [];
    document.body.addEventListener('vote-pledged', (e) => events.push(e.detail), { signal: listeners.signal });

    const vote = await screen.findByRole('radio', { name: /^I need to register first/ });
    await tabTo(el, screen.getByRole('radio', { name: /^I will vote$/ }));
    await userEvent.keyboard('{ArrowDown}'); // arrow keys move between radios and choose
    expect((vote as HTMLInputElement).checked).toBe(true);
    await userEvent.tab();
    expect(focused(el)).toBe(screen.getByRole('textbox', { name: /your email address/i }));
    await userEvent.keyboard('amira@example.org');
    await userEvent.tab();
    expect(focused(el)).toBe(screen.getByRole('checkbox', { name: /email me reminders/i }));
    await userEvent.keyboard(' ');
    await userEvent.tab();
    expect(focused(el)).toBe(screen.getByRole('button', { name: 'Pledge to vote' }));
    await userEvent.keyboard('{Enter}');

    const heading = await screen.findByRole('heading', { name: 'Thank you for pledging to vote' });
    await waitFor(() => expect(focused(el)).toBe(heading));
    const [post] = pledgePosts();
    expect(pledgePosts()).toHaveLength(1);
    expect(post?.body).toMatchObject({
      partner: 'unite-london',
      constituencyCode: 'E14001331',
      intent: 'register-and-vote',
      election: { type: 'general', date: POLLING_DAY },
      email: 'amira@example.org',
      reminders: true,
      language: 'en',
    });
    expect(post?.body).not.toHaveProperty('website');
    expect(post?.headers['idempotency-key']).toMatch(/^[0-9a-f-]{32,36}$/);

    screen.getByText('We will email you on these dates:');
    screen.getByText(`On polling day: ${longDate(POLLING_DAY)}`);
    screen.getByText(/^A few days before polling day: /);
    screen.getByText('1 person in your constituency has pledged to vote.');
    expect(el.shadowRoot?.querySelector('solidarity-share')).not.toBeNull();

    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ constituency: 'E14001331', intent: 'register-and-vote', reminders: true, alreadyPledged: false, count: 1 });
    expect(JSON.stringify(events[0])).not.toMatch(/amira|example\.org/);
    await expectNoAxeViolations(el);
  });

  it('without an email or a tick, pledges with no reminders and says so; the count is plural-correct', async () => {
    worker.use(
      http.post(PLEDGES, async ({ request }) => {
        const body = (await request.json()) as { constituencyCode: string; intent: string; election: { type: string; date: string } };
        return HttpResponse.json(
          { pledge: { id: crypto.randomUUID(), constituencyCode: body.constituencyCode, intent: body.intent, election: body.election, reminders: false, reminderDates: [] }, count: 12 },
          { status: 201 },
        );
      }),
    );
    const { screen } = await mount();
    await fill(screen);
    await userEvent.click(screen.getByRole('button', { name: 'Pledge to vote' }));
    await screen.findByText('12 people in your constituency have pledged to vote.');
    screen.getByText('We will not send you any emails.');
  });

  it('tells a supporter who already pledged, without a second confirmation', async () => {
    worker.use(
      http.post(PLEDGES, async ({ request }) => {
        const body = (await request.json()) as { constituencyCode: string; intent: string; election: { type: string; date: string } };
        return HttpResponse.json({
          pledge: { id: crypto.randomUUID(), constituencyCode: body.constituencyCode, intent: body.intent, election: body.election, reminders: true, reminderDates: [{ kind: 'polling-day', date: body.election.date }] },
          count: 3,
          alreadyPledged: true,
        });
      }),
    );
    const { el, screen } = await mount();
    const events: VotePledgedDetail[] = [];
    document.body.addEventListener('vote-pledged', (e) => events.push(e.detail), { signal: listeners.signal });
    await fill(screen, { email: 'amira@example.org', reminders: true });
    await userEvent.click(screen.getByRole('button', { name: 'Pledge to vote' }));
    await screen.findByRole('heading', { name: 'You have already pledged' });
    screen.getByText(/already pledged for this election here/);
    expect(events[0]?.alreadyPledged).toBe(true);
    await expectNoAxeViolations(el);
  });

  it('after polling day (by its date) takes no pledge and says pledges are closed', async () => {
    const { screen } = await mount('constituency="E14001331" election-type="general" election-date="2024-07-04"');
    await screen.findByText(/This election has already taken place/);
    expect(screen.queryByRole('button', { name: 'Pledge to vote' })).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('when the server says the election has passed, the form gives way to the same message', async () => {
    worker.use(
      http.post(PLEDGES, () =>
        HttpResponse.json({ error: { code: 'election_passed', message: 'This election has passed.' } }, { status: 422 }),
      ),
    );
    const { el, screen } = await mount();
    await fill(screen);
    await userEvent.click(screen.getByRole('button', { name: 'Pledge to vote' }));
    const closed = await screen.findByText(/This election has already taken place/);
    expect(screen.queryByRole('button', { name: 'Pledge to vote' })).toBeNull();
    await waitFor(() => expect(focused(el)).toBe(closed));
  });

  it('with no election configured, says so and offers only the registration link', async () => {
    const { el, screen } = await mount('constituency="E14001331"');
    await screen.findByText(/has not chosen an election to pledge for yet/);
    expect(screen.getByRole('link', { name: 'Register to vote on GOV.UK' })).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Pledge to vote' })).toBeNull();
    await expectNoAxeViolations(el);
  });

  it('without a partner (no partner attribute, no data-partner), shows no form: says the site is not set up, links to registering, and warns the webmaster', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const { el, screen } = await mount(undefined, { partner: null });
      await screen.findByText(/This site has not finished setting up pledges/);
      // The election is set: the message must not say none was chosen.
      expect(screen.queryByText(/has not chosen an election/)).toBeNull();
      expect(screen.getByRole('link', { name: 'Register to vote on GOV.UK' }).getAttribute('href')).toBe('https://www.gov.uk/register-to-vote');
      expect(screen.queryByRole('radio')).toBeNull();
      expect(screen.queryByRole('textbox')).toBeNull();
      expect(screen.queryByRole('button', { name: 'Pledge to vote' })).toBeNull();
      await waitFor(() => expect(warnings.map((w) => String(w[0]))).toEqual([expect.stringMatching(/<pledge-to-vote>.*data-partner/)]));
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings).toHaveLength(1); // once per widget, not per render
      await expectNoAxeViolations(el);
      expect(pledgePosts()).toHaveLength(0);
    } finally {
      console.warn = original;
    }
  });

  it('a partner on the script tag (data-partner) is enough', async () => {
    const { setPageDefaults } = await import('../core/config.js');
    const script = document.createElement('script');
    script.type = 'text/plain';
    document.head.append(script);
    try {
      setPageDefaults({ partner: 'tag-partner' }, script);
      const { screen } = await mount(undefined, { partner: null });
      await fill(screen);
      await userEvent.click(screen.getByRole('button', { name: 'Pledge to vote' }));
      await screen.findByRole('heading', { name: 'Thank you for pledging to vote' });
      expect(pledgePosts()[0]?.body).toMatchObject({ partner: 'tag-partner' });
    } finally {
      setPageDefaults({}, script);
      script.remove();
    }
  });

  it('an election not held in the seat’s nation (a Senedd election, an English seat): no pledge, no Welsh facts, says so, keeps the register link', async () => {
    const { el, screen } = await mount(`constituency="E14001331" election-type="senedd" election-date="${POLLING_DAY}"`);
    await screen.findByText(/Pledges here are for: Senedd \(Welsh Parliament\) elections\. This election is not held in England, where your constituency is/);
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Pledge to vote' })).toBeNull();
    expect(screen.queryByText(/Polling day:/)).toBeNull();
    expect(screen.queryByText(/Register to vote by/)).toBeNull();
    expect(el.shadowRoot?.querySelector('[part~="photo-id"], [part~="deadline"], [part~="countdown"]')).toBeNull();
    screen.getByRole('link', { name: 'Register to vote on GOV.UK' });
    await expectNoAxeViolations(el);
  });

  it('learns the seat from a postcode, then from the finder: not held in England, offered in Wales', async () => {
    const { screen } = await mount(`election-type="senedd" election-date="${POLLING_DAY}"`);
    await userEvent.type(await screen.findByRole('textbox', { name: 'Your postcode' }), 'SE6 1AA{Enter}');
    await screen.findByRole('heading', { name: 'Your constituency: Lewisham East' });
    await screen.findByText(/This election is not held in England/);
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByText(/Polling day:/)).toBeNull();
    // The supporter can still correct the seat.
    screen.getByRole('button', { name: 'Change postcode' });
    document.body.dispatchEvent(new CustomEvent('constituency-found', { detail: { code: 'W07000089', name: 'Cardiff East' }, bubbles: true, composed: true }));
    await screen.findByRole('heading', { name: 'Your constituency: Cardiff East' });
    await screen.findByRole('radio', { name: /^I will vote$/ });
    screen.getByText(`Polling day: ${longDate(POLLING_DAY)}`);
    expect(screen.queryByText(/not held in/)).toBeNull();
  });

  it('in Welsh, the message names the election and the nation in Welsh', async () => {
    const { screen } = await mount(`lang="cy" constituency="S14000060" election-type="pcc" election-date="${POLLING_DAY}"`);
    await waitFor(() => expect(screen.getByText(/Etholiadau Comisiynydd yr Heddlu a Throseddu/).textContent).toMatch(/Yr Alban/));
  });

  it('when the server says the election is not held there, the form gives way to that message', async () => {
    worker.use(
      http.post(PLEDGES, () =>
        HttpResponse.json(
          { error: { code: 'election_not_held_here', message: 'general elections are not held in England.', details: { election: 'general', nation: 'England' } } },
          { status: 422 },
        ),
      ),
    );
    const { el, screen } = await mount();
    await fill(screen);
    await userEvent.click(screen.getByRole('button', { name: 'Pledge to vote' }));
    const message = await screen.findByText(/This election is not held in England, where your constituency is/);
    await waitFor(() => expect(focused(el)).toBe(message));
    expect(screen.queryByRole('button', { name: 'Pledge to vote' })).toBeNull();
    expect(screen.queryByText(/general elections are not held/)).toBeNull();
    screen.getByRole('link', { name: 'Register to vote on GOV.UK' });
  });

  it('takes the election from the partner’s script tag (data-election-type, data-election-date) when the element has none', async () => {
    const script = document.createElement('script');
    script.type = 'text/plain'; // never runs: only its data-* are read
    script.dataset['electionType'] = 'general';
    script.dataset['electionDate'] = POLLING_DAY;
    document.head.append(script);
    try {
      const { screen } = await mount('constituency="E14001331"');
      await screen.findByText(`Polling day: ${longDate(POLLING_DAY)}`);
      expect(screen.getByRole('radio', { name: /^I will vote$/ })).toBeTruthy();
    } finally {
      script.remove();
    }
  });

  it('an unreadable election (unknown type, impossible date) counts as none', async () => {
    const { screen } = await mount('constituency="E14001331" election-type="general" election-date="2026-02-30"');
    await screen.findByText(/has not chosen an election to pledge for yet/);
  });

  it('announces field errors in a focused summary, and each link goes to its field', async () => {
    const { el, screen } = await mount();
    await screen.findByRole('radio', { name: /^I will vote$/ });
    await userEvent.click(screen.getByRole('checkbox', { name: /email me reminders/i }));
    await userEvent.click(screen.getByRole('button', { name: 'Pledge to vote' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(focused(el)).toBe(summary));
    within(summary).getByText('Please correct the highlighted fields.');
    const toIntent = within(summary).getByRole('button', { name: 'Choose whether you will vote or need to register first.' });
    within(summary).getByRole('button', { name: 'Enter your email address to get reminders, or untick the box.' });
    expect(pledgePosts()).toHaveLength(0);
    await userEvent.click(toIntent);
    expect(focused(el)).toBe(screen.getByRole('radio', { name: /^I will vote$/ }));
    await expectNoAxeViolations(el);
  });

  it('shows the server’s field errors the same way', async () => {
    worker.use(
      http.post(PLEDGES, () =>
        HttpResponse.json(
          { error: { code: 'validation_failed', message: 'Invalid request.', details: { fields: [{ field: 'email', code: 'invalid_format', message: 'Invalid email' }] } } },
          { status: 400 },
        ),
      ),
    );
    const { screen } = await mount();
    await fill(screen, { email: 'amira@example.org' });
    await userEvent.click(screen.getByRole('button', { name: 'Pledge to vote' }));
    const summary = await screen.findByRole('alert');
    within(summary).getByRole('button', { name: 'Enter an email address like name@example.org.' });
  });

  it('offline or a server error: says so, keeps everything typed, and "Try again" sends the same pledge once', async () => {
    let fail = true;
    worker.use(
      http.post(PLEDGES, () => {
        if (!fail) return undefined; // fall through to the mock
        return HttpResponse.error();
      }),
    );
    const { el, screen } = await mount();
    await fill(screen, { intent: /^I need to register first/, email: 'amira@example.org', reminders: true });
    await userEvent.click(screen.getByRole('button', { name: 'Pledge to vote' }));
    const error = await screen.findByRole('alert');
    within(error).getByText(/could not reach the server|offline/);
    within(error).getByText('Everything you entered is kept.');
    await waitFor(() => expect(focused(el)).toBe(error));
    expect((screen.getByRole('textbox', { name: /your email address/i }) as HTMLInputElement).value).toBe('amira@example.org');
    expect((screen.getByRole('checkbox', { name: /email me reminders/i }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: /^I need to register first/ }) as HTMLInputElement).checked).toBe(true);

    fail = false;
    await userEvent.click(within(error).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'Thank you for pledging to vote' });
    const keys = state.requests.filter((r) => r.url === PLEDGES).map((r) => r.headers['idempotency-key']);
    expect(pledgePosts()).toHaveLength(1);
    expect(pledgePosts()[0]?.body).toMatchObject({ email: 'amira@example.org', intent: 'register-and-vote', reminders: true });
    expect(keys[0]).toMatch(/^[0-9a-f-]{32,36}$/);
  });

  it('rate-limited: asks to wait, with a "Try again"', async () => {
    worker.use(
      http.post(PLEDGES, () =>
        HttpResponse.json({ error: { code: 'rate_limited', message: 'Too many requests.' } }, { status: 429, headers: { 'retry-after': '20' } }),
      ),
    );
    const { screen } = await mount();
    await fill(screen);
    await userEvent.click(screen.getByRole('button', { name: 'Pledge to vote' }));
    const error = await screen.findByRole('alert');
    within(error).getByText(/wait 20 seconds/);
    within(error).getByRole('button', { name: 'Try again' });
  });

  it('without a constituency, asks for a postcode and looks it up', async () => {
    const { el, screen } = await mount(`election-type="general" election-date="${POLLING_DAY}"`);
    const input = await screen.findByRole('textbox', { name: 'Your postcode' });
    expect(screen.queryByRole('radio')).toBeNull();
    await userEvent.type(input, 'SE6 1AA{Enter}');
    const area = await screen.findByRole('heading', { name: 'Your constituency: Lewisham East' });
    await waitFor(() => expect(focused(el)).toBe(area));
    await fill(screen);
    await userEvent.click(screen.getByRole('button', { name: 'Pledge to vote' }));
    await screen.findByRole('heading', { name: 'Thank you for pledging to vote' });
    expect(pledgePosts()[0]?.body).toMatchObject({ constituencyCode: 'E14001331', intent: 'vote', reminders: false });
    expect(pledgePosts()[0]?.body).not.toHaveProperty('email');
  });

  it('takes the seat a finder on the page found, keeping what was typed; not with follow="false"', async () => {
    const { screen } = await mount(`election-type="general" election-date="${POLLING_DAY}"`);
    await screen.findByRole('textbox', { name: 'Your postcode' });
    const found = (code: string, name: string) =>
      document.body.dispatchEvent(new CustomEvent('constituency-found', { detail: { code, name, postcodeArea: 'SE6 4' }, bubbles: true, composed: true }));
    found('E14001331', 'Lewisham East');
    await screen.findByRole('heading', { name: 'Your constituency: Lewisham East' });
    await userEvent.type(screen.getByRole('textbox', { name: /your email address/i }), 'amira@example.org');
    found('E14001332', 'Lewisham North');
    await screen.findByRole('heading', { name: 'Your constituency: Lewisham North' });
    expect((screen.getByRole('textbox', { name: /your email address/i }) as HTMLInputElement).value).toBe('amira@example.org');
    await fill(screen);
    await userEvent.click(screen.getByRole('button', { name: 'Pledge to vote' }));
    await screen.findByRole('heading', { name: 'Thank you for pledging to vote' });
    expect(pledgePosts()[0]?.body).toMatchObject({ constituencyCode: 'E14001332' });

    document.body.replaceChildren();
    const off = await mount(`follow="false" election-type="general" election-date="${POLLING_DAY}"`);
    await off.screen.findByRole('textbox', { name: 'Your postcode' });
    found('E14001331', 'Lewisham East');
    await new Promise((r) => setTimeout(r, 100));
    expect(off.screen.queryByRole('heading', { name: /Your constituency/ })).toBeNull();
  });

  it('a postcode that is not found is explained next to the field', async () => {
    const { screen } = await mount(`election-type="general" election-date="${POLLING_DAY}"`);
    await userEvent.type(await screen.findByRole('textbox', { name: 'Your postcode' }), 'ZZ99 9ZZ{Enter}');
    await screen.findByText('We could not find ZZ99 9ZZ. Please check it.');
  });

  it('answers "Can I vote?" for the supporter’s nationality', async () => {
    const { screen } = await mount();
    const nationality = await screen.findByRole('combobox', { name: /nationality/i });
    await userEvent.type(nationality, 'Poland');
    await userEvent.click(await screen.findByRole('option', { name: 'Poland' }));
    await screen.findByText(/Local council elections/);
  });

  it('speaks Polish, and Arabic right to left', async () => {
    const pl = await mount(`lang="pl" constituency="E14001331" election-type="general" election-date="${POLLING_DAY}"`);
    await pl.screen.findByRole('heading', { name: 'Zobowiąż się zagłosować' });
    await pl.screen.findByRole('radio', { name: 'Zagłosuję' });
    document.body.replaceChildren();
    const ar = await mount(`lang="ar" constituency="E14001331" election-type="general" election-date="${POLLING_DAY}"`);
    await ar.screen.findByRole('heading', { name: 'تعهّد بالتصويت' });
    expect(ar.root.querySelector('[part~="base"]')?.getAttribute('dir')).toBe('rtl');
    await expectNoAxeViolations(ar.el);
  });
});
