import { retryableImport } from '../lazy.js';
import { en as coreEn, type MessageId as CoreMessageId } from './messages/en.js';
import { LANGUAGE_TAGS, dirOf, matchLanguage, type TranslatedTag } from './languages.js';
import { registerFormats, type LocaleFormats } from './format.js';

export type { CoreMessageId };

/**
 * Why not @lit/localize: it holds one locale per page, but partners put widgets in several languages on one page
 * (`lang` per element). See docs/decisions/0002-i18n.md.
 *
 * Catalogues are per widget: the core holds only the shared `common.*`/`field.*`/`form.*` ids, and each widget
 * folder has its own `messages/en.ts` (source, bundled with the widget) and partial translations loaded lazily
 * (hashed chunks in the script-tag bundle). A page with one widget downloads only that widget's strings.
 */

/** CLDR plural categories (what `Intl.PluralRules#select` answers). */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * A counted message is a family of ids `base.one`, `base.few`, … `base.other`, one per plural category of a language
 * (English needs `one` and `other`; Polish `one`, `few`, `many`, `other`; Welsh and Arabic all six). The id
 * `base.other` is what makes `base` countable: `tCount('groups.loaded', n)` picks the form for `n`.
 */
export type PluralBase<Id> = Id extends `${infer Base}.other` ? Base : never;

/** The other categories' ids of every counted message in a catalogue (a translation may add them). */
type PluralVariant<Id> = `${PluralBase<Id> & string}.${Exclude<PluralCategory, 'other'>}`;

/**
 * A partial translation of a source catalogue: any id may be missing (English is used), an unknown id is an error.
 * A counted message may have a form for each plural category of the translation's language, even those English lacks.
 */
export type Translation<Source> = Partial<Record<keyof Source | PluralVariant<keyof Source>, string>>;

/** The ids a widget's `t()` accepts: its own and the shared ones. */
export type WidgetMessageId<Source> = CoreMessageId | (keyof Source & string);

/**
 * One lazy loader per language of the registry (core/i18n/languages.ts) but English: a catalogue that forgets a
 * language is a compile error, so no widget silently stays English in a language the others speak.
 */
export type Loaders<Id extends string> = Readonly<Record<TranslatedTag, () => Promise<Chunk<Id>>>>;

/**
 * A translation chunk: its messages and, for a core catalogue of a language the browser's Intl lacks (Welsh),
 * the month, day and language names the formatting fallback needs (core/i18n/format.ts).
 */
export interface Chunk<Id extends string> {
  readonly messages: Partial<Record<Id, string>>;
  readonly formats?: LocaleFormats;
}

/** One catalogue (the core's or a widget's): English source, lazy translations, and what has been loaded so far. */
export interface Messages<Id extends string> {
  readonly en: Readonly<Record<Id, string>>;
  /** Downloads one language's translation (retrying a failed download for real: see core/lazy.ts). */
  readonly load: (lang: TranslatedTag) => Promise<Chunk<Id>>;
  readonly loaded: Map<string, Partial<Record<Id, string>>>;
  readonly pending: Map<string, Promise<void>>;
}

/** A module holding a catalogue's loader map (`translations.ts`), imported only when a page needs another language. */
export type LazyLoaders<Id extends string> = () => Promise<{ readonly loaders: Loaders<Id> }>;

/**
 * Creates a catalogue from its English source and a lazy import of the module holding its loader map
 * (`translations.ts`: `{ pl: () => import('./pl.js'), … }`), so an English-only page carries no map of twenty hashed
 * chunk names (issue 16: the English page must not grow with the languages). Each loader is made retryable: after a
 * failed download, the next attempt really fetches the chunk again; the map's own module likewise.
 */
export function defineMessages<const Source extends Record<string, string>>(
  en: Source,
  translations: LazyLoaders<keyof Source & string>,
): Messages<keyof Source & string> {
  type Id = keyof Source & string;
  const map = retryableImport(translations);
  const retrying = new Map<string, () => Promise<Chunk<Id>>>();
  const load = async (lang: TranslatedTag): Promise<Chunk<Id>> => {
    let loader = retrying.get(lang);
    if (!loader) {
      const { loaders } = await map();
      loader = retryableImport(loaders[lang]);
      retrying.set(lang, loader);
    }
    return loader();
  };
  return { en, load, loaded: new Map(), pending: new Map() };
}

/**
 * Adds English source text that ships in a lazy chunk (a widget's second stage, `messages/later.en.ts`) to its
 * catalogue once that chunk has loaded: ids only that chunk draws need not be in the first load (issue 17). Their
 * translations stay in the catalogue's language files.
 */
export function addEnglish<Id extends string>(messages: Messages<Id>, later: Partial<Record<Id, string>>): void {
  Object.assign(messages.en, later);
}

/** The shared ids (`common.*`, `field.*`, `form.*`). */
export const coreMessages: Messages<CoreMessageId> = defineMessages(coreEn, () => import('./messages/translations.js'));

/** The catalogues an element reads: the core's, then its own if it has one. */
type Catalogues = readonly Messages<string>[];

/**
 * The registry tag whose catalogues serve `lang` (`pt-BR` → `pt`, `zh-CN` → `zh-Hans`); English for a language
 * that is not supported, so text and plural rules never mix two languages.
 */
function baseOf(lang: string): string {
  return matchLanguage(lang) ?? 'en';
}

export function dirFor(lang: string): 'ltr' | 'rtl' {
  return dirOf(lang);
}

export function supportedLanguages(): string[] {
  return [...LANGUAGE_TAGS];
}

