// The ready themes (docs/theming.md): computed colours in Chromium, and axe finds no contrast failure in dark or high contrast.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { setupWorker } from 'msw/browser';
import axe from 'axe-core';
import { createMockHandlers, mockState } from '@solidarity-widgets/sdk/mock';
import '../define.js';

const API = 'http://localhost:8787';
const TAGS = ['find-your-constituency', 'sign-up-to-canvass', 'send-solidarity', 'solidarity-wall', 'connect-locally', 'local-groups', 'pledge-to-vote'];

const worker = setupWorker();
beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
afterAll(() => worker.stop());
afterEach(() => document.body.replaceChildren());

type Widget = HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void };

/** A polling day two months ahead, so <pledge-to-vote> shows its whole form (not "no election" or "passed"). */
function setElection(el: Element): void {
  el.setAttribute('partner', 'unite-london'); // without one it takes no pledge (and shows no form)
  el.setAttribute('election-type', 'general');
  el.setAttribute('election-date', new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10));
}

async function mountAll(theme: string | null): Promise<Widget[]> {
  worker.resetHandlers(...createMockHandlers({ baseUrl: API, state: mockState() }));
  const els = TAGS.map((tag) => {
    const el = document.createElement(tag) as Widget;
    el.setAttribute('api-base', API);
    el.setAttribute('lang', 'en');
    if (theme) el.setAttribute('theme', theme);
    if (tag === 'connect-locally' || tag === 'local-groups' || tag === 'sign-up-to-canvass' || tag === 'pledge-to-vote') el.setAttribute('constituency', 'E14001331');
    if (tag === 'pledge-to-vote') setElection(el);
    document.body.append(el);
    return el;
  });
  await expect.poll(() => els.every((el) => el.shadowRoot && !el.shadowRoot.querySelector('[aria-busy="true"], [part~="loading"]')), { timeout: 10_000 }).toBe(true);
  await Promise.all(els.map((el) => el.updateComplete));
  return els;
}

/** The host's text colour, its card's background and a primary button's colours (a fresh button where the view has none). */
function colours(el: Widget): { text: string; surface: string; button: string; buttonText: string } {
  const root = el.shadowRoot!;
  const base = root.querySelector('[part~="base"]')!;
  let button = root.querySelector('button:not(.secondary)');
  if (!button) button = base.appendChild(document.createElement('button'));
  return {
    text: getComputedStyle(el).color,
    surface: getComputedStyle(base).backgroundColor,
    button: getComputedStyle(button).backgroundColor,
    buttonText: getComputedStyle(button).color,
  };
}

it('light is the default; dark and high contrast change every element’s text, surface and buttons', async () => {
  const light = (await mountAll(null)).map(colours);
  expect(light[0]).toEqual({ text: 'rgb(26, 26, 26)', surface: 'rgb(255, 255, 255)', button: 'rgb(176, 0, 32)', buttonText: 'rgb(255, 255, 255)' });
  document.body.replaceChildren();
  const dark = (await mountAll('dark')).map(colours);
  for (const c of dark) expect(c).toEqual({ text: 'rgb(240, 240, 240)', surface: 'rgb(27, 27, 31)', button: 'rgb(255, 140, 140)', buttonText: 'rgb(27, 27, 31)' });
  document.body.replaceChildren();
  const contrast = (await mountAll('high-contrast')).map(colours);
  for (const c of contrast) expect(c).toEqual({ text: 'rgb(0, 0, 0)', surface: 'rgb(255, 255, 255)', button: 'rgb(0, 0, 0)', buttonText: 'rgb(255, 255, 255)' });
});

it('a token set on the element itself wins over its theme', async () => {
  const style = document.createElement('style');
  style.textContent = 'send-solidarity { --sw-color-primary: #7a0019; }';
  document.head.append(style);
  try {
    const els = await mountAll('dark');
    expect(colours(els[TAGS.indexOf('send-solidarity')]!).button).toBe('rgb(122, 0, 25)');
  } finally {
    style.remove();
  }
});

