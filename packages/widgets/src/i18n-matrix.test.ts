// Every language of the registry × every widget × its main states, in real Chromium at a phone's width (issue 16).
// For each state: the text is the language's own (no English string of the widget's catalogues shows), `lang` and
// `dir` are right on the widget, English names and postcodes inside a right-to-left widget are bidi-isolated, no
// text sticks out of its box, the page does not scroll sideways, and axe finds nothing. A screenshot of each state
// goes to packages/widgets/.screenshots/<lang>/ (git-ignored) for a person to look at the real glyphs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import axe from 'axe-core';
import { createMockHandlers, mockState } from '@solidarity-widgets/sdk/mock';
import { LANGUAGES, type LanguageTag } from './core/i18n/languages.js';
import { coreMessages, isLocaleReady, type Messages } from './core/i18n/localize.js';
import { catalogue as finderMessages } from './find-your-constituency/messages/index.js';
import { reportCatalogue } from './find-your-constituency/messages/report.js';
import { catalogue as canvassMessages } from './sign-up-to-canvass/messages/index.js';
import { catalogue as solidarityMessages } from './send-solidarity/messages/index.js';
import { catalogue as wallMessages } from './solidarity-wall/messages/index.js';
import { catalogue as connectMessages } from './connect-locally/messages/index.js';
import { catalogue as groupsMessages } from './local-groups/messages/index.js';
import { catalogue as pledgeMessages } from './pledge-to-vote/messages/index.js';
import { eligibilityCatalogue } from './find-your-constituency/messages/eligibility.js';
import './define.js';
// Every catalogue whole, with the English its widget's lazy chunks add when they load (later.en.ts).
import './core/i18n/catalogues.js';

const API = 'http://localhost:8787';
const LEWISHAM_EAST = 'E14001331';

const worker = setupWorker();
beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  // A phone's width; tall, because only what is inside the viewport is painted in a screenshot.
  await page.viewport(360, 3000);
});
afterAll(() => worker.stop());

/** Every API call fails as a server in trouble would: the widgets' error states. */
const serverDown = http.all(`${API}/v1/*`, () =>
  HttpResponse.json({ error: { code: 'internal_error', message: 'Something broke' } }, { status: 500 }),
);

function useWorkingApi(): void {
  worker.resetHandlers(...createMockHandlers({ baseUrl: API, state: mockState() }));
}

type Root = ShadowRoot & { host: HTMLElement };

function mount(tag: string, lang: string, attrs: Record<string, string> = {}): { el: HTMLElement; root: Root } {
  document.body.replaceChildren();
  const el = document.createElement(tag);
  el.setAttribute('api-base', API);
  el.setAttribute('lang', lang);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  return { el, root: el.shadowRoot as Root };
}

/**
 * The visible text of the widget, as one string (text nodes only, not `<style>`), without what is marked as being in
 * another language on purpose (the "Can I vote?" sources: English pages with English titles, `lang="en"`).
 */
function textOf(root: Root): string {
  const lang = root.host.getAttribute('lang');
  return [...walkText(root)]
    .filter((n) => (n.parentElement?.closest('[lang]')?.getAttribute('lang') ?? lang) === lang)
    .map((n) => n.data)
    .join(' ');
}

function* walkText(root: Root): Generator<Text> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('style, script, template') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.trim()) yield n as Text;
}

const busy = (root: Root) => Boolean(root.querySelector('[aria-busy="true"], [part~="loading"]'));

