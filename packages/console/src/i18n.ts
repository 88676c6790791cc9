import { en, type MessageId } from './messages/en.js';

export type { MessageId };

/**
 * The console's catalogue, in the widgets' format (an English source by id, partial translations as lazy chunks,
 * `{name}` placeholders, English per missing id). The console speaks the widgets' languages (issue 16) but keeps this
 * small reader of its own rather than importing the widgets' core, which would pull every widget's catalogue in.
 */
type Translation = Partial<Record<MessageId, string>>;

/** In the widgets' order (packages/widgets/src/core/i18n/languages.ts); the contract's ConsoleLanguage lists the same. */
export const LANGUAGES = ['en', 'cy', 'pl', 'ro', 'pt', 'es', 'it', 'fr', 'de', 'bg', 'lt', 'el', 'tr', 'so', 'ar', 'ur', 'bn', 'pa', 'gu', 'ta', 'zh-Hans'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Each language named in itself, for the language picker. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', cy: 'Cymraeg', pl: 'Polski', ro: 'Română', pt: 'Português', es: 'Español', it: 'Italiano', fr: 'Français', de: 'Deutsch', bg: 'Български', lt: 'Lietuvių', el: 'Ελληνικά', tr: 'Türkçe', so: 'Soomaali', ar: 'العربية', ur: 'اردو', bn: 'বাংলা', pa: 'ਪੰਜਾਬੀ', gu: 'ગુજરાતી', ta: 'தமிழ்', 'zh-Hans': '简体中文' };

const loaders: Record<Exclude<Language, 'en'>, () => Promise<{ messages: Translation }>> = {
  ar: () => import('./messages/ar.js'),
  bg: () => import('./messages/bg.js'),
  bn: () => import('./messages/bn.js'),
  cy: () => import('./messages/cy.js'),
  de: () => import('./messages/de.js'),
  el: () => import('./messages/el.js'),
  es: () => import('./messages/es.js'),
  fr: () => import('./messages/fr.js'),
  gu: () => import('./messages/gu.js'),
  it: () => import('./messages/it.js'),
  lt: () => import('./messages/lt.js'),
  pa: () => import('./messages/pa.js'),
  pl: () => import('./messages/pl.js'),
  pt: () => import('./messages/pt.js'),
  ro: () => import('./messages/ro.js'),
  so: () => import('./messages/so.js'),
  ta: () => import('./messages/ta.js'),
  tr: () => import('./messages/tr.js'),
  ur: () => import('./messages/ur.js'),
  'zh-Hans': () => import('./messages/zh-Hans.js'),
};
const loaded = new Map<string, Translation>();

export const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

/** Regions that write Chinese in Simplified characters (the widgets' rule). */
const SIMPLIFIED_REGIONS = new Set(['cn', 'sg', 'my']);

/**
 * The console language for a browser tag, matched as the widgets match it: the language of a regional tag
 * (`pt-BR` → `pt`), Chinese only in Simplified (`zh-Hans-*`, `zh-CN`/`zh-SG`/`zh-MY` → `zh-Hans`; Traditional and bare
 * `zh` match nothing), Punjabi only in Gurmukhi (`pa-Arab`, `pa-PK` match nothing).
 */
export function matchLanguage(tag: string): Language | undefined {
  const [base = '', ...rest] = tag.trim().replace(/_/g, '-').toLowerCase().split('-').filter(Boolean);
  const script = rest.find((p) => p.length === 4);
  const region = rest.find((p) => p.length === 2 || /^\d{3}$/.test(p));
  if (base === 'zh') return script === 'hans' || (!script && region !== undefined && SIMPLIFIED_REGIONS.has(region)) ? 'zh-Hans' : undefined;
  if (base === 'pa' && (script === 'arab' || (!script && region === 'pk'))) return undefined;
  return isLanguage(base) ? base : undefined;
}

/** The first of the browser's languages the console speaks, else English. */
export function negotiate(browser: readonly string[]): Language {
  for (const tag of browser) {
    const match = matchLanguage(tag);
    if (match) return match;
  }
  return 'en';
}

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

const RTL: ReadonlySet<string> = new Set(['ar', 'ur']);
export const dirFor = (lang: string): 'ltr' | 'rtl' => (RTL.has(lang) ? 'rtl' : 'ltr');
