import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import { within, waitFor } from '@testing-library/dom';
import axe from 'axe-core';
import { createMockHandlers, mockState, type MockMessage, type MockState } from '@solidarity-widgets/sdk/mock';
import type { SolidarityWall } from './solidarity-wall.component.js';
import type { SolidarityWallUpdatedDetail } from './events.js';
import './solidarity-wall.js';

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
  vi.restoreAllMocks();
});

async function mount(attrs = 'all-partners', width?: number, display = 'block') {
  const host = document.createElement('div');
  if (width) host.style.width = `${width}px`;
  host.style.display = display;
  host.innerHTML = `<solidarity-wall api-base="${API}" ${attrs.includes('lang=') ? '' : 'lang="en"'} ${attrs}></solidarity-wall>`;
  document.body.append(host);
  const el = host.querySelector('solidarity-wall') as SolidarityWall;
  await el.updateComplete;
  const root = el.shadowRoot as unknown as HTMLElement;
  return { el, host, root, screen: within(root) };
}

const messagesIn = (root: HTMLElement) => Array.from(root.querySelectorAll<HTMLElement>('[part~="message"]'));
const textsIn = (root: HTMLElement) => Array.from(root.querySelectorAll<HTMLElement>('[part~="text"]'));
const wallGets = () => state.requests.filter((r) => r.method === 'GET' && r.url.startsWith(MESSAGES));

let seq = 0;
function approved(m: Partial<MockMessage> & { message: string }): MockMessage {
  seq += 1;
  const publishedAt = m.publishedAt ?? new Date(Date.UTC(2026, 10, 23, 12, 0, 0) - seq * 60_000).toISOString();
  return {
    id: crypto.randomUUID(),
    name: 'Supporter',
    organisation: null,
    country: 'GB',
    language: 'en',
    partner: null,
    email: null,
    status: 'approved',
    createdAt: publishedAt,
    rejectionReason: null,
    ...m,
    publishedAt,
  };
}

