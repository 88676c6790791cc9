import { describe, expect, it } from 'vitest';
import { catalogues, emailLanguage, formatWhen, t, textDirection } from '../i18n.js';
import { signInLinkEmail } from '../sign-in-link.js';
import { messages as en } from './en.js';

// The widgets' languages (packages/widgets/src/core/i18n/languages.ts): a supporter who signed up in one of them
// reads every email in it too, and so does an organiser (issue 16: nothing falls back to English).
const WIDGET_LANGUAGES = ['en', 'cy', 'pl', 'ro', 'pt', 'es', 'it', 'fr', 'de', 'bg', 'lt', 'el', 'tr', 'so', 'ar', 'ur', 'bn', 'pa', 'gu', 'ta', 'zh-Hans'];

describe('email catalogues', () => {
  const ids = Object.keys(en).sort();

  it('has a catalogue for every language the widgets speak', () => {
    expect(Object.keys(catalogues).sort()).toEqual([...WIDGET_LANGUAGES].sort());
  });

  it.each(Object.keys(catalogues))('%s has every message id, none empty, with the same placeholders as English', (language) => {
    const catalogue = catalogues[language]!;
    expect(Object.keys(catalogue).sort()).toEqual(ids);
    for (const id of ids) {
      const text = catalogue[id as keyof typeof en];
      expect(text.trim(), `${language} ${id}`).not.toBe('');
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(text), `${language} ${id}`).toEqual(placeholders(en[id as keyof typeof en]));
    }
  });

  it.each(WIDGET_LANGUAGES.filter((l) => l !== 'en'))('%s is translated, not English copied', (language) => {
    // A few ids carry only a placeholder or a brand name; the sentences must differ from English.
    for (const id of ['signup.confirmed.intro', 'signup.cancelHint', 'signIn.body', 'page.cancel.done'] as const) {
      expect(t(language, id), `${language} ${id}`).not.toBe(t('en', id));
    }
  });

  it.each(WIDGET_LANGUAGES)('%s dates are formatted in that language by ICU', (language) => {
    const when = formatWhen(language, '2026-12-05T10:00:00Z');
    expect(when).toBe(new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/London' }).format(new Date('2026-12-05T10:00:00Z')));
    // Node's full ICU knows the locale: it resolves to itself, not to an English fallback.
    expect(new Intl.DateTimeFormat(language).resolvedOptions().locale.split('-')[0]).toBe(language.split('-')[0]);
  });
});

describe('emailLanguage', () => {
  it.each([
    ['pl-PL', 'pl'], ['ur-PK', 'ur'], ['pt-BR', 'pt'], ['ta', 'ta'], ['zh-Hans', 'zh-Hans'], ['zh-CN', 'zh-Hans'], ['zh-Hans-HK', 'zh-Hans'],
    ['zh-TW', 'en'], ['zh-Hant', 'en'], ['zh', 'en'], ['pa-IN', 'pa'], ['pa-Arab', 'en'], ['pa-PK', 'en'], ['xx', 'en'], ['constructor', 'en'], [null, 'en'],
  ] as const)('%s → %s', (tag, expected) => {
    expect(emailLanguage(tag)).toBe(expected);
  });

  it('writes Arabic and Urdu right to left, the rest left to right', () => {
    expect(WIDGET_LANGUAGES.filter((l) => textDirection(l) === 'rtl')).toEqual(['ar', 'ur']);
  });
});

describe('the console sign-in email', () => {
  const url = 'https://widgets.example/console/sign-in?token=abc';
  it.each(WIDGET_LANGUAGES)('speaks %s, with the link and its direction', (language) => {
    const email = signInLinkEmail({ language, name: 'Ada', url, minutes: 15 });
    expect(email.language).toBe(language);
    expect(email.subject).toBe(t(language, 'signIn.subject'));
    expect(email.text).toContain(t(language, 'signIn.body', { minutes: 15 }));
    expect(email.text).toContain(`${t(language, 'signIn.action')}: ${url}`);
    expect(email.html).toContain(`dir="${language === 'ar' || language === 'ur' ? 'rtl' : 'ltr'}"`);
  });

  it('reads Urdu in Urdu, right to left', () => {
    const email = signInLinkEmail({ language: 'ur-PK', name: 'Ada', url, minutes: 15 });
    expect(email.html).toMatch(/<html lang="ur" dir="rtl">/);
    expect(email.subject).toContain('سائن ان');
  });
});
