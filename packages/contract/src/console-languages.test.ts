import { describe, expect, it } from 'vitest';
import { ConsoleLanguage, CreateOrganiser, SignInRequest } from './index.js';

// Issue 16: the console and its emails speak every widget language, so an organiser can choose any of them.
const WIDGET_LANGUAGES = ['en', 'cy', 'pl', 'ro', 'pt', 'es', 'it', 'fr', 'de', 'bg', 'lt', 'el', 'tr', 'so', 'ar', 'ur', 'bn', 'pa', 'gu', 'ta', 'zh-Hans'];

describe('console languages', () => {
  it('are the widget languages', () => {
    expect([...ConsoleLanguage.options]).toEqual(WIDGET_LANGUAGES);
  });

  it.each(WIDGET_LANGUAGES)('an organiser can be created with, and sign in in, %s', (language) => {
    expect(CreateOrganiser.safeParse({ email: 'a@example.org', name: 'A', language, scopes: ['admin'] }).success).toBe(true);
    expect(SignInRequest.safeParse({ email: 'a@example.org', language }).success).toBe(true);
  });

  it.each(['zh', 'zh-Hant', 'fa', 'EN'])('refuses %s', (language) => {
    expect(SignInRequest.safeParse({ email: 'a@example.org', language }).success).toBe(false);
  });
});