/** Waits until the state's marker shows and nothing is loading any more, the language's chunks included. */
async function settle(root: Root, ready: (root: Root) => boolean, catalogues: readonly Messages<string>[]): Promise<void> {
  const lang = root.host.getAttribute('lang') ?? 'en';
  // The shared and the widget's own catalogue, and any lazy part's the widget has asked for (the report link's
  // strings load with the result, not before).
  const main = catalogues.slice(0, 2);
  const asked = () => catalogues.filter((m) => m.pending.has(lang) || m.loaded.has(lang));
  await expect
    .poll(() => ready(root) && !busy(root) && isLocaleReady(lang, main) && isLocaleReady(lang, asked()), { timeout: 8_000, interval: 30 })
    .toBe(true);
  await (root.host as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/** The longest stretch of an English message without a placeholder ("Your constituency is {name}" → "Your constituency is"). */
function literal(text: string): string {
  return text.split(/\{\w+\}/).map((s) => s.trim()).sort((a, b) => b.length - a.length)[0] ?? '';
}

/**
 * The English strings of the widget's catalogues that show in its text. Strings shorter than 12 characters are left
 * out ("Email", "Source" could be names), and so is one the language's own translation contains (a translation that
 * keeps an official English name, such as "British National (Overseas)").
 */
function englishShown(text: string, lang: LanguageTag, catalogues: readonly Messages<string>[]): string[] {
  const found: string[] = [];
  for (const messages of catalogues) {
    const translation: Partial<Record<string, string>> = messages.loaded.get(lang) ?? {};
    for (const [id, english] of Object.entries(messages.en)) {
      const piece = literal(english);
      if (piece.length < 12 || !text.includes(piece)) continue;
      if (lang !== 'en' && Object.values(translation).some((t) => t?.includes(piece))) continue;
      found.push(`${id}: ${piece}`);
    }
  }
  return found;
}

/** The elements that draw text (a text node of their own) but whose box is narrower than the text. */
function overflowing(root: Root): string[] {
  const out: string[] = [];
  const seen = new Set<Element>();
  for (const node of walkText(root)) {
    const el = node.parentElement;
    if (!el || seen.has(el) || el.closest('select, option, input, textarea')) continue;
    seen.add(el);
    if (getComputedStyle(el).display.startsWith('inline') && getComputedStyle(el).display !== 'inline-block') continue;
    // Visually hidden on purpose (a live region for screen readers, the spam trap): a 1px box by design.
    if (el.clientWidth <= 1) continue;
    if (el.scrollWidth > el.clientWidth + 1) out.push(`<${el.localName}> ${el.scrollWidth} > ${el.clientWidth}: ${node.data.trim().slice(0, 50)}`);
  }
  return out;
}

const LATIN_RUN = /[A-Za-z][A-Za-z0-9 .,'’&@+:/()–-]*[A-Za-z0-9)]|[A-Za-z]/g;
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * The Latin words the browser's own locale data writes in `lang` ("AM", "PM", "GMT" in Urdu dates): the language's
 * formats, not English left in, so they are not asked to be isolated.
 */
function intlLatinWords(lang: string): Set<string> {
  const words = new Set<string>();
  const sample = [new Date(Date.UTC(2027, 2, 6, 10)), new Date(Date.UTC(2027, 2, 6, 22))];
  const formats = [new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeStyle: 'long', timeZone: 'Europe/London' })];
  for (const format of formats) for (const d of sample) for (const w of format.format(d).match(/[A-Za-z]+/g) ?? []) words.add(w);
  return words;
}

/** Whether `index` in `text` lies inside an FSI…PDI pair. */
function insideIsolate(text: string, index: number): boolean {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    if (text[i] === FSI || text[i] === '\u2066' || text[i] === '\u2067') depth++;
    else if (text[i] === PDI && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * In a right-to-left widget, the Latin-script runs that are not isolated from the sentence around them: neither
 * inside FSI…PDI, nor in an element of their own direction (`<bdi>`, `dir`, or marked with another `lang`), nor
 * written by the translator into the translation itself (an official English name the translation keeps).
 */
function unisolatedLatin(root: Root, lang: LanguageTag, catalogues: readonly Messages<string>[]): string[] {
  const base = root.querySelector('[part~="base"]');
  const translated = catalogues.flatMap((m) => Object.values(m.loaded.get(lang) ?? {}));
  const browserWords = intlLatinWords(lang);
  const out: string[] = [];
  for (const node of walkText(root)) {
    const el = node.parentElement;
    if (!el || el.closest('select, option')) continue;
    const own = el.closest('bdi, [dir], [lang]');
    if (own && own !== base) continue;
    for (const match of node.data.matchAll(LATIN_RUN)) {
      if (insideIsolate(node.data, match.index)) continue;
      if (translated.some((t) => t?.includes(match[0]))) continue;
      if (match[0].split(/[^A-Za-z]+/).every((w) => !w || browserWords.has(w))) continue;
      out.push(`<${el.localName}> "${match[0]}" in "${node.data.trim().slice(0, 60)}"`);
    }
  }
  return out;
}

async function axeViolations(root: Root): Promise<string[]> {
  const results = await axe.run(root as unknown as Element, { resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`);
}

interface Check {
  widget: string;
  state: string;
  lang: LanguageTag;
  catalogues: readonly Messages<string>[];
}

/** Every check of one state; failures name the language, widget and state. */
async function checkState(el: HTMLElement, root: Root, c: Check): Promise<void> {
  const where = `${c.widget} [${c.lang}] ${c.state}`;
  const info = LANGUAGES.find((l) => l.tag === c.lang)!;
  const base = root.querySelector('[part~="base"]');
  expect(base?.getAttribute('lang'), `${where}: lang`).toBe(c.lang);
  expect(base?.getAttribute('dir'), `${where}: dir`).toBe(info.dir);

  const text = textOf(root);
  const english = englishShown(text, c.lang, c.catalogues);
  if (c.lang === 'en') expect(english.length, `${where}: the English check finds English`).toBeGreaterThan(0);
  else expect(english, `${where}: English left in the text`).toEqual([]);

  if (info.dir === 'rtl') expect(unisolatedLatin(root, c.lang, c.catalogues), `${where}: English not isolated`).toEqual([]);

  expect(overflowing(root), `${where}: text wider than its box`).toEqual([]);
  const doc = document.documentElement;
  expect(doc.scrollWidth, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(doc.clientWidth);
  expect(await axeViolations(root), `${where}: axe`).toEqual([]);

  await page.screenshot({ element: el, path: `../.screenshots/${c.lang}/${c.widget}-${c.state}.png`, save: true });
}

const has = (selector: string) => (root: Root) => Boolean(root.querySelector(selector));

/** Sets a form control's value the way typing or choosing would. */
function setValue(root: Root, selector: string, value: string): void {
  const field = root.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

function submit(root: Root, selector = 'form'): void {
  root.querySelector<HTMLFormElement>(selector)!.requestSubmit();
}

type Settle = (root: Root, ready: (root: Root) => boolean) => Promise<void>;
type Walk = (lang: LanguageTag, check: (el: HTMLElement, root: Root, state: string) => Promise<void>, settle: Settle) => Promise<void>;

/** Each widget's main states, reached the way a supporter would reach them. */
const WIDGETS: Record<string, { catalogues: readonly Messages<string>[]; walk: Walk }> = {
  'find-your-constituency': {
    catalogues: [coreMessages, finderMessages, reportCatalogue],
    walk: async (lang, check, settle) => {
      useWorkingApi();
      const { el, root } = mount('find-your-constituency', lang);
      await settle(root, has('form input'));
      await check(el, root, 'idle');
      worker.use(serverDown);
      setValue(root, 'form input', 'SE6 1AA');
      submit(root);
      await settle(root, has('[part~="results"] [role="alert"], [part~="results"] button'));
      await check(el, root, 'error');
      useWorkingApi();
      submit(root);
      await settle(root, has('#result-heading'));
      await check(el, root, 'result');
    },
  },
  'sign-up-to-canvass': {
    catalogues: [coreMessages, canvassMessages],
    walk: async (lang, check, settle) => {
      useWorkingApi();
      const { el, root } = mount('sign-up-to-canvass', lang);
      await settle(root, has('[part~="postcode-form"]'));
      await check(el, root, 'idle');
      worker.use(serverDown);
      el.setAttribute('constituency', LEWISHAM_EAST);
      await settle(root, has('[part~="retry-button"]'));
      await check(el, root, 'error');
      useWorkingApi();
      root.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
      await settle(root, (r) => !r.querySelector('[part~="retry-button"]') && r.querySelectorAll('article, li').length > 0);
      await check(el, root, 'sessions');
    },
  },
  'send-solidarity': {
    catalogues: [coreMessages, solidarityMessages],
    walk: async (lang, check, settle) => {
      useWorkingApi();
      const { el, root } = mount('send-solidarity', lang);
      await settle(root, has('#ss-message'));
      await check(el, root, 'idle');
      submit(root);
      await settle(root, has('[part~="field-error"]'));
      await check(el, root, 'invalid');
      setValue(root, '#ss-name', 'Kasia W.');
      setValue(root, '#ss-country', 'PL');
      setValue(root, '#ss-message', 'Solidarność z wami wszystkimi.');
      root.querySelector<HTMLInputElement>('#ss-consentToPublish')!.click();
      submit(root);
      await settle(root, has('[part~="thanks"]'));
      await check(el, root, 'sent');
    },
  },
  'solidarity-wall': {
    catalogues: [coreMessages, wallMessages],
    walk: async (lang, check, settle) => {
      useWorkingApi();
      const wall = mount('solidarity-wall', lang, { 'all-partners': '' });
      await settle(wall.root, has('[part~="message"]'));
      await check(wall.el, wall.root, 'messages');
      worker.use(serverDown);
      const down = mount('solidarity-wall', lang, { 'all-partners': '' });
      await settle(down.root, has('[part~="error"]'));
      await check(down.el, down.root, 'error');
    },
  },
  'connect-locally': {
    catalogues: [coreMessages, connectMessages],
    walk: async (lang, check, settle) => {
      useWorkingApi();
      const { el, root } = mount('connect-locally', lang);
      await settle(root, has('form'));
      await check(el, root, 'idle');
      submit(root);
      await settle(root, has('[role="alert"]'));
      await check(el, root, 'invalid');
    },
  },
  'local-groups': {
    catalogues: [coreMessages, groupsMessages],
    walk: async (lang, check, settle) => {
      useWorkingApi();
      const { el, root } = mount('local-groups', lang);
      await settle(root, has('[part~="heading"]'));
      await check(el, root, 'idle');
      el.setAttribute('constituency', LEWISHAM_EAST);
      await settle(root, has('[part~="group"]'));
      await check(el, root, 'groups');
      worker.use(serverDown);
      const down = mount('local-groups', lang, { constituency: LEWISHAM_EAST });
      await settle(down.root, has('[part~="retry"]'));
      await check(down.el, down.root, 'error');
    },
  },
  'pledge-to-vote': {
    catalogues: [coreMessages, pledgeMessages, eligibilityCatalogue],
    walk: async (lang, check, settle) => {
      useWorkingApi();
      // Polling day two months ahead: the whole form, with a registration deadline still to come.
      const election = { 'election-type': 'general', 'election-date': new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10) };
      const { el, root } = mount('pledge-to-vote', lang, { partner: 'unite-london', constituency: LEWISHAM_EAST, ...election });
      await settle(root, has('[part~="form"]'));
      await check(el, root, 'idle');
      root.querySelector<HTMLInputElement>('#pv-reminders')!.click();
      submit(root, '[part~="form"]');
      await settle(root, has('[part~="error-summary"]'));
      await check(el, root, 'invalid');
      root.querySelector<HTMLInputElement>('#pv-reminders')!.click();
      root.querySelector<HTMLInputElement>('#pv-intent-vote')!.click();
      submit(root, '[part~="form"]');
      await settle(root, has('[part~="confirmation"]'));
      await check(el, root, 'pledged');
      const none = mount('pledge-to-vote', lang, { partner: 'unite-london', constituency: LEWISHAM_EAST });
      await settle(none.root, has('[part~="closed"]'));
      await check(none.el, none.root, 'no-election');
      const noPartner = mount('pledge-to-vote', lang, { constituency: LEWISHAM_EAST, ...election });
      await settle(noPartner.root, has('[part~="closed"]'));
      await check(noPartner.el, noPartner.root, 'no-partner');
      // A Senedd election on an English seat's page: not held there (the election and the nation named in `lang`).
      const notHeld = mount('pledge-to-vote', lang, { partner: 'unite-london', constituency: LEWISHAM_EAST, ...election, 'election-type': 'senedd' });
      await settle(notHeld.root, has('[part~="closed"]'));
      await check(notHeld.el, notHeld.root, 'not-held');
    },
  },
};

describe.each(LANGUAGES.map((l) => l.tag))('every widget in %s', (lang) => {
  it.each(Object.keys(WIDGETS))('%s: its own language, right direction, nothing overflows, axe clean', async (widget) => {
    const { catalogues, walk } = WIDGETS[widget]!;
    await walk(
      lang,
      (el, root, state) => checkState(el, root, { widget, state, lang, catalogues }),
      (root, ready) => settle(root, ready, catalogues),
    );
  }, 60_000);
});
