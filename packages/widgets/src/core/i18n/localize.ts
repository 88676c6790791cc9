import { en, type Catalogue, type MessageId } from './messages/en.js';

export type { MessageId } from './messages/en.js';

/**
 * Why not @lit/localize: it holds one locale per page, but partners put
 * widgets in several languages on one page (`lang` per element). See docs/decisions/0002-i18n.md.
 */
const loaders: Record<string, () => Promise<{ messages: Catalogue }>> = {
  ar: () => import('./messages/ar.js'),
  cy: () => import('./messages/cy.js'),
  pl: () => import('./messages/pl.js'),
};

const loaded = new Map<string, Catalogue>([['en', en]]);
const pending = new Map<string, Promise<void>>();

const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'ckb', 'dv']);

function baseOf(lang: string): string {
  return lang.toLowerCase().split('-')[0] ?? 'en';
}

export function dirFor(lang: string): 'ltr' | 'rtl' {
  return RTL.has(baseOf(lang)) ? 'rtl' : 'ltr';
}

export function supportedLanguages(): string[] {
  return ['en', ...Object.keys(loaders)];
}

export function isLocaleReady(lang: string): boolean {
  const base = baseOf(lang);
  return loaded.has(base) || !(base in loaders);
}

/** Loads a language's catalogue once (a lazy chunk in the script-tag bundle). */
export function ensureLocale(lang: string): Promise<void> {
  const base = baseOf(lang);
  const load = loaders[base];
  if (loaded.has(base) || !load) return Promise.resolve();
  let p = pending.get(base);
  if (!p) {
    p = load().then(
      (mod) => void loaded.set(base, mod.messages),
      () => void loaded.set(base, {}), // offline or blocked: fall back to English rather than break
    );
    pending.set(base, p);
  }
  return p;
}

export type Params = Record<string, string | number>;

export function hasMessage(id: string): id is MessageId {
  return id in en;
}

export function translate(lang: string, id: MessageId, params?: Params): string {
  const template = loaded.get(baseOf(lang))?.[id] ?? en[id];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

export function formatNumber(lang: string, value: number, options?: Intl.NumberFormatOptions): string {
  try {
    return new Intl.NumberFormat(lang, options).format(value);
  } catch {
    return new Intl.NumberFormat('en', options).format(value);
  }
}
