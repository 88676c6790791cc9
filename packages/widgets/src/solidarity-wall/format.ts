/** Small formatting helpers for the wall, built on the browser's Intl data. */
import { displayName, formatDate as formatLocalDate } from '../core/i18n/format.js';

/** The flag emoji of an ISO 3166-1 alpha-2 code (two regional indicator symbols); empty for anything else. */
export function flagEmoji(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return '';
  return String.fromCodePoint(...Array.from(code, (c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/** A name in `lang` (core/i18n/format.ts: the browser's, a fallback table, or English), else the code itself. */
function nameOf(lang: string, type: 'region' | 'language', code: string): string {
  return displayName(lang, type, code) ?? code;
}

/** "Poland" in English, "Polska" in Polish, "بولندا" in Arabic. */
export function countryName(lang: string, code: string): string {
  return nameOf(lang, 'region', code);
}

/** "Polish" in English, "polski" in Polish. */
export function languageName(lang: string, code: string): string {
  return nameOf(lang, 'language', code);
}

/**
 * A date as readers of `lang` write it, e.g. "22 Nov 2026" (plain `en` is British English), "22 Tach 2026" in
 * Welsh even where the browser has no Welsh data (core/i18n/format.ts).
 */
export function formatDate(lang: string, iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : formatLocalDate(lang, time, { dateStyle: 'medium' });
}
