import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import { within, waitFor } from '@testing-library/dom';
import axe from 'axe-core';
import { createMockHandlers, mockState, type MockState } from '@solidarity-widgets/sdk/mock';
import type { SendSolidarity } from './send-solidarity.component.js';
import type { SolidaritySentDetail } from './events.js';
import './send-solidarity.js';

const API = 'http://localhost:8787';
const MESSAGES = `${API}/v1/solidarity-messages`;

const worker = setupWorker();
let state: MockState;
/** Aborted after each test, removing the event listeners it added. */
let listeners: AbortController;

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

async function mount(attrs = '') {
  const host = document.createElement('div');
  host.innerHTML = `<send-solidarity api-base="${API}" partner="unite-london" ${attrs.includes("lang=") ? "" : `lang="en"`} ${attrs}></send-solidarity>`;
  document.body.append(host);
  const el = host.querySelector('send-solidarity') as SendSolidarity;
  await el.updateComplete;
  const root = el.shadowRoot as unknown as HTMLElement;
  return { el, root, screen: within(root) };
}

type Screen = Awaited<ReturnType<typeof mount>>['screen'];

const fields = (screen: Screen) => ({
  name: screen.getByRole('textbox', { name: /your name/i }) as HTMLInputElement,
  organisation: screen.getByRole('textbox', { name: /organisation or union/i }) as HTMLInputElement,
  country: screen.getByRole('combobox', { name: /country/i }) as HTMLSelectElement,
  language: screen.getByRole('combobox', { name: /language of your message/i }) as HTMLSelectElement,
  message: screen.getByRole('textbox', { name: /your message/i }) as HTMLTextAreaElement,
  email: screen.getByRole('textbox', { name: /email/i }) as HTMLInputElement,
  consent: screen.getByRole('checkbox', { name: /may be published/i }) as HTMLInputElement,
  send: screen.getByRole('button', { name: /send message/i }) as HTMLButtonElement,
});

async function fillValid(screen: Screen, overrides: { message?: string; consent?: boolean } = {}) {
  const f = fields(screen);
  await userEvent.type(f.name, 'Kasia Nowak');
  await userEvent.type(f.organisation, 'Polish Workers UK');
  await userEvent.selectOptions(f.country, 'PL');
  await userEvent.selectOptions(f.language, 'pl');
  await userEvent.fill(f.message, overrides.message ?? 'Solidarność z wami wszystkimi!');
  await userEvent.type(f.email, 'kasia@example.org');
  if (overrides.consent !== false) await userEvent.click(f.consent);
  return f;
}

const solidarityPosts = () => state.requests.filter((r) => r.method === 'POST' && r.url === MESSAGES);

