import { describe, expect, it } from 'vitest';
import { dirFor, LANGUAGE_NAMES, LANGUAGES, loadLanguage, negotiate, t, type MessageId } from './i18n.js';
import { en } from './messages/en.js';

// The widgets' languages (packages/widgets/src/core/i18n/languages.ts): issue 16 asks the console to speak every one.
const WIDGET_LANGUAGES = ['en', 'cy', 'pl', 'ro', 'pt', 'es', 'it', 'fr', 'de', 'bg', 'lt', 'el', 'tr', 'so', 'ar', 'ur', 'bn', 'pa', 'gu', 'ta', 'zh-Hans'];
const ids = Object.keys(en) as MessageId[];
const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();

describe('console languages', () => {
  it('lists every widget language, each named in itself for the picker', () => {
    expect([...LANGUAGES]).toEqual(WIDGET_LANGUAGES);
    for (const lang of LANGUAGES) expect(LANGUAGE_NAMES[lang].trim(), lang).not.toBe('');
    expect(new Set(Object.values(LANGUAGE_NAMES)).size).toBe(LANGUAGES.length);
  });

  it.each(WIDGET_LANGUAGES.filter((l) => l !== 'en'))('%s has every id, translated, with the English placeholders', async (lang) => {
    const { messages } = (await import(`./messages/${lang}.ts`)) as { messages: Partial<Record<MessageId, string>> };
    expect(Object.keys(messages).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const text = messages[id] ?? '';
      expect(text.trim(), `${lang} ${id}`).not.toBe('');
      expect(placeholders(text), `${lang} ${id}`).toEqual(placeholders(en[id]));
    }
    // What the organiser reads comes from the catalogue once it is loaded, not the English fallback.
    await loadLanguage(lang);
    expect(t(lang, 'settings.language')).toBe(messages['settings.language']);
    expect(t(lang, 'settings.language')).not.toBe(en['settings.language']);
  });

  it('matches the browser’s languages as the widgets do', () => {
    expect(negotiate(['pt-BR', 'en'])).toBe('pt');
    expect(negotiate(['ta-LK'])).toBe('ta');
    expect(negotiate(['zh-CN'])).toBe('zh-Hans');
    expect(negotiate(['zh-Hans-HK'])).toBe('zh-Hans');
    expect(negotiate(['zh-TW', 'ur-PK'])).toBe('ur');
    expect(negotiate(['zh'])).toBe('en');
    expect(negotiate(['pa-Arab', 'bn'])).toBe('bn');
    expect(negotiate(['pa-IN'])).toBe('pa');
    expect(negotiate(['xx', 'constructor'])).toBe('en');
  });

  it('lays Arabic and Urdu out right to left', () => {
    expect(WIDGET_LANGUAGES.filter((l) => dirFor(l) === 'rtl')).toEqual(['ar', 'ur']);
  });
});
