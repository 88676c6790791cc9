/**
 * Languages a canvasser may speak on the doorstep. Organisers match
 * volunteers to streets by language, so we ask with tags (BCP 47), and show
 * every name through `Intl.DisplayNames` in the supporter's language.
 */

/** Common campaign languages in the UK, offered as checkboxes (English and Welsh first). */
export const COMMON_LANGUAGES = [
  'en', 'cy', 'pl', 'bn', 'ur', 'pa', 'so', 'ar', 'ro', 'pt', 'es', 'gu', 'ta', 'tr', 'ku', 'fr', 'lt', 'ti',
  'hi', 'zh', 'it', 'bg', 'uk', 'fa', 'ps', 'gd', 'ga',
] as const;

import { displayName } from '../core/i18n/format.js';

/**
 * A language's name in `inLang` (e.g. `pl` in English → "Polish", in Welsh "Pwyleg" even where the browser has
 * no Welsh data: core/i18n/format.ts); the tag itself when unknown.
 */
export function languageName(tag: string, inLang: string): string {
  return displayName(inLang, 'language', tag) ?? tag;
}

/** The language's name for itself ("polski"), for supporters scanning for their own language. */
export function endonym(tag: string): string {
  return languageName(tag, tag);
}

/** The offered checkboxes: English and Welsh first, the rest in the supporter's alphabetical order. */
export function commonLanguagesFor(lang: string): { tag: string; name: string; endonym: string }[] {
  const all = COMMON_LANGUAGES.map((tag) => ({ tag, name: languageName(tag, lang), endonym: endonym(tag) }));
  let collator: Intl.Collator;
  try {
    collator = new Intl.Collator(lang);
  } catch {
    collator = new Intl.Collator('en');
  }
  const [first, rest] = [all.slice(0, 2), all.slice(2)];
  rest.sort((a, b) => collator.compare(a.name, b.name));
  return [...first, ...rest];
}