it.each(['dark', 'high-contrast'])('axe finds no colour-contrast failure in the %s theme', async (theme) => {
  const els = await mountAll(theme);
  // The page behind the widgets matches the theme, as on a partner's dark page.
  document.body.style.background = theme === 'dark' ? '#1b1b1f' : '#ffffff';
  try {
    for (const el of els) {
      const result = await axe.run(el, { runOnly: ['color-contrast', 'link-in-text-block'] });
      expect(result.violations.map((v) => `${el.localName} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  } finally {
    document.body.style.background = '';
  }
});

it('a script tag’s data-theme themes the widgets after it; an element’s own theme attribute wins', async () => {
  const bundle = 'https://cdn.example.org/cdn/widgets.js';
  document.body.innerHTML = `
    <local-groups api-base="${API}" lang="en" constituency="E14001331"></local-groups>
    <script type="text/x-not-run" src="${bundle}" data-theme="dark"></script>
    <local-groups api-base="${API}" lang="en" constituency="E14001331"></local-groups>
    <local-groups api-base="${API}" lang="en" constituency="E14001331" theme="light"></local-groups>`;
  const { adoptScriptTags, setPageDefaults } = await import('./config.js');
  setPageDefaults({ theme: 'high-contrast' }, document.body.firstElementChild!);
  adoptScriptTags(bundle);
  const els = Array.from(document.querySelectorAll<Widget>('local-groups'));
  await Promise.all(els.map((el) => el.updateComplete));
  els.forEach((el) => el.requestUpdate());
  await Promise.all(els.map((el) => el.updateComplete));
  expect(els.map((el) => getComputedStyle(el).color)).toEqual(['rgb(0, 0, 0)', 'rgb(240, 240, 240)', 'rgb(26, 26, 26)']);
});

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (media: { colorScheme?: 'light' | 'dark' | null; forcedColors?: 'active' | 'none' | null; contrast?: 'more' | 'no-preference' | null }) => Promise<void>;
  }
}

describe('the reader’s settings', () => {
  afterEach(() => commands.emulateMedia({ colorScheme: null, forcedColors: null, contrast: null }));

  it('theme="auto" follows prefers-color-scheme and prefers-contrast; light and dark stay as chosen', async () => {
    document.body.innerHTML = ['auto', 'light', 'dark'].map((t) => `<local-groups api-base="${API}" lang="en" constituency="E14001331" theme="${t}"></local-groups>`).join('');
    const els = Array.from(document.querySelectorAll<Widget>('local-groups'));
    await Promise.all(els.map((el) => el.updateComplete));
    const text = () => els.map((el) => getComputedStyle(el).color);
    await commands.emulateMedia({ colorScheme: 'light' });
    expect(text()).toEqual(['rgb(26, 26, 26)', 'rgb(26, 26, 26)', 'rgb(240, 240, 240)']);
    await commands.emulateMedia({ colorScheme: 'dark' });
    expect(text()).toEqual(['rgb(240, 240, 240)', 'rgb(26, 26, 26)', 'rgb(240, 240, 240)']);
    await commands.emulateMedia({ colorScheme: 'light', contrast: 'more' });
    expect(text()[0]).toBe('rgb(0, 0, 0)');
  });

  it('forced colours: every theme uses the system palette, including the finder’s map and highlight tokens', async () => {
    document.body.innerHTML = ['light', 'dark', 'high-contrast'].map((t) => `<find-your-constituency api-base="${API}" lang="en" theme="${t}"></find-your-constituency>`).join('');
    const els = Array.from(document.querySelectorAll<Widget>('find-your-constituency'));
    await Promise.all(els.map((el) => el.updateComplete));
    await commands.emulateMedia({ forcedColors: 'active' });
    const canvasText = (() => {
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const c = getComputedStyle(probe).color;
      probe.remove();
      return c;
    })();
    for (const el of els) {
      expect(getComputedStyle(el).color).toBe(canvasText);
      expect(getComputedStyle(el).getPropertyValue('--sw-color-map').trim()).toBe('GrayText');
      expect(getComputedStyle(el).getPropertyValue('--sw-color-highlight').trim()).toBe('Highlight');
    }
  });
});
