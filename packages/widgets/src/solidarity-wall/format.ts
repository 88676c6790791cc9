/** Small formatting helpers for the wall, built on the browser's Intl data. */

/** The flag emoji of an ISO 3166-1 alpha-2 code (two regional indicator symbols); empty for anything else. */
export function flagEmoji(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return '';
  return String.fromCodePoint(...Array.from(code, (c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

const displayNameCache = new Map<string, Intl.DisplayNames>();

function displayNames(lang: string, type: 'region' | 'language'): Intl.DisplayNames {
  const key = `${type}\n${lang}`;
  let names = displayNameCache.get(key);
  if (!names) {
    try {
      names = new Intl.DisplayNames([lang, 'en'], { type, fallback: 'code' });
    } catch {
      names = new Intl.DisplayNames(['en'], { type, fallback: 'code' });
    }
    displayNameCache.set(key, names);
  }
  return names;
}

function nameOf(lang: string, type: 'region' | 'language', code: string): string {
  try {
    return displayNames(lang, type).of(code) ?? code;
  } catch {
    return code; // a tag Intl refuses: show it as it is
  }
}

/** "Poland" in English, "Polska" in Polish, "بولندا" in Arabic. */
export function countryName(lang: string, code: string): string {
  return nameOf(lang, 'region', code);
}

/** "Polish" in English, "polski" in Polish. */
export function languageName(lang: string, code: string): string {
  return nameOf(lang, 'language', code);
}

const dateCache = new Map<string, Intl.DateTimeFormat>();

/**
 * A date as readers of `lang` write it, e.g. "22 Nov 2026". Plain `en` means British English
 * here (the campaign is a UK one), not the US month-first order Intl would pick.
 */
export function formatDate(lang: string, iso: string): string {
  if (lang.toLowerCase() === 'en') lang = 'en-GB';
  let format = dateCache.get(lang);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat([lang, 'en'], { dateStyle: 'medium' });
    } catch {
      format = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
    }
    dateCache.set(lang, format);
  }
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : format.format(time);
}
