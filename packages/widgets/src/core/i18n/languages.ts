/**
 * The languages the widgets speak: one list, used for negotiation, `dir`, the catalogues' loader maps, the
 * correctness test and the coverage table in docs/i18n.md. Adding a language means adding it here and a catalogue
 * file per widget (`messages/<tag>.ts`); the correctness test then names every id still missing.
 */

export interface Language {
  /** The BCP 47 tag a widget answers with (`lang` on its base part, the key of every catalogue's loader map). */
  readonly tag: string;
  /** Its name in English, for docs and partners. */
  readonly english: string;
  /** Its name in itself (the endonym), for a language picker. */
  readonly endonym: string;
  readonly dir: 'ltr' | 'rtl';
  /** Whether a native speaker has reviewed the catalogues (docs/i18n.md says which are machine-drafted). */
  readonly reviewed: boolean;
}

export const LANGUAGES = [
  { tag: 'en', english: 'English', endonym: 'English', dir: 'ltr', reviewed: true },
  { tag: 'cy', english: 'Welsh', endonym: 'Cymraeg', dir: 'ltr', reviewed: false },
  { tag: 'pl', english: 'Polish', endonym: 'Polski', dir: 'ltr', reviewed: false },
  { tag: 'ro', english: 'Romanian', endonym: 'Română', dir: 'ltr', reviewed: false },
  { tag: 'pt', english: 'Portuguese', endonym: 'Português', dir: 'ltr', reviewed: false },
  { tag: 'es', english: 'Spanish', endonym: 'Español', dir: 'ltr', reviewed: false },
  { tag: 'it', english: 'Italian', endonym: 'Italiano', dir: 'ltr', reviewed: false },
  { tag: 'fr', english: 'French', endonym: 'Français', dir: 'ltr', reviewed: false },
  { tag: 'de', english: 'German', endonym: 'Deutsch', dir: 'ltr', reviewed: false },
  { tag: 'bg', english: 'Bulgarian', endonym: 'Български', dir: 'ltr', reviewed: false },
  { tag: 'lt', english: 'Lithuanian', endonym: 'Lietuvių', dir: 'ltr', reviewed: false },
  { tag: 'el', english: 'Greek', endonym: 'Ελληνικά', dir: 'ltr', reviewed: false },
  { tag: 'tr', english: 'Turkish', endonym: 'Türkçe', dir: 'ltr', reviewed: false },
  { tag: 'so', english: 'Somali', endonym: 'Soomaali', dir: 'ltr', reviewed: false },
  { tag: 'ar', english: 'Arabic', endonym: 'العربية', dir: 'rtl', reviewed: false },
  { tag: 'ur', english: 'Urdu', endonym: 'اردو', dir: 'rtl', reviewed: false },
  { tag: 'bn', english: 'Bengali', endonym: 'বাংলা', dir: 'ltr', reviewed: false },
  { tag: 'pa', english: 'Punjabi (Gurmukhi)', endonym: 'ਪੰਜਾਬੀ', dir: 'ltr', reviewed: false },
  { tag: 'gu', english: 'Gujarati', endonym: 'ગુજરાતી', dir: 'ltr', reviewed: false },
  { tag: 'ta', english: 'Tamil', endonym: 'தமிழ்', dir: 'ltr', reviewed: false },
  { tag: 'zh-Hans', english: 'Chinese (Simplified)', endonym: '简体中文', dir: 'ltr', reviewed: false },
] as const satisfies readonly Language[];

export type LanguageTag = (typeof LANGUAGES)[number]['tag'];

/** Every tag but English: the languages each catalogue loads lazily. */
export type TranslatedTag = Exclude<LanguageTag, 'en'>;

const BY_TAG: ReadonlyMap<string, Language> = new Map(LANGUAGES.map((l) => [l.tag.toLowerCase(), l]));

export function languageInfo(tag: LanguageTag): Language {
  return BY_TAG.get(tag.toLowerCase()) ?? LANGUAGES[0];
}

/**
 * Chinese: only Simplified is translated. `zh-Hans-*`, and the regions that write Simplified (mainland China,
 * Singapore, Malaysia), map to it; `zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO` do not (Traditional readers get English rather
 * than a script they may not read comfortably), nor does bare `zh` with no script or region, which is ambiguous.
 */
const SIMPLIFIED_REGIONS = new Set(['cn', 'sg', 'my']);

/**
 * The supported tag for a BCP 47 tag, or undefined. Case-insensitive; region and variant subtags are dropped
 * (`pt-BR` → `pt`, `en-GB` → `en`), except that Chinese needs the script: `zh-CN`/`zh-SG`/`zh-Hans-*` → `zh-Hans`.
 * Punjabi is translated in Gurmukhi: `pa`, `pa-IN`, `pa-Guru` match; `pa-Arab` (Shahmukhi, Pakistan) does not.
 */
export function matchLanguage(tag: string | null | undefined): LanguageTag | undefined {
  if (!tag) return undefined;
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-').filter(Boolean);
  const [base, ...rest] = parts;
  if (!base) return undefined;
  if (base === 'zh') {
    const script = rest.find((p) => p.length === 4);
    const region = rest.find((p) => p.length === 2 || /^\d{3}$/.test(p));
    if (script === 'hans' || (!script && region && SIMPLIFIED_REGIONS.has(region))) return 'zh-Hans';
    return undefined;
  }
  if (base === 'pa') {
    const script = rest.find((p) => p.length === 4);
    const region = rest.find((p) => p.length === 2);
    if (script === 'arab' || (!script && region === 'pk')) return undefined;
    return 'pa';
  }
  const found = BY_TAG.get(base);
  return found ? (found.tag as LanguageTag) : undefined;
}

/** Whether any language of the registry matches `tag`. */
export function isSupported(tag: string | null | undefined): boolean {
  return matchLanguage(tag) !== undefined;
}

/**
 * The language a widget speaks, from the candidates in order of precedence (its own `lang`, the script tag's
 * `data-lang` or page default, the closest `lang` on the page, then `navigator.languages`). The first candidate
 * that is set decides among the first three: a page that asks for an unsupported language gets English, text and
 * formats together, rather than the browser's language under a page that said something else. Only when none
 * of those is set do the browser's preferences count, the first one supported winning.
 */
export function negotiate(stated: readonly (string | null | undefined)[], browser: readonly string[] = []): LanguageTag {
  const first = stated.find((s) => typeof s === 'string' && s.trim() !== '');
  if (first !== undefined && first !== null) return matchLanguage(first) ?? 'en';
  for (const tag of browser) {
    const found = matchLanguage(tag);
    if (found) return found;
  }
  return 'en';
}

export function dirOf(tag: string): 'ltr' | 'rtl' {
  const found = matchLanguage(tag);
  return found ? languageInfo(found).dir : 'ltr';
}
