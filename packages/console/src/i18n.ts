import { defineMessages, dirFor, ensureLocale, translate, type Messages } from '@solidarity-widgets/widgets/core';
import { en, type MessageId } from './messages/en.js';

export type { MessageId };

/** The console's catalogue, in the widgets' format and read by the widgets' i18n core: English bundled, others lazy. */
export const catalogue: Messages<MessageId> = defineMessages(en, {
  ar: () => import('./messages/ar.js'),
  cy: () => import('./messages/cy.js'),
  pl: () => import('./messages/pl.js'),
});

export const LANGUAGES = ['en', 'cy', 'pl', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Each language named in itself, for the language picker. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', cy: 'Cymraeg', pl: 'Polski', ar: 'العربية' };

export const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

export function t(lang: string, id: MessageId, params?: Record<string, string | number>): string {
  return translate(lang, id, params, catalogue);
}

export const loadLanguage = (lang: string): Promise<void> => ensureLocale(lang, [catalogue]);
export { dirFor };
