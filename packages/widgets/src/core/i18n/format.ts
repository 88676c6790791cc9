/**
 * Dates, lists and language/country names in a widget's language, through the browser's `Intl`, with a fallback
 * where the browser has no data for the language (docs/i18n.md, "Formats and fallbacks").
 *
 * Chromium ships a reduced ICU: it has no Welsh (`cy`) or Somali (`so`) at all (Intl answers in US English:
 * "Friday, December 4, 2026", "A, B, and C") and Punjabi only partly ("2026 M12 4, Fri"). Each function below
 * checks whether Intl really speaks the language and otherwise:
 *
 * - with the language's {@link LocaleFormats} (exported by its lazy core catalogue, e.g. `messages/cy.ts`, loaded
 *   before the widget renders in that language): British English layout with the language's month and day names
 *   ("Dydd Gwener, 4 Rhagfyr 2026 am 18:30"), its own "and" for lists ("Saesneg, Pwyleg ac Wrdw") and its names
 *   of languages;
 * - without: dates all in digits ("04/12/2026, 18:30", readable in any language), lists joined with commas, and
 *   names in English (the one documented exception to "no mix": a name the browser cannot give in the language).
 *
 * Plain `en` means British English here (the campaign is a UK one): "4 December 2026", 24-hour clock, no serial comma.
 */

/** Something that formats a date and a range of dates in one language. */
export interface DateFormatter {
  format(date: Date | number): string;
  formatRange(start: Date | number, end: Date | number): string;
}

/**
 * What a language without browser data brings in its core catalogue chunk (`export const formats`), so that the
 * code and names of the fallback load with the language, not with every English page.
 */
export interface LocaleFormats {
  /** Dates with the language's names (`namedDates()` of core/i18n/named-dates.ts builds it from month and day names). */
  dates(options: Intl.DateTimeFormatOptions): DateFormatter;
  /** The last two items of a list joined ("Saesneg a Phwyleg": the word may depend on what follows). */
  and(before: string, after: string): string;
  /** Names of languages by tag, where the browser has none in this language. */
  readonly languageNames?: Readonly<Record<string, string>>;
  /** Names of countries by ISO 3166 code, where the browser has none in this language. */
  readonly regionNames?: Readonly<Record<string, string>>;
}

const registered = new Map<string, LocaleFormats>();

/** Called when a language's core catalogue chunk has loaded (core/i18n/localize.ts). */
export function registerFormats(lang: string, formats: LocaleFormats | undefined): void {
  if (formats) registered.set(lang, formats);
}

/** The locale Intl gets for a supported tag: `en` is British English. */
export function intlLocale(lang: string): string {
  return lang.toLowerCase() === 'en' ? 'en-GB' : lang;
}

const base = (tag: string) => tag.toLowerCase().split('-')[0];
const PROBE = Date.UTC(2026, 11, 4, 12);
const dataCache = new Map<string, boolean>();

/**
 * Whether the browser's Intl really has data for `lang` of the given kind: it resolves to the language (not to a
 * default such as `en-US`), and for dates names December (not "M12", the root locale's placeholder).
 */
export function hasIntlData(lang: string, kind: 'date' | 'list' | 'names'): boolean {
  const key = `${kind}\n${lang}`;
  let known = dataCache.get(key);
  if (known === undefined) {
    try {
      if (kind === 'date') {
        const format = new Intl.DateTimeFormat(intlLocale(lang), { month: 'long', timeZone: 'UTC' });
        known = base(format.resolvedOptions().locale) === base(lang) && !/^M\d+$/.test(format.format(PROBE));
      } else if (kind === 'list') {
        known = base(new Intl.ListFormat(intlLocale(lang)).resolvedOptions().locale) === base(lang);
      } else {
        const names = new Intl.DisplayNames([intlLocale(lang)], { type: 'language', fallback: 'none' });
        known = base(names.resolvedOptions().locale) === base(lang) && names.of('fr') !== undefined;
      }
    } catch {
      known = false;
    }
    dataCache.set(key, known);
  }
  return known;
}

/** Options that spell nothing out: numeric date, the time as it was asked for. */
function digitsOnly(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions {
  const { dateStyle, timeStyle, weekday: _weekday, era: _era, ...rest } = options;
  const out: Intl.DateTimeFormatOptions = { ...rest };
  if (dateStyle) Object.assign(out, { day: '2-digit', month: '2-digit', year: 'numeric' });
  else if (out.month) out.month = '2-digit';
  if (out.month && out.day) out.day = '2-digit';
  if (timeStyle) Object.assign(out, { hour: '2-digit', minute: '2-digit' });
  return out;
}

/** A date formatter for `lang` (see the fallbacks above); `options` as for `Intl.DateTimeFormat`. */
export function dateFormatter(lang: string, options: Intl.DateTimeFormatOptions): DateFormatter {
  const known = hasIntlData(lang, 'date');
  const formats = registered.get(lang);
  if (!known && formats) return formats.dates(options);
  const format = known ? new Intl.DateTimeFormat(intlLocale(lang), options) : new Intl.DateTimeFormat('en-GB', digitsOnly(options));
  return {
    format: (d) => format.format(d),
    formatRange: (a, b) => {
      try {
        return format.formatRange(a, b);
      } catch {
        return `${format.format(a)} – ${format.format(b)}`;
      }
    },
  };
}

/** A date (or date and time) in `lang`. */
export function formatDate(lang: string, date: Date | number, options: Intl.DateTimeFormatOptions): string {
  return dateFormatter(lang, options).format(date);
}

/** "A, B and C" in `lang` (a conjunction, or `or` for a disjunction). */
export function formatList(lang: string, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const formats = registered.get(lang);
  if (hasIntlData(lang, 'list') || !formats || type !== 'conjunction') {
    try {
      if (hasIntlData(lang, 'list')) return new Intl.ListFormat(intlLocale(lang), { type }).format(items);
    } catch {
      // fall through to commas
    }
    return items.join(', ');
  }
  if (items.length < 2) return items.join('');
  const last = items[items.length - 1]!;
  const before = items[items.length - 2]!;
  return [...items.slice(0, -2), formats.and(before, last)].join(', ');
}

const namesCache = new Map<string, Intl.DisplayNames | null>();

/**
 * The name of a language (`pl`) or country (`PL`) in `lang`: the browser's, else the language's own table
 * ({@link LocaleFormats}), else British English; undefined when no one knows the code.
 */
export function displayName(lang: string, type: 'language' | 'region', code: string): string | undefined {
  const formats = registered.get(lang);
  const table = type === 'language' ? formats?.languageNames : formats?.regionNames;
  const own = hasIntlData(lang, 'names');
  if (!own && table?.[code]) return table[code];
  const locale = own ? intlLocale(lang) : 'en-GB';
  const key = `${type}\n${locale}`;
  let names = namesCache.get(key);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale, 'en'], { type, fallback: 'none' });
    } catch {
      names = null;
    }
    namesCache.set(key, names);
  }
  try {
    return names?.of(code) ?? undefined;
  } catch {
    return undefined; // a code Intl refuses
  }
}
