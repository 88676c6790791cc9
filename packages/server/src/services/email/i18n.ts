import { messages as ar } from './messages/ar.js';
import { messages as bg } from './messages/bg.js';
import { messages as bn } from './messages/bn.js';
import { messages as cy } from './messages/cy.js';
import { messages as de } from './messages/de.js';
import { messages as el } from './messages/el.js';
import { messages as en, type Catalogue, type MessageId } from './messages/en.js';
import { messages as es } from './messages/es.js';
import { messages as fr } from './messages/fr.js';
import { messages as gu } from './messages/gu.js';
import { messages as it } from './messages/it.js';
import { messages as lt } from './messages/lt.js';
import { messages as pa } from './messages/pa.js';
import { messages as pl } from './messages/pl.js';
import { messages as pt } from './messages/pt.js';
import { messages as ro } from './messages/ro.js';
import { messages as so } from './messages/so.js';
import { messages as ta } from './messages/ta.js';
import { messages as tr } from './messages/tr.js';
import { messages as ur } from './messages/ur.js';
import { messages as zhHans } from './messages/zh-Hans.js';

/**
 * The email catalogues by language: the widgets' 21 (packages/widgets/src/core/i18n/languages.ts), so a supporter who
 * signed up in a widget's language reads their emails in it. Add a language here and in messages/ (messages.test.ts
 * checks it is complete).
 */
export const catalogues: Readonly<Record<string, Catalogue>> = {
  en, cy, pl, ro, pt, es, it, fr, de, bg, lt, el, tr, so, ar, ur, bn, pa, gu, ta, 'zh-Hans': zhHans,
};

/** Regions that write Chinese in Simplified characters (as the widgets' negotiation: core/i18n/languages.ts). */
const SIMPLIFIED_REGIONS = new Set(['cn', 'sg', 'my']);

const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi']);

/**
 * The catalogue language for a tag the widget sent (`pl`, `pl-PL`, `ar-EG`, `zh-Hans` …); English when we have none.
 * The same rules as the widgets: Chinese needs Simplified (`zh-Hans-*`, `zh-CN`/`zh-SG`/`zh-MY`; Traditional and bare
 * `zh` get English), Punjabi is Gurmukhi (`pa-Arab` and `pa-PK` get English).
 */
export function emailLanguage(tag: string | null | undefined): string {
  const [base = '', ...rest] = (tag ?? '').trim().replace(/_/g, '-').toLowerCase().split('-').filter(Boolean);
  const script = rest.find((p) => p.length === 4);
  const region = rest.find((p) => p.length === 2 || /^\d{3}$/.test(p));
  if (base === 'zh') return script === 'hans' || (!script && region !== undefined && SIMPLIFIED_REGIONS.has(region)) ? 'zh-Hans' : 'en';
  if (base === 'pa' && (script === 'arab' || (!script && region === 'pk'))) return 'en';
  // Own keys only: a tag such as `constructor` must not find Object.prototype.
  return Object.hasOwn(catalogues, base) ? base : 'en';
}

export const textDirection = (language: string): 'ltr' | 'rtl' => (RTL.has(language) ? 'rtl' : 'ltr');

/**
 * What a person typed, made safe to place inside a sentence: bidirectional controls they typed are dropped and the
 * value is isolated (FSI … PDI), so a name written right to left, or one carrying an override, cannot reorder the
 * words around it ("… has signed up" stays where it is). HTML escaping is the layout's job, not this.
 */
export function typed(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g, '');
  return `\u2068${clean}\u2069`;
}

/** A message in `language` with its `{placeholders}` filled. Values are used as given: wrap typed text in typed(). */
export function t(language: string, id: MessageId, vars: Readonly<Record<string, string | number>> = {}): string {
  const template = (catalogues[language] ?? en)[id];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A session's start in the reader's language and the UK's time zone (sessions are in the UK). */
export function formatWhen(language: string, iso: string): string {
  // An email names the same start two or three times (subject, body, the organisers' notice): formatted once.
  const key = `${language} ${iso}`;
  const known = formatted.get(key);
  if (known !== undefined) return known;
  let format = whenFormats.get(language);
  if (!format) {
    // British English dates for English ("Saturday 5 December 2026 at 10:00"): the sessions are in the UK.
    format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/London' });
    whenFormats.set(language, format);
  }
  const text = format.format(new Date(iso));
  if (formatted.size >= 1000) formatted.clear();
  formatted.set(key, text);
  return text;
}

/** Recent starts as formatted, per language: sessions are few and each is formatted for every sign-up to it. */
const formatted = new Map<string, string>();

/** One formatter per language, made once: making one costs far more than using it, and every email formats dates. */
const whenFormats = new Map<string, Intl.DateTimeFormat>();