async function expectNoAxeViolations(el: Element) {
  const result = await axe.run(el);
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('<solidarity-wall>', () => {
  it('shows approved messages newest first, with who, where, which language, when, and the totals', async () => {
    const { el, root, screen } = await mount('all-partners page-size="5"');
    await screen.findByText('12 messages from 10 countries');
    const shown = messagesIn(root);
    expect(shown).toHaveLength(5);

    const dates = shown.map((m) => m.querySelector('time')!.getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort().reverse());

    const first = shown[0]!;
    expect(first.querySelector('[part~="text"]')!.textContent).toBe('Solidarność z wami wszystkimi w Lewisham. Do zobaczenia na ulicy!');
    expect(first.querySelector('[part~="name"]')!.textContent).toBe('Kasia W.');
    expect(first.querySelector('[part~="organisation"]')!.textContent).toBe('Polish Workers UK');
    expect(first.querySelector('[part~="country"]')!.textContent).toContain('Poland');
    expect(first.querySelector('[part~="flag"]')!.textContent).toBe('🇵🇱');
    expect(first.querySelector('[part~="flag"]')!.getAttribute('aria-hidden')).toBe('true');
    expect(first.querySelector('[part~="language"]')!.textContent).toBe('Written in Polish');
    expect(first.querySelector('time')!.textContent).toBe('22 Nov 2026');
    expect(first.querySelector('[part~="text"]')!.getAttribute('lang')).toBe('pl');
    expect(screen.getByRole('list')).toBeTruthy();
    await expectNoAxeViolations(el);
  });

  it('shows only the partner’s messages, and says "1 message from 1 country"', async () => {
    const { screen, root } = await mount('partner="polish-workers-uk"');
    await screen.findByText('2 messages from 2 countries');
    expect(messagesIn(root)).toHaveLength(2);
    expect(wallGets()[0]!.url).toContain('partner=polish-workers-uk');

    state.messages = [approved({ message: 'Just one', country: 'IE' })];
    const one = await mount('all-partners');
    await one.screen.findByText('1 message from 1 country');
    expect(wallGets().at(-1)!.url).not.toContain('partner=');
  });

  it('"Load more" appends the next page and moves focus to the first new message', async () => {
    const updates: SolidarityWallUpdatedDetail[] = [];
    document.body.addEventListener('solidarity-wall-updated', (e) => updates.push(e.detail), { signal: listeners.signal });
    const { root, screen } = await mount('all-partners page-size="5"');
    await screen.findByText('12 messages from 10 countries');
    const before = messagesIn(root).map((m) => m.dataset['id']);

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(messagesIn(root)).toHaveLength(10));
    const after = messagesIn(root);
    expect(after.slice(0, 5).map((m) => m.dataset['id'])).toEqual(before);
    expect((root as unknown as ShadowRoot).activeElement).toBe(after[5]);
    expect(wallGets().at(-1)!.url).toMatch(/cursor=/);

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(messagesIn(root)).toHaveLength(12));
    // The last page: nothing more to load.
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(new Set(messagesIn(root).map((m) => m.dataset['id'])).size).toBe(12);
    expect(updates.at(-1)).toEqual({ shown: 12, added: 2, totals: { messages: 12, countries: 10 } });
  });

  it('says so when there are no messages yet', async () => {
    state.messages = [];
    const { el, screen } = await mount();
    await screen.findByText('No messages yet. Be the first to send one.');
    expect(screen.queryByRole('list')).toBeNull();
    await expectNoAxeViolations(el);
  });

  it('shows an error with "Try again", and recovers', async () => {
    let broken = true;
    worker.use(
      http.get(MESSAGES, () =>
        broken ? HttpResponse.json({ error: { code: 'internal_error', message: 'Boom' } }, { status: 500 }) : undefined,
      ),
    );
    const { el, root, screen } = await mount();
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('We could not load the messages.');
    await expectNoAxeViolations(el);

    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText('12 messages from 10 countries');
    expect(messagesIn(root)).toHaveLength(10);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps the messages already shown when "Load more" fails', async () => {
    const { root, screen } = await mount('all-partners page-size="5"');
    await screen.findByText('12 messages from 10 countries');
    worker.use(http.get(MESSAGES, () => HttpResponse.error()));
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('could not reach the server');
    expect(messagesIn(root)).toHaveLength(5);
    expect(screen.getByRole('button', { name: 'Load more' })).toBeTruthy();
  });

  describe('untrusted message text', () => {
    const corpus = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      '<svg onload=alert(1)>',
      '<style>*{display:none}</style>',
      '</p><a href=javascript:alert(1)>x</a>',
      'abc \u202Eevil.exe\u202C def',
      'Z̸̡̢̛̛̖̗̘̙̜̝̞̟̠̣̤̥̦̩̪̫̬̭̮̯̰̱̲̳̹̺̻̼͇͈͉͍͎̀́̂̃̄̅̆̇̈̉̊̋̌̍̎̏̐̑̒̓̔̽̾̿̀́͂̓̈́͆͊͋͌̕̚ͅà̴̡̢̧̨̛̛̖̗̘̙̜̝̞̟̠̣̤̥̦̩̪̫̬̭̮̯̰̱̲̳̹̺̻̼͇͈͉͍͎́̂̃̄̅̆̇̈̉̊̋̌̍̎̏̐̑̒̓̔̽̾̿̀́͂̓̈́͆͊͋͌̕̚ͅl̷̢̧̨̡̛̛̖̗̘̙̜̝̞̟̠̣̤̥̦̩̪̫̬̭̮̯̰̱̲̳̹̺̻̼͇͈͉͍͎̀́̂̃̄̅̆̇̈̉̊̋̌̍̎̏̐̑̒̓̔̽̾̿̀́͂̓̈́͆͊͋͌̕̚ͅg̶̨̧̢̡̛̛̖̗̘̙̜̝̞̟̠̣̤̥̦̩̪̫̬̭̮̯̰̱̲̳̹̺̻̼͇͈͉͍͎̀́̂̃̄̅̆̇̈̉̊̋̌̍̎̏̐̑̒̓̔̽̾̿̀́͂̓̈́͆͊͋͌̕̚ͅờ̵̢̧̨̡̛̖̗̘̙̜̝̞̟̠̣̤̥̦̩̪̫̬̭̮̯̰̱̲̳̹̺̻̼͇͈͉͍͎́̂̃̄̅̆̇̈̉̊̋̌̍̎̏̐̑̒̓̔̽̾̿̀́͂̓̈́͆͊͋͌̕̚ͅ',
      '😀'.repeat(2500), // 10 kB of UTF-8 without a single space
      'تضامن كامل مع العمال في كل مكان. معًا نحن أقوى!',
      `https://example.org/${'a'.repeat(400)}`, // one very long word
    ];
    const xssNames = ['<img src=x onerror=alert(1)>', '<b>bold</b>', '\u202Eeman', 'W'.repeat(300)];
    const xssOrgs = ['<script>alert(1)</script>', '<a href=javascript:alert(1)>org</a>', null, '<svg onload=alert(1)>'];

    beforeEach(() => {
      state.messages = corpus.map((message, i) =>
        approved({
          message,
          name: xssNames[i % xssNames.length]!,
          organisation: xssOrgs[i % xssOrgs.length] ?? null,
          language: message.startsWith('تضامن') ? 'ar' : 'en',
          country: i % 2 ? 'LB' : 'PL',
        }),
      );
    });

    it('renders every message, name and organisation as literal text', async () => {
      const alertSpy = vi.spyOn(window, 'alert').mockImplementation(() => undefined);
      const confirmSpy = vi.spyOn(window, 'confirm').mockImplementation(() => false);
      const promptSpy = vi.spyOn(window, 'prompt').mockImplementation(() => null);
      const { root, screen } = await mount('all-partners page-size="20"');
      await screen.findByText('11 messages from 2 countries');
      // Give any injected handler (onerror, onload) the chance to run.
      await new Promise((r) => setTimeout(r, 300));

      const list = root.querySelector('[part~="list"]')!;
      expect(list.querySelectorAll('script, img, svg, a, style, iframe, b')).toHaveLength(0);
      expect(textsIn(root).map((t) => t.textContent)).toEqual(corpus);
      for (const text of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</p><a href=javascript:alert(1)>x</a>']) {
        const node = screen.getAllByText(text).find((n) => n.getAttribute('part') === 'text');
        expect(node).toBeTruthy();
        expect(node!.checkVisibility()).toBe(true);
      }
      expect(screen.getAllByText('<img src=x onerror=alert(1)>').some((n) => n.getAttribute('part') === 'name')).toBe(true);
      expect(screen.getAllByText('<script>alert(1)</script>').some((n) => n.getAttribute('part') === 'organisation')).toBe(true);
      // The page's own styles were not touched by the <style> message.
      expect(getComputedStyle(list).display).not.toBe('none');
      expect(alertSpy).not.toHaveBeenCalled();
      expect(confirmSpy).not.toHaveBeenCalled();
      expect(promptSpy).not.toHaveBeenCalled();
    });

    it('gives each message dir="auto" and its language, isolated from the text around it', async () => {
      const { root, screen } = await mount('all-partners page-size="20"');
      await screen.findByText('11 messages from 2 countries');
      const texts = textsIn(root);
      expect(texts).toHaveLength(corpus.length);
      for (const t of texts) {
        expect(t.getAttribute('dir')).toBe('auto');
        expect(getComputedStyle(t).unicodeBidi).toBe('isolate');
      }
      const arabic = texts.find((t) => t.textContent!.startsWith('تضامن'))!;
      expect(arabic.getAttribute('lang')).toBe('ar');
      expect(arabic.matches(':dir(rtl)')).toBe(true);
      expect(texts[0]!.matches(':dir(ltr)')).toBe(true);
      // Names are bidi-isolated too, so "\u202E" in a name cannot reverse the rest of the line.
      for (const name of root.querySelectorAll('[part~="name"]')) expect(name.localName).toBe('bdi');
    });

    it.each(['block', 'flex', 'grid'])('never makes the wall wider than its container (%s), and clips what would spill', async (display) => {
      const { el, host, root, screen } = await mount('all-partners page-size="20"', 320, display);
      await screen.findByText('11 messages from 2 countries');
      const container = host.getBoundingClientRect();
      const wall = el.getBoundingClientRect();
      expect(wall.width).toBeLessThanOrEqual(container.width + 0.5);
      const list = root.querySelector<HTMLElement>('[part~="list"]')!;
      expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth + 1);
      for (const m of messagesIn(root)) {
        const r = m.getBoundingClientRect();
        expect(r.left).toBeGreaterThanOrEqual(container.left - 0.5);
        expect(r.right).toBeLessThanOrEqual(container.right + 0.5);
        expect(getComputedStyle(m).overflow).toBe('hidden');
      }
      // Long words wrap rather than being cut off at the edge.
      for (const part of root.querySelectorAll<HTMLElement>('[part~="text"], [part~="author"]')) {
        expect(part.scrollWidth).toBeLessThanOrEqual(part.clientWidth + 1);
      }
      // Huge messages scroll inside a box of limited height, and that box can be reached by keyboard.
      const emoji = textsIn(root).find((t) => t.textContent!.startsWith('😀'))!;
      const lineHeight = parseFloat(getComputedStyle(emoji).fontSize);
      expect(emoji.getBoundingClientRect().height).toBeLessThanOrEqual(lineHeight * 16 + 1);
      expect(emoji.scrollHeight).toBeGreaterThan(emoji.clientHeight);
      expect(emoji.getAttribute('tabindex')).toBe('0');
      const short = textsIn(root).find((t) => t.textContent === 'javascript:alert(1)')!;
      expect(short.hasAttribute('tabindex')).toBe(false);
      await expectNoAxeViolations(el);
    });
  });

  it('auto-refresh puts newly approved messages on top', async () => {
    const updates: SolidarityWallUpdatedDetail[] = [];
    document.body.addEventListener('solidarity-wall-updated', (e) => updates.push(e.detail), { signal: listeners.signal });
    const { root, screen } = await mount('all-partners page-size="5" auto-refresh="1"');
    await screen.findByText('12 messages from 10 countries');
    const initialGets = wallGets().length;

    state.messages.unshift(approved({ message: 'Fresh from Lagos!', country: 'NG', publishedAt: '2026-11-24T09:00:00Z' }));
    await screen.findByText('Fresh from Lagos!', {}, { timeout: 4000 });
    await screen.findByText('13 messages from 11 countries');
    expect(wallGets().length).toBeGreaterThan(initialGets);
    const shown = messagesIn(root);
    expect(shown[0]!.textContent).toContain('Fresh from Lagos!');
    expect(shown).toHaveLength(6); // the five already shown stay
    expect(shown[0]!.getAttribute('part')).toContain('new');
    expect(updates.at(-1)).toMatchObject({ added: 1, shown: 6 });
    expect(root.querySelector('[aria-live="polite"]')!.textContent).toContain('New messages have arrived.');
  });

  it('highlights new arrivals only when the reader has not asked for reduced motion', async () => {
    const arrive = async () => {
      const { root } = await mount('all-partners page-size="3" auto-refresh="1"');
      await waitFor(() => expect(messagesIn(root)).toHaveLength(3));
      state.messages.unshift(approved({ message: `New ${Math.random()}`, publishedAt: '2026-11-24T09:00:00Z' }));
      await waitFor(() => expect(messagesIn(root)).toHaveLength(4), { timeout: 4000 });
      const animation = getComputedStyle(messagesIn(root)[0]!).animationName;
      document.body.replaceChildren();
      return animation;
    };
    // The Playwright provider's CDP session; typed here to avoid pulling Playwright's types into the widgets build.
    const session = cdp() as unknown as { send(method: string, params?: object): Promise<unknown> };
    try {
      await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'no-preference' }] });
      expect(await arrive()).toBe('sw-wall-arrive');
      await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
      expect(await arrive()).toBe('none');
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  it('does not poll while the page is hidden', async () => {
    const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    const { screen } = await mount('all-partners auto-refresh="1"');
    await screen.findByText('12 messages from 10 countries');
    const gets = wallGets().length;
    await new Promise((r) => setTimeout(r, 1600));
    expect(wallGets().length).toBe(gets);

    hidden.mockReturnValue(false);
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => expect(wallGets().length).toBeGreaterThan(gets), { timeout: 3000 });
  });

  it('backs off after failed refreshes, keeping what is shown', async () => {
    const { screen } = await mount('all-partners auto-refresh="1"');
    await screen.findByText('12 messages from 10 countries');
    const failedAt: number[] = [];
    const t0 = performance.now();
    worker.use(
      http.get(MESSAGES, () => {
        failedAt.push(performance.now() - t0);
        // A 4xx is not retried by the SDK, so each refresh is exactly one request.
        return HttpResponse.json({ error: { code: 'validation_failed', message: 'No' } }, { status: 400 });
      }),
    );
    // Every second without back-off would make four requests in 4.5 s; doubling waits (1 s, 2 s, 4 s) make two.
    await new Promise((r) => setTimeout(r, 4500));
    expect(failedAt).toHaveLength(2);
    expect(failedAt[1]! - failedAt[0]!).toBeGreaterThanOrEqual(1900);
    expect(screen.getByText('12 messages from 10 countries')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('speaks Polish and Arabic, with plural forms and right-to-left layout', async () => {
    const pl = await mount('all-partners lang="pl"');
    await pl.screen.findByText('12 wiadomości z 10 krajów');
    state.messages = [approved({ message: 'x', country: 'IE' }), approved({ message: 'y', country: 'IE' })];
    const ar = await mount('all-partners lang="ar"');
    await ar.screen.findByText('رسالتان من بلد واحد');
    expect(ar.root.querySelector('[part~="base"]')!.getAttribute('dir')).toBe('rtl');
    await expectNoAxeViolations(ar.el);
  });
});

describe('<solidarity-wall pledge-count>', () => {
  const COUNT = `${API}/v1/pledges/count`;
  const pledge = (constituencyCode: string, partner = 'unite-london') => ({
    id: crypto.randomUUID(),
    partner,
    constituencyCode,
    intent: 'vote' as const,
    election: { type: 'general' as const, date: '2029-05-03' },
    email: null,
    reminders: false,
    language: 'en',
    createdAt: new Date().toISOString(),
  });
  const countGets = () => state.requests.filter((r) => r.method === 'GET' && r.url.startsWith(COUNT));

  it('shows how many people in the area have pledged, every partner’s pledges counted, plural-correct', async () => {
    state.pledges.push(pledge('E14001331'), pledge('E14001331', 'another-union'), pledge('E14001331'), pledge('E14001332'));
    const { el, screen } = await mount('partner="unite-london" pledge-count constituency="E14001331"');
    await screen.findByText('3 people in your area have pledged to vote');
    expect(countGets()).toHaveLength(1);
    expect(countGets()[0]?.url).toContain('constituency=E14001331');
    expect(countGets()[0]?.url).not.toContain('partner=');
    await expectNoAxeViolations(el);

    state.pledges.splice(0, state.pledges.length, pledge('E14001332'));
    el.constituency = 'E14001332';
    await screen.findByText('1 person in your area has pledged to vote');
  });

  it('is off unless the partner asks for it', async () => {
    state.pledges.push(pledge('E14001331'));
    const { screen } = await mount('constituency="E14001331"');
    await waitFor(() => expect(wallGets().length).toBeGreaterThan(0));
    await screen.findByRole('heading', { name: 'Messages of solidarity' });
    expect(countGets()).toHaveLength(0);
    expect(screen.queryByText(/pledged to vote/)).toBeNull();
  });

  it('says nothing rather than "0 people", and nothing when the count cannot load', async () => {
    const none = await mount('pledge-count constituency="E14001331"');
    await waitFor(() => expect(countGets()).toHaveLength(1));
    await none.el.updateComplete;
    expect(none.root.querySelector('[part~="pledge-count"]')).toBeNull();
    document.body.replaceChildren();

    worker.use(http.get(COUNT, () => HttpResponse.json({ error: { code: 'internal_error', message: 'Boom' } }, { status: 500 })));
    state.pledges.push(pledge('E14001331'));
    const failing = await mount('pledge-count constituency="E14001331"');
    await failing.screen.findByRole('heading', { name: 'Messages of solidarity' });
    await new Promise((r) => setTimeout(r, 200));
    expect(failing.root.querySelector('[part~="pledge-count"]')).toBeNull();
    expect(failing.screen.queryByRole('alert')).toBeNull();
  });

  it('speaks the reader’s language with its plural forms (Polish: 5 osób)', async () => {
    for (let i = 0; i < 5; i++) state.pledges.push(pledge('E14001331'));
    const { screen } = await mount('lang="pl" pledge-count constituency="E14001331"');
    await screen.findByText('5 osób z Twojej okolicy zobowiązało się zagłosować');
  });
});