function isReadyIn(messages: Messages<string>, base: string): boolean {
  return base === 'en' || messages.loaded.has(base);
}

export function isLocaleReady(lang: string, catalogues: Catalogues = [coreMessages]): boolean {
  const base = baseOf(lang);
  return catalogues.every((m) => isReadyIn(m, base));
}

/**
 * Waits before the next attempt to download a translation: longer each time (a small request at most once a
 * minute while offline), or until the browser says it is back online.
 */
const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000, 60_000];

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      globalThis.removeEventListener?.('online', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    globalThis.addEventListener?.('online', done);
  });
}

/** Resolves once the translation has loaded, trying again after each failure (the chunk is really fetched again). */
async function loadUntilLoaded<Id extends string>(load: () => Promise<Chunk<Id>>): Promise<Chunk<Id>> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await load();
    } catch {
      // Offline or blocked: the widget shows English meanwhile (translate() falls back per id).
      await pause(RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)] ?? 60_000);
    }
  }
}

/**
 * Loads a language's translations of the given catalogues once each (lazy chunks in the script-tag bundle).
 * Resolves when every one has loaded; until then the widget renders in English. A failed download is retried
 * (with back-off, and at once when the browser comes back online) rather than leaving the page in English.
 */
export function ensureLocale(lang: string, catalogues: Catalogues = [coreMessages]): Promise<void> {
  const base = baseOf(lang);
  return Promise.all(
    catalogues.map((m) => {
      if (isReadyIn(m, base)) return undefined;
      const load = () => m.load(base as TranslatedTag);
      let p = m.pending.get(base);
      if (!p) {
        p = loadUntilLoaded(load).then((chunk) => {
          registerFormats(base, chunk.formats);
          m.loaded.set(base, chunk.messages);
        });
        m.pending.set(base, p);
      }
      return p;
    }),
  ).then(() => undefined);
}

export type Params = Record<string, string | number>;

/** Whether `id` is a shared id or one of `own`'s (for ids built at run time, such as plural variants). */
export function hasMessage<Id extends string = never>(id: string, own?: Messages<Id>): id is CoreMessageId | Id {
  return id in coreMessages.en || (own !== undefined && id in own.en);
}

/** The message `id` in `lang` (falling back to English per id), with `{name}` placeholders filled in. */
export function translate<Id extends string = never>(lang: string, id: CoreMessageId | Id, params?: Params, own?: Messages<Id>): string {
  const messages = (own && id in own.en ? own : coreMessages) as Messages<string>;
  const template = messages.loaded.get(baseOf(lang))?.[id] ?? messages.en[id] ?? id;
  return fill(lang, template, params);
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural category of `count` in `lang` (CLDR rules through `Intl.PluralRules`; English rules for an unknown tag). */
export function pluralCategory(lang: string, count: number): PluralCategory {
  let rules = pluralRules.get(lang);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(lang);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(lang, rules);
  }
  return rules.select(count) as PluralCategory;
}

/**
 * The counted message `base` in `lang` for `count` (also given to the message as `{count}`). The translation's own
 * form for that count, else its `other` form; when the language has not translated this message at all, English
 * with English rules, never a mix of the two languages' forms.
 */
export function translateCount<Id extends string = never>(
  lang: string,
  base: PluralBase<CoreMessageId | Id>,
  count: number,
  params?: Params,
  own?: Messages<Id>,
): string {
  const other = `${base}.other`;
  const messages = (own && other in own.en ? own : coreMessages) as Messages<string>;
  const loaded: Partial<Record<string, string>> | undefined = messages.loaded.get(baseOf(lang));
  const translated = loaded?.[`${base}.${pluralCategory(lang, count)}`] ?? loaded?.[other];
  const template = translated ?? messages.en[`${base}.${pluralCategory('en', count)}`] ?? messages.en[other] ?? other;
  return fill(lang, template, { count, ...params });
}

/**
 * Fills `{name}` placeholders. In a right-to-left language each text value with Latin (or other left-to-right)
 * letters is a bidi isolate (U+2068 … U+2069, what `<bdi>` does in markup): an English name, a postcode or a
 * condition with brackets keeps its own order inside the Arabic or Urdu sentence and cannot pull the punctuation
 * around it out of place. Values already in the sentence's script need no isolate.
 */
function fill(lang: string, template: string, params?: Params): string {
  if (!params) return template;
  const rtl = dirOf(lang) === 'rtl';
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    if (value === undefined) return whole;
    if (typeof value === 'number') return formatNumber(lang, value);
    return rtl && (hasLeftToRightLetters(value) || isDigitsOnly(value)) ? `\u2068${value}\u2069` : value;
  });
}

/** Whether text has letters of a left-to-right script (a name in English, a postcode): those need isolating. */
function hasLeftToRightLetters(text: string): boolean {
  return /\p{L}/u.test(text.replace(/[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/gu, ''));
}

/**
 * Whether text is European digits with no letter at all, such as a phone number ("+44 20 7946 0123"): in a
 * right-to-left sentence its groups would come out in reverse order unless isolated. (A number alone is formatted,
 * not passed as text, and needs nothing.)
 */
function isDigitsOnly(text: string): boolean {
  return /[0-9]/.test(text) && !/\p{L}/u.test(text);
}

export function formatNumber(lang: string, value: number, options?: Intl.NumberFormatOptions): string {
  try {
    return new Intl.NumberFormat(lang, options).format(value);
  } catch {
    return new Intl.NumberFormat('en', options).format(value);
  }
}
