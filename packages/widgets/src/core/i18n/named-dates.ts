import type { DateFormatter } from './format.js';

/**
 * Dates for a language the browser's Intl lacks, from its month and day names: British English layout (which is
 * what Welsh uses) with the names replaced. Imported only by such a language's lazy core catalogue
 * (`messages/cy.ts`), so English pages do not carry it. See core/i18n/format.ts.
 */
export interface DateNames {
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
}

const englishNames = new Map<string, readonly string[]>();

/** British English month or weekday names (what is replaced), from Intl itself. */
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

/** `dateStyle`/`timeStyle` spelt out as fields (British English layout), so names can be replaced. */
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

function translateParts(parts: readonly Intl.DateTimeFormatPart[], options: Intl.DateTimeFormatOptions, names: DateNames): string {
  return parts
    .map((part) => {
      if (part.type === 'month' && (options.month === 'long' || options.month === 'short')) {
        const i = english('month', options.month).indexOf(part.value);
        return (options.month === 'long' ? names.months : names.monthsShort)[i] ?? part.value;
      }
      if (part.type === 'weekday' && (options.weekday === 'long' || options.weekday === 'short')) {
        const i = english('weekday', options.weekday).indexOf(part.value);
        return (options.weekday === 'long' ? names.weekdays : names.weekdaysShort)[i] ?? part.value;
      }
      if (part.type === 'literal') return part.value.replace(/\bat\b/, names.at);
      return part.value;
    })
    .join('');
}

/** A `LocaleFormats.dates` from a language's month and day names. */
export function namedDates(names: DateNames): (options: Intl.DateTimeFormatOptions) => DateFormatter {
  return (options) => {
    const spelt = fields(options);
    const format = new Intl.DateTimeFormat('en-GB', spelt);
    const one = (d: Date | number) => translateParts(format.formatToParts(d), spelt, names);
    return {
      format: one,
      formatRange: (a, b) => {
        try {
          return translateParts(format.formatRangeToParts(a, b), spelt, names);
        } catch {
          return `${one(a)} – ${one(b)}`;
        }
      },
    };
  };
}