async function expectNoAxeViolations(el: Element) {
  const result = await axe.run(el);
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('<send-solidarity>', () => {
  it('sends a message, thanks the supporter and tells the page without their name or email', async () => {
    const { el, screen } = await mount();
    const events: SolidaritySentDetail[] = [];
    document.body.addEventListener('solidarity-sent', (e) => events.push(e.detail), { signal: listeners.signal });

    const f = await fillValid(screen);
    expect(f.consent.checked).toBe(true);
    await userEvent.dblClick(f.send); // an impatient double click still sends once

    await screen.findByText('Thank you — your message will appear after review.');
    expect(screen.getByRole('button', { name: 'Send another message' })).toBeTruthy();

    expect(events).toHaveLength(1);
    const detail = events[0]!;
    expect(Object.keys(detail).sort()).toEqual(['country', 'id', 'language', 'status']);
    expect(detail).toMatchObject({ status: 'pending', country: 'PL', language: 'pl' });
    expect(JSON.stringify(detail)).not.toMatch(/Kasia|example\.org/);

    expect(solidarityPosts()).toHaveLength(1);
    const [post] = solidarityPosts();
    expect(post?.body).toMatchObject({
      name: 'Kasia Nowak',
      organisation: 'Polish Workers UK',
      country: 'PL',
      language: 'pl',
      message: 'Solidarność z wami wszystkimi!',
      email: 'kasia@example.org',
      consentToPublish: true,
      partner: 'unite-london',
    });
    expect(typeof (post?.body as { elapsedMs?: unknown }).elapsedMs).toBe('number');
    expect(post?.body).not.toHaveProperty('website');
    expect(post?.headers['idempotency-key']).toMatch(/^[0-9a-f-]{32,36}$/);
    await expectNoAxeViolations(el);
  });

  it('after sending, asks the supporter to share (with the partner’s text), unless the partner turned sharing off', async () => {
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    try {
      const { el, screen } = await mount('share-text="Send {seat}solidarity too: {url}"');
      await fillValid(screen);
      await userEvent.click(fields(screen).send);
      await screen.findByText('Thank you — your message will appear after review.');
      const share = el.shadowRoot?.querySelector('solidarity-share');
      expect(share).toBeTruthy();
      // The share element is a lazy chunk (needed only after acting): wait for it to arrive and render.
      await customElements.whenDefined('solidarity-share');
      await share?.updateComplete;
      const shareScreen = within(share?.shadowRoot as unknown as HTMLElement);
      expect(shareScreen.getByRole('heading', { name: 'Ask others to join in' })).toBeTruthy();
      const text = new URL((shareScreen.getByRole('link', { name: 'Share on WhatsApp' }) as HTMLAnchorElement).href).searchParams.get('text');
      expect(text).toMatch(/^Send solidarity too: http:\/\/localhost:\d+\/[^ ]*ref=[a-z0-9]{10}$/);
      await expectNoAxeViolations(el);
      document.body.replaceChildren();

      const off = await mount('share="off"');
      await fillValid(off.screen);
      await userEvent.click(fields(off.screen).send);
      await off.screen.findByRole('heading', { name: 'Message sent' });
      expect(off.el.shadowRoot?.querySelector('solidarity-share')).toBeNull();
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });

  it('offers to send another message, keeping who you are but not the last message', async () => {
    const { screen } = await mount();
    await fillValid(screen);
    await userEvent.click(fields(screen).send);
    await userEvent.click(await screen.findByRole('button', { name: 'Send another message' }));
    const f = fields(screen);
    expect(f.name.value).toBe('Kasia Nowak');
    expect(f.message.value).toBe('');
    expect(f.consent.checked).toBe(false);
  });

  it('a fast supporter is told the truth: a message sent within seconds, and another straight after, both reach moderation', async () => {
    const { screen } = await mount();
    const f = fields(screen);
    // Pasted, not typed: the whole form in well under three seconds.
    await userEvent.fill(f.name, 'Ade Bello');
    await userEvent.selectOptions(f.country, 'NG');
    await userEvent.fill(f.message, 'From Lagos dockworkers: we are with you.');
    await userEvent.click(f.consent);
    await userEvent.click(f.send);
    await screen.findByText('Thank you — your message will appear after review.');
    await userEvent.click(screen.getByRole('button', { name: 'Send another message' }));
    const again = fields(screen);
    await userEvent.fill(again.message, 'And from the nurses of Ibadan.');
    await userEvent.click(again.consent);
    await userEvent.click(again.send);
    await screen.findByText('Thank you — your message will appear after review.');

    // What a moderator finds in the queue: both messages, nothing silently lost.
    expect(state.messages.filter((m) => m.name === 'Ade Bello').map((m) => m.message).sort()).toEqual([
      'And from the nurses of Ibadan.',
      'From Lagos dockworkers: we are with you.',
    ]);
    // The time reported counts from when the form first appeared, not from "Send another message".
    const [first, second] = solidarityPosts().map((p) => (p.body as { elapsedMs: number }).elapsedMs);
    expect(second).toBeGreaterThanOrEqual(first!);
  });

  it('a filled honeypot (a bot) is thanked but nothing is stored', async () => {
    const { root, screen } = await mount();
    await fillValid(screen, { message: 'Buy cheap watches' });
    const trap = root.querySelector<HTMLInputElement>('#ss-website')!;
    trap.value = 'http://spam.example';
    trap.dispatchEvent(new Event('input'));
    await userEvent.click(fields(screen).send);
    await screen.findByText('Thank you — your message will appear after review.');
    expect(state.messages.some((m) => m.message === 'Buy cheap watches')).toBe(false);
  });

  it('counts emoji as the supporter sees them: 280 ✊🏽 are 280 characters, and the server accepts them', async () => {
    const { root, screen } = await mount();
    const f = await fillValid(screen, { message: '✊🏽'.repeat(280) });
    const counter = root.querySelector('[part~="counter"]')!;
    expect(counter.textContent).toContain('280 of 500 characters');
    await userEvent.click(f.send);
    await screen.findByText('Thank you — your message will appear after review.');
    expect(state.messages.some((m) => m.message === '✊🏽'.repeat(280))).toBe(true);
  });

  it('501 ✊🏽 are one too many, for the counter and the form alike', async () => {
    const { root, screen } = await mount();
    const f = await fillValid(screen, { message: '✊🏽'.repeat(501) });
    expect(root.querySelector('[part~="counter"]')!.textContent).toContain('501 of 500 characters (1 character too many)');
    await userEvent.click(f.send);
    expect(await screen.findByText('Your message is too long. Please shorten it to 500 characters or fewer.')).toBeTruthy();
    expect(solidarityPosts()).toHaveLength(0);
  });

  it('lists countries by their localised names, sorted, and defaults the language to the widget’s', async () => {
    const { screen } = await mount();
    const { country, language } = fields(screen);
    const labels = Array.from(country.options).slice(1).map((o) => o.textContent!.trim());
    expect(labels.length).toBeGreaterThan(240);
    expect(labels).toContain('Poland');
    expect(labels).toEqual([...labels].sort(new Intl.Collator('en').compare));
    expect(country.value).toBe('');
    expect(language.value).toBe('en');
    expect(Array.from(language.options).map((o) => o.textContent)).toContain('Polish (polski)');

    const pl = await mount('lang="pl"');
    // The same list, named in Polish: "Niemcy" (Germany), sorted with Polish rules.
    const plCountry = pl.root.querySelector<HTMLSelectElement>('#ss-country')!;
    expect(Array.from(plCountry.options).map((o) => o.textContent)).toContain('Niemcy');
    expect(pl.root.querySelector<HTMLSelectElement>('#ss-language')!.value).toBe('pl');
  });

  it('counts characters as you type and announces only at thresholds', async () => {
    const { root, screen } = await mount('max-length="30"');
    const { message } = fields(screen);
    const live = root.querySelector('[aria-live="polite"]')!;
    const counter = root.querySelector('[part~="counter"]')!;
    expect(message.getAttribute('aria-describedby')).toContain(counter.id);

    await userEvent.type(message, 'Hello');
    expect(counter.textContent).toContain('5 of 30 characters');
    expect(live.textContent!.trim()).toBe('');

    // Crossing 20 left is announced once…
    await userEvent.type(message, ' friends');
    expect(counter.textContent).toContain('13 of 30 characters');
    expect(live.textContent!.trim()).toBe('20 characters left');

    // …and further keys move the visible counter without another announcement.
    await userEvent.type(message, '!');
    expect(counter.textContent).toContain('14 of 30 characters');
    expect(live.textContent!.trim()).toBe('20 characters left');

    await userEvent.type(message, ' Together!');
    expect(live.textContent!.trim()).toBe('10 characters left');

    await userEvent.type(message, ' We win!');
    expect(counter.textContent).toContain('32 of 30 characters');
    expect(counter.textContent).toContain('2 characters too many');
    expect(live.textContent!.trim()).toBe('1 character too many');
    expect(message.value).toBe('Hello friends! Together! We win!');
  });

  it('refuses an over-long message next to the field and keeps every character typed', async () => {
    const { root, screen } = await mount();
    const long = 'Solidarity!'.repeat(48); // 528 characters
    const f = await fillValid(screen, { message: long });
    await userEvent.click(f.send);

    const error = await screen.findByText('Your message is too long. Please shorten it to 500 characters or fewer.');
    expect(f.message.getAttribute('aria-invalid')).toBe('true');
    expect(f.message.getAttribute('aria-describedby')!.split(' ')).toContain(error.id);
    expect(screen.getByRole('alert').textContent).toContain('Please correct the highlighted fields.');
    expect(f.message.value).toBe(long);
    expect(root.querySelector('[part~="counter"]')!.textContent).toContain('28 characters too many');
    expect(solidarityPosts()).toHaveLength(0);
  });

  it('points at every missing answer and moves focus to the first', async () => {
    const { el, root, screen } = await mount();
    await userEvent.click(fields(screen).send);

    await screen.findByText('Please write your name, or "Anonymous".');
    expect(screen.getByText('Please choose a country.')).toBeTruthy();
    expect(screen.getByText('Please write a message.')).toBeTruthy();
    expect(screen.getByText('Please tick this box so that we can publish your message.')).toBeTruthy();
    const f = fields(screen);
    for (const input of [f.name, f.country, f.message, f.consent]) expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(f.organisation.getAttribute('aria-invalid')).toBe('false');
    expect(f.email.getAttribute('aria-invalid')).toBe('false');
    expect((root as unknown as ShadowRoot).activeElement).toBe(f.name);
    expect(solidarityPosts()).toHaveLength(0);
    await expectNoAxeViolations(el);
  });

  it('does not publish without consent, which is never pre-ticked', async () => {
    const { screen } = await mount();
    const f = await fillValid(screen, { consent: false });
    expect(f.consent.checked).toBe(false);
    await userEvent.click(f.send);
    await screen.findByText('Please tick this box so that we can publish your message.');
    expect(f.consent.getAttribute('aria-invalid')).toBe('true');
    expect(f.name.getAttribute('aria-invalid')).toBe('false');
    expect(solidarityPosts()).toHaveLength(0);

    await userEvent.click(f.consent);
    await userEvent.click(f.send);
    await screen.findByText('Thank you — your message will appear after review.');
  });

  it('shows server field errors next to the right field', async () => {
    worker.use(
      http.post(MESSAGES, () =>
        HttpResponse.json(
          { error: { code: 'validation_failed', message: 'Nope', details: { fields: [{ field: 'email', code: 'invalid_format', message: 'x' }] } } },
          { status: 400 },
        ),
      ),
    );
    const { screen } = await mount();
    const f = await fillValid(screen);
    await userEvent.click(f.send);
    await screen.findByText('Enter an email address like name@example.org.');
    expect(f.email.getAttribute('aria-invalid')).toBe('true');
    expect(f.message.value).toBe('Solidarność z wami wszystkimi!');
  });

  it('asks kindly to wait when rate limited, with the seconds from Retry-After', async () => {
    worker.use(
      http.post(MESSAGES, () =>
        HttpResponse.json({ error: { code: 'rate_limited', message: 'Slow down' } }, { status: 429, headers: { 'Retry-After': '42' } }),
      ),
    );
    const { screen } = await mount();
    const f = await fillValid(screen);
    await userEvent.click(f.send);
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert.textContent).toContain('Please wait 42 seconds'));
    expect(f.message.value).toBe('Solidarność z wami wszystkimi!');
    expect(f.send.disabled).toBe(false);
  });

  it('says kindly when the message was already received (409 duplicate_message)', async () => {
    worker.use(
      http.post(MESSAGES, () =>
        HttpResponse.json({ error: { code: 'duplicate_message', message: 'Already have it' } }, { status: 409 }),
      ),
    );
    const { screen } = await mount();
    const events: unknown[] = [];
    document.body.addEventListener('solidarity-sent', (e) => events.push(e.detail), { signal: listeners.signal });
    await fillValid(screen);
    await userEvent.click(fields(screen).send);
    await screen.findByText('We already have this message. Thank you!');
    expect(screen.queryByRole('alert')?.textContent ?? '').not.toMatch(/wrong/i);
    expect(events).toHaveLength(0);
  });

  it('after a network failure, "Try again" resends with the same Idempotency-Key and nothing typed is lost', async () => {
    const keys: (string | null)[] = [];
    let offline = true;
    worker.use(
      http.post(MESSAGES, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        // Fall through to the mock API once "back online".
        return offline ? HttpResponse.error() : undefined;
      }),
    );
    const { screen } = await mount();
    const f = await fillValid(screen);
    await userEvent.click(f.send);
    expect(f.send.disabled).toBe(true); // no second send while the first is in flight

    const retry = await screen.findByRole('button', { name: 'Try again' }, { timeout: 5000 });
    expect(screen.getByRole('alert').textContent).toContain('could not reach the server');
    expect(f.message.value).toBe('Solidarność z wami wszystkimi!');
    expect(f.name.value).toBe('Kasia Nowak');
    const failedAttempts = keys.length;
    expect(failedAttempts).toBeGreaterThanOrEqual(1);

    offline = false;
    await userEvent.click(retry);
    await screen.findByText('Thank you — your message will appear after review.');
    expect(keys.length).toBe(failedAttempts + 1);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toBeTruthy();
    expect(solidarityPosts()).toHaveLength(1);
  });

  it('uses a new Idempotency-Key when the message changed after a failure', async () => {
    const keys: (string | null)[] = [];
    worker.use(
      http.post(MESSAGES, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return HttpResponse.json({ error: { code: 'rate_limited', message: 'Slow down' } }, { status: 429, headers: { 'Retry-After': '60' } });
      }),
    );
    const { screen } = await mount();
    const f = await fillValid(screen);
    await userEvent.click(f.send);
    await screen.findByRole('button', { name: 'Try again' });
    await userEvent.type(f.message, ' Edited.');
    await userEvent.click(f.send);
    await waitFor(() => expect(keys).toHaveLength(2));
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('keeps the honeypot away from the keyboard and the accessibility tree', async () => {
    const { el, root, screen } = await mount();
    const honeypot = root.querySelector<HTMLInputElement>('input[name="website"]')!;
    expect(honeypot).toBeTruthy();
    expect(honeypot.tabIndex).toBe(-1);
    expect(honeypot.getAttribute('autocomplete')).toBe('off');
    expect(honeypot.closest('[aria-hidden="true"]')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: /leave this field empty|website/i })).toBeNull();
    // Not visible: a 1px box, clipped to nothing and transparent, inside the card (never pushed off-screen,
    // which widened the page in right-to-left languages).
    const wrapper = honeypot.closest<HTMLElement>('[aria-hidden="true"]')!;
    const box = wrapper.getBoundingClientRect();
    expect(box.width * box.height).toBeLessThanOrEqual(1);
    expect(getComputedStyle(wrapper).clipPath).toBe('inset(50%)');
    expect(getComputedStyle(wrapper).opacity).toBe('0');
    const card = root.querySelector('[part~="base"]')!.getBoundingClientRect();
    expect(box.left >= card.left && box.right <= card.right).toBe(true);

    const focused: Element[] = [];
    fields(screen).name.focus();
    for (let i = 0; i < 12; i++) {
      await userEvent.tab();
      const active = (root as unknown as ShadowRoot).activeElement;
      if (active) focused.push(active);
    }
    expect(focused).not.toContain(honeypot);
    expect(focused).toContain(fields(screen).send);
    await expectNoAxeViolations(el);
  });

  it('speaks Arabic right to left', async () => {
    const { root } = await mount('lang="ar"');
    await waitFor(() => expect(root.querySelector('h2')!.textContent).toBe('أرسل رسالة تضامن'));
    expect(root.querySelector('[part~="base"]')!.getAttribute('dir')).toBe('rtl');
  });
});
