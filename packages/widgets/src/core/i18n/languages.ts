/**
 * The languages the widgets speak: one list, used for negotiation, `dir`, the catalogues' loader maps, the
 * correctness test and the coverage table in docs/i18n.md. Adding a language means adding it here and a catalogue
 * file per widget (`messages/<tag>.ts`); the correctness test then names every id still missing.
 */

export interface Language {
  /** The BCP 47 tag a widget answers with (`lang` on its base part, the key of every catalogue's loader map). */
  readonly tag: LanguageTag;
  /** Its name in English, for docs and partners. */
  readonly english: string;
  /** Its name in itself (the endonym), for a language picker. */
  readonly endonym: string;
  readonly dir: 'ltr' | 'rtl';
  /** Whether a native speaker has reviewed the catalogues (docs/i18n.md says which are machine-drafted). */
  readonly reviewed: boolean;
}

/**
 * The tags, in the order docs list them. Only these and {@link RTL} reach the widgets' bundles (negotiation and
 * `dir`); the names below are for docs, tests and tools and are left out of the bundles by tree-shaking.
 */
export const LANGUAGE_TAGS = [
  'en', 'cy', 'pl', 'ro', 'pt', 'es', 'it', 'fr', 'de', 'bg', 'lt', 'el', 'tr', 'so', 'ar', 'ur', 'bn', 'pa', 'gu', 'ta', 'zh-Hans',
] as const;

export type LanguageTag = (typeof LANGUAGE_TAGS)[number];

/** Every tag but English: the languages each catalogue loads lazily. */
export type TranslatedTag = Exclude<LanguageTag, 'en'>;

/** The right-to-left languages. */
const RTL: ReadonlySet<string> = new Set<LanguageTag>(['ar', 'ur']);

/** English name, own name and review state of every language (the type requires one entry per tag). */
export const LANGUAGE_INFO: Readonly<Record<LanguageTag, Omit<Language, 'tag' | 'dir'>>> = {
  en: { english: 'English', endonym: 'English', reviewed: true },
  cy: { english: 'Welsh', endonym: 'Cymraeg', reviewed: false },
  pl: { english: 'Polish', endonym: 'Polski', reviewed: false },
  ro: { english: 'Romanian', endonym: 'Română', reviewed: false },
  pt: { english: 'Portuguese', endonym: 'Português', reviewed: false },
  es: { english: 'Spanish', endonym: 'Español', reviewed: false },
  it: { english: 'Italian', endonym: 'Italiano', reviewed: false },
  fr: { english: 'French', endonym: 'Français', reviewed: false },
  de: { english: 'German', endonym: 'Deutsch', reviewed: false },
  bg: { english: 'Bulgarian', endonym: 'Български', reviewed: false },
  lt: { english: 'Lithuanian', endonym: 'Lietuvių', reviewed: false },
  el: { english: 'Greek', endonym: 'Ελληνικά', reviewed: false },
  tr: { english: 'Turkish', endonym: 'Türkçe', reviewed: false },
  so: { english: 'Somali', endonym: 'Soomaali', reviewed: false },
  ar: { english: 'Arabic', endonym: 'العربية', reviewed: false },
  ur: { english: 'Urdu', endonym: 'اردو', reviewed: false },
  bn: { english: 'Bengali', endonym: 'বাংলা', reviewed: false },
  pa: { english: 'Punjabi (Gurmukhi)', endonym: 'ਪੰਜਾਬੀ', reviewed: false },
  gu: { english: 'Gujarati', endonym: 'ગુજરાતી', reviewed: false },
  ta: { english: 'Tamil', endonym: 'தமிழ்', reviewed: false },
  'zh-Hans': { english: 'Chinese (Simplified)', endonym: '简体中文', reviewed: false },
};

/** The registry as one list: tag, names, direction, review state. */
export const LANGUAGES: readonly Language[] = /* @__PURE__ */ LANGUAGE_TAGS.map((tag) => ({
  tag,
  ...LANGUAGE_INFO[tag],
  dir: RTL.has(tag) ? 'rtl' : 'ltr',
}));

const BY_TAG: ReadonlyMap<string, LanguageTag> = new Map(LANGUAGE_TAGS.map((tag) => [tag.toLowerCase(), tag]));

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
  return BY_TAG.get(base);
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
  return found && RTL.has(found) ? 'rtl' : 'ltr';
}
