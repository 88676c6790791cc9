import { en, type MessageId } from './messages/en.js';

export type { MessageId };

/**
 * The console's catalogue, in the widgets' format (an English source by id, partial translations as lazy chunks,
 * `{name}` placeholders, English per missing id). The console speaks four languages, not every language the widgets
 * do, so it keeps this small reader of its own rather than the widgets' core, which expects every widget language.
 */
type Translation = Partial<Record<MessageId, string>>;

export const LANGUAGES = ['en', 'cy', 'pl', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Each language named in itself, for the language picker. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', cy: 'Cymraeg', pl: 'Polski', ar: 'العربية' };

const loaders: Record<Exclude<Language, 'en'>, () => Promise<{ messages: Translation }>> = {
  ar: () => import('./messages/ar.js'),
  cy: () => import('./messages/cy.js'),
  pl: () => import('./messages/pl.js'),
};
const loaded = new Map<string, Translation>();

export const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

/** Loads a language's strings once; until then (or if it fails) the console reads English. */
export async function loadLanguage(lang: string): Promise<void> {
  if (!isLanguage(lang) || lang === 'en' || loaded.has(lang)) return;
  try {
    loaded.set(lang, (await loaders[lang]()).messages);
  } catch {
    // Offline or blocked: English rather than a broken page.
  }
}

export function t(lang: string, id: MessageId, params?: Record<string, string | number>): string {
  const template = loaded.get(lang)?.[id] ?? en[id];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value;
  });
}

export const dirFor = (lang: string): 'ltr' | 'rtl' => (lang === 'ar' ? 'rtl' : 'ltr');
