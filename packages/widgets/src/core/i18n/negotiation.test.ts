// Which language a widget speaks (docs/i18n.md): its own `lang`, then the script tag, then the closest `lang` on the
// page, then the browser's languages, then English; regional tags map to the language; a language the widgets do not
// speak gives English text AND English formats, never a mix.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupWorker } from 'msw/browser';
import { createMockHandlers, mockState } from '@solidarity-widgets/sdk/mock';
import { LANGUAGES, matchLanguage, negotiate } from './languages.js';
import { setPageDefaults } from '../config.js';
import { shadowQueries } from '../../testing/shadow-queries.js';
import '../../local-groups/local-groups.js';

describe('matching a BCP 47 tag to a supported language', () => {
  const cases: Record<string, string | undefined> = {
    en: 'en', 'en-GB': 'en', 'EN-us': 'en', 'pt-BR': 'pt', 'pt-PT': 'pt', pt_BR: 'pt', 'es-419': 'es', 'fr-CA': 'fr', 'de-AT': 'de',
    'cy-GB': 'cy', 'ar-EG': 'ar', 'ur-PK': 'ur', 'bn-BD': 'bn', 'ta-LK': 'ta', 'so-SO': 'so', 'el-CY': 'el', 'tr-CY': 'tr',
    'zh-CN': 'zh-Hans', 'zh-SG': 'zh-Hans', 'zh-Hans': 'zh-Hans', 'zh-hans-cn': 'zh-Hans', 'zh-Hans-HK': 'zh-Hans',
    'zh-TW': undefined, 'zh-HK': undefined, 'zh-Hant': undefined, 'zh-Hant-CN': undefined, zh: undefined,
    pa: 'pa', 'pa-IN': 'pa', 'pa-Guru': 'pa', 'pa-Guru-IN': 'pa', 'pa-Arab': undefined, 'pa-PK': undefined,
    ru: undefined, ja: undefined, '': undefined, 'x-klingon': undefined,
  };
  for (const [tag, expected] of Object.entries(cases)) {
    it(`${tag || '(empty)'} → ${expected ?? 'not supported'}`, () => expect(matchLanguage(tag)).toBe(expected));
  }

  it('the registry has the 21 languages, Arabic and Urdu right-to-left', () => {
    expect(LANGUAGES.map((l) => l.tag)).toEqual(
      ['en', 'cy', 'pl', 'ro', 'pt', 'es', 'it', 'fr', 'de', 'bg', 'lt', 'el', 'tr', 'so', 'ar', 'ur', 'bn', 'pa', 'gu', 'ta', 'zh-Hans'],
    );
    expect(LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.tag)).toEqual(['ar', 'ur']);
  });

  it('the first language the page states decides; the browser counts only when the page states none', () => {
    expect(negotiate(['pt-BR', 'pl'], ['de'])).toBe('pt');
    expect(negotiate([undefined, '', 'pl'], ['de'])).toBe('pl');
    expect(negotiate(['ru', 'pl'], ['de'])).toBe('en');
    expect(negotiate([undefined, null], ['ru-RU', 'zh-TW', 'zh-CN', 'pl'])).toBe('zh-Hans');
    expect(negotiate([], ['ja'])).toBe('en');
  });
});

describe('<local-groups> negotiates its language', () => {
  const API = 'http://localhost:8787';
  const worker = setupWorker();
  const html = document.documentElement;
  const pageLang = html.getAttribute('lang');
  const languages = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages');
  beforeAll(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
    worker.resetHandlers(...createMockHandlers({ baseUrl: API, state: mockState() }));
  });
  afterAll(() => worker.stop());
  afterEach(() => {
    document.body.replaceChildren();
    if (pageLang === null) html.removeAttribute('lang');
    else html.setAttribute('lang', pageLang);
    delete (navigator as { languages?: unknown }).languages;
    if (languages) Object.defineProperty(Navigator.prototype, 'languages', languages);
  });

  /** A local-groups list near Lewisham East (two groups; the second 4.2 km away) placed in `parent`. */
  function groups(parent: HTMLElement, lang?: string) {
    const el = document.createElement('local-groups');
    el.setAttribute('api-base', API);
    if (lang !== undefined) el.setAttribute('lang', lang);
    el.setAttribute('constituency', 'E14001331');
    parent.append(el);
    return el;
  }
  const base = (el: Element) => el.shadowRoot?.querySelector('[part="base"]');

  it('an unsupported language (Russian, Traditional Chinese) gives English text and English formats together', async () => {
    for (const lang of ['ru', 'zh-TW']) {
      const el = groups(document.body, lang);
      const ui = shadowQueries(el);
      expect(await ui.findByText('2 groups listed near Lewisham East.', {}, { timeout: 5000 })).toBeTruthy();
      // Language names, lists and numbers are English too: not "польский и английский", not "4,2 km".
      expect(ui.getByText('Languages: Polish and English')).toBeTruthy();
      expect(ui.getByText(/4\.2 km away, in Lewisham North/)).toBeTruthy();
      expect(base(el)?.getAttribute('lang'), lang).toBe('en');
      el.remove();
    }
  });

  it('a regional tag speaks its language: pl-PL and the element says lang="pl"', async () => {
    const el = groups(document.body, 'pl-PL');
    expect(await shadowQueries(el).findByText('2 grupy w katalogu w pobliżu okręgu Lewisham East.', {}, { timeout: 5000 })).toBeTruthy();
    expect(base(el)?.getAttribute('lang')).toBe('pl');
  });

  it('precedence: own lang, then the script tag, then the closest lang on the page, then the browser', async () => {
    // The closest lang on the page.
    const welsh = document.createElement('div');
    welsh.lang = 'cy';
    document.body.append(welsh);
    const fromPage = groups(welsh);
    await expect.poll(() => base(fromPage)?.getAttribute('lang')).toBe('cy');

    // A script tag (scoped defaults) beats the page's lang; the element's own beats both.
    const section = document.createElement('section');
    section.lang = 'cy';
    const tag = document.createElement('script');
    tag.type = 'text/x-not-run';
    section.append(tag);
    document.body.append(section);
    setPageDefaults({ lang: 'ar' }, tag);
    const fromScript = groups(section);
    const own = groups(section, 'pl');
    await expect.poll(() => base(fromScript)?.getAttribute('lang')).toBe('ar');
    await expect.poll(() => base(fromScript)?.getAttribute('dir')).toBe('rtl');
    await expect.poll(() => base(own)?.getAttribute('lang')).toBe('pl');
    setPageDefaults({}, tag);
    tag.remove();
  });

  it('with no lang anywhere, the first supported language of the browser, else English', async () => {
    html.removeAttribute('lang');
    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['ja-JP', 'pt-BR', 'en'] });
    const el = groups(document.body);
    await expect.poll(() => base(el)?.getAttribute('lang')).toBe('pt');
    el.remove();
    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['ja-JP'] });
    const other = groups(document.body);
    await expect.poll(() => base(other)?.getAttribute('lang')).toBe('en');
  });
});
