// Every widget, in every language, on one partner page: nothing a widget draws may change the page around it.
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { setupWorker } from 'msw/browser';
import { createMockHandlers, mockState } from '@solidarity-widgets/sdk/mock';
import '../define.js';

const API = 'http://localhost:8787';
const TAGS = ['find-your-constituency', 'sign-up-to-canvass', 'send-solidarity', 'solidarity-wall', 'connect-locally', 'local-groups', 'pledge-to-vote'];
const LANGS = ['en', 'cy', 'pl', 'ar'];

const worker = setupWorker();
beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
afterAll(() => worker.stop());
afterEach(() => document.body.replaceChildren());

/** Puts every widget in every language on the page and waits until each has drawn its first view in its language. */
async function mountAll(): Promise<HTMLElement[]> {
  worker.resetHandlers(...createMockHandlers({ baseUrl: API, state: mockState() }));
  const els: HTMLElement[] = [];
  for (const lang of LANGS) {
    for (const tag of TAGS) {
      const el = document.createElement(tag);
      el.setAttribute('api-base', API);
      el.setAttribute('lang', lang);
      // A seat, so the list-like widgets draw their lists too.
      if (tag !== 'find-your-constituency' && tag !== 'send-solidarity' && tag !== 'solidarity-wall') el.setAttribute('constituency', 'E14001331');
      // An election two months ahead, so <pledge-to-vote> draws its whole form.
      if (tag === 'pledge-to-vote') {
        el.setAttribute('partner', 'unite-london');
        el.setAttribute('election-type', 'general');
        el.setAttribute('election-date', new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10));
      }
      document.body.append(el);
      els.push(el);
    }
  }
  await expect
    .poll(
      () => els.filter((el) => el.lang === 'ar').every((el) => /[\u0600-\u06ff]/.test(el.shadowRoot?.textContent ?? '')) &&
        els.every((el) => !el.shadowRoot?.querySelector('[aria-busy="true"], [part~="loading"]')),
      { timeout: 10_000 },
    )
    .toBe(true);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return els;
}

it('every widget in English, Welsh, Polish and Arabic leaves the page exactly as wide as the window', async () => {
  await mountAll();
  const page = document.documentElement;
  expect({ scrollWidth: page.scrollWidth }).toEqual({ scrollWidth: page.clientWidth });
  expect(document.body.scrollWidth).toBe(document.body.clientWidth);
});

/** A partner page's site-wide CSS that would reach the widgets if they let it (the host element is matched by `*`). */
const HOSTILE = `
  html { font-size: 22px; }
  body, * {
    line-height: 0.9; font-size: 22px; letter-spacing: 3px; word-spacing: 12px; text-transform: uppercase;
    font-style: italic; font-weight: 900; text-align: center; text-indent: 2em; white-space: nowrap;
    box-sizing: content-box;
  }
`;

const TYPOGRAPHY = [
  'font-size', 'line-height', 'letter-spacing', 'word-spacing', 'text-transform', 'font-style', 'font-weight',
  'text-align', 'text-indent', 'white-space', 'box-sizing',
] as const;

/** The computed typography of every text-bearing element inside every widget. */
function typography(els: HTMLElement[]): Record<string, string> {
  const out: Record<string, string> = {};
  els.forEach((el, i) => {
    const texts = el.shadowRoot!.querySelectorAll<HTMLElement>('h2, h3, h4, p, label, li, button, input, select, textarea, a, span');
    texts.forEach((node, j) => {
      const style = getComputedStyle(node);
      for (const prop of TYPOGRAPHY) out[`${el.localName}[${el.lang}]#${i} ${node.localName}${j} ${prop}`] = style.getPropertyValue(prop);
    });
  });
  return out;
}

/** Fields (not checkboxes or the hidden honeypot) whose box sticks out of their widget's card. */
function overflowingFields(els: HTMLElement[]): string[] {
  const out: string[] = [];
  for (const el of els) {
    const card = el.shadowRoot!.querySelector('[part~="base"]')!.getBoundingClientRect();
    for (const field of el.shadowRoot!.querySelectorAll<HTMLElement>('input:not([type="checkbox"]):not([type="radio"]), select, textarea')) {
      if (field.closest('[aria-hidden="true"]')) continue;
      const box = field.getBoundingClientRect();
      if (box.left < card.left - 0.5 || box.right > card.right + 0.5) out.push(`${el.localName}[${el.lang}] ${field.id || field.getAttribute('name')}: ${box.right - card.right}px`);
    }
  }
  return out;
}

it('a hostile host stylesheet changes neither the widgets\u2019 text nor their fields\u2019 fit', async () => {
  const els = await mountAll();
  const before = typography(els);
  expect(Object.keys(before).length).toBeGreaterThan(100);
  expect(overflowingFields(els)).toEqual([]);
  expect(getComputedStyle(els[0]!.shadowRoot!.querySelector('p')!).lineHeight).not.toBe('normal');

  const style = document.createElement('style');
  style.textContent = HOSTILE;
  document.head.append(style);
  try {
    const after = typography(els);
    const changed = Object.keys(before).filter((key) => before[key] !== after[key]).map((key) => `${key}: ${before[key]} -> ${after[key]}`);
    expect(changed).toEqual([]);
    expect(overflowingFields(els)).toEqual([]);
    // The same with !important on the page's side.
    style.textContent = HOSTILE.replace(/;/g, ' !important;');
    const afterImportant = typography(els);
    expect(Object.keys(before).filter((key) => before[key] !== afterImportant[key])).toEqual([]);
  } finally {
    style.remove();
  }
});

it('takes the page\u2019s font family, unless --sw-font-family or --sw-line-height say otherwise', async () => {
  document.body.style.fontFamily = 'Georgia, serif';
  try {
    const el = document.createElement('send-solidarity');
    el.setAttribute('api-base', API);
    document.body.append(el);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const label = () => getComputedStyle(el.shadowRoot!.querySelector('label')!);
    expect(label().fontFamily).toBe('Georgia, serif');
    el.style.setProperty('--sw-font-family', '"Noto Sans", sans-serif');
    el.style.setProperty('--sw-line-height', '1.8');
    el.style.setProperty('--sw-font-size', '20px');
    expect(label().fontFamily).toBe('"Noto Sans", sans-serif');
    expect(label().fontSize).toBe('20px');
    expect(label().lineHeight).toBe('36px');
  } finally {
    document.body.style.fontFamily = '';
  }
});
