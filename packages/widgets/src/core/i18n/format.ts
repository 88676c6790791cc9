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

/** What a language without browser data brings in its core catalogue chunk (`export const formats`). */
export interface LocaleFormats {
  /** January … December. */
  readonly months: readonly string[];
  /** Jan … Dec, as written in a short date. */
  readonly monthsShort: readonly string[];
  /** Sunday … Saturday. */
  readonly weekdays: readonly string[];
  /** Sun … Sat. */
  readonly weekdaysShort: readonly string[];
  /** What replaces British English "at" between a date and a time ("am" in Welsh). */
  readonly at: string;
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

const englishNames = new Map<string, readonly string[]>();

/** British English month or weekday names (what the fallback replaces), from Intl itself. */
function english(field: 'month' | 'weekday', width: 'long' | 'short'): readonly string[] {
  const key = `${field}-${width}`;
  let names = englishNames.get(key);
  if (!names) {
    const format = new Intl.DateTimeFormat('en-GB', { [field]: width, timeZone: 'UTC' });
    // 1 January 2023 was a Sunday: days 1–7 are Sunday … Saturday; month m of 2023 is month m.
    names = field === 'month'
      ? Array.from({ length: 12 }, (_, m) => format.format(Date.UTC(2023, m, 1)))
      : Array.from({ length: 7 }, (_, d) => format.format(Date.UTC(2023, 0, 1 + d)));
    englishNames.set(key, names);
  }
  return names;
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

/** `dateStyle` spelt out as fields (British English layout), so a fallback can replace names. */
function fields(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions {
  const { dateStyle, timeStyle, ...rest } = options;
  const out: Intl.DateTimeFormatOptions = { ...rest };
  if (dateStyle === 'full') Object.assign(out, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  else if (dateStyle === 'long') Object.assign(out, { day: 'numeric', month: 'long', year: 'numeric' });
  else if (dateStyle === 'medium') Object.assign(out, { day: 'numeric', month: 'short', year: 'numeric' });
  else if (dateStyle === 'short') Object.assign(out, { day: '2-digit', month: '2-digit', year: 'numeric' });
  if (timeStyle) Object.assign(out, { hour: '2-digit', minute: '2-digit' });
  return out;
}

/** British English parts with the month and day names (and "at") of `formats`. */
function translateParts(parts: readonly Intl.DateTimeFormatPart[], options: Intl.DateTimeFormatOptions, formats: LocaleFormats): string {
  return parts
    .map((part) => {
      if (part.type === 'month' && (options.month === 'long' || options.month === 'short')) {
        const i = english('month', options.month).indexOf(part.value);
        return (options.month === 'long' ? formats.months : formats.monthsShort)[i] ?? part.value;
      }
      if (part.type === 'weekday' && (options.weekday === 'long' || options.weekday === 'short')) {
        const i = english('weekday', options.weekday).indexOf(part.value);
        return (options.weekday === 'long' ? formats.weekdays : formats.weekdaysShort)[i] ?? part.value;
      }
      if (part.type === 'literal') return part.value.replace(/\bat\b/, formats.at);
      return part.value;
    })
    .join('');
}

/** Something that formats a date and a range of dates in one language. */
export interface DateFormatter {
  format(date: Date | number): string;
  formatRange(start: Date | number, end: Date | number): string;
}

/** A date formatter for `lang` (see the fallbacks above); `options` as for `Intl.DateTimeFormat`. */
export function dateFormatter(lang: string, options: Intl.DateTimeFormatOptions): DateFormatter {
  const formats = registered.get(lang);
  if (hasIntlData(lang, 'date')) {
    const format = new Intl.DateTimeFormat(intlLocale(lang), options);
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
  if (formats) {
    const spelt = fields(options);
    const format = new Intl.DateTimeFormat('en-GB', spelt);
    return {
      format: (d) => translateParts(format.formatToParts(d), spelt, formats),
      formatRange: (a, b) => {
        try {
          return translateParts(format.formatRangeToParts(a, b), spelt, formats);
        } catch {
          return `${translateParts(format.formatToParts(a), spelt, formats)} – ${translateParts(format.formatToParts(b), spelt, formats)}`;
        }
      },
    };
  }
  const format = new Intl.DateTimeFormat('en-GB', digitsOnly(options));
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
