/**
 * The country and language choices of the form, named in the widget's language
 * by the browser's own Intl data, so no name lists ship in the bundle.
 */
import { displayName } from '../core/i18n/format.js';

/**
 * ISO 3166-1 alpha-2 codes, two letters each, plus XK (Kosovo, user-assigned but
 * used by the EU and most browsers). A string rather than an object keeps the bundle small.
 */
const COUNTRY_CODES =
  'ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZ' +
  'DEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISIT' +
  'JEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNI' +
  'NLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTK' +
  'TLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSXKYEYTZAZMZW';

/** Languages supporters of UK campaigns commonly write in; any other tag still works if set as the widget's `lang`. */
const LANGUAGE_CODES =
  'en cy gd ga pl ro pt es fr it de nl lt lv bg cs sk hu el sq tr ku ar fa ps ur hi bn pa gu ta te ml si ne zh yue ja ko vi tl th ms id so am ti sw yo ig ha tw uk ru he';

export function countryCodes(): string[] {
  return COUNTRY_CODES.match(/../g) ?? [];
}

export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** Names in `lang` (the browser's, a fallback table, or English: core/i18n/format.ts), else the code. */
function displayNames(lang: string, type: 'region' | 'language'): { of(code: string): string } {
  return { of: (code) => displayName(lang, type, code) ?? code };
}

function collator(lang: string): Intl.Collator {
  try {
    return new Intl.Collator([lang, 'en']);
  } catch {
    return new Intl.Collator('en');
  }
}

const countryCache = new Map<string, Choice[]>();
const languageCache = new Map<string, Choice[]>();

/** Every country, named in `lang`, sorted the way a reader of `lang` expects. Cached per language. */
export function countryChoices(lang: string): Choice[] {
  let list = countryCache.get(lang);
  if (!list) {
    const names = displayNames(lang, 'region');
    const sort = collator(lang);
    list = countryCodes()
      .map((value) => ({ value, label: names.of(value) ?? value }))
      .sort((a, b) => sort.compare(a.label, b.label));
    countryCache.set(lang, list);
  }
  return list;
}

/** A language's name in its own language ("polski"), or undefined when the browser does not know it. */
function nativeName(code: string): string | undefined {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Common languages named in `lang`, each followed by its own name when that differs
 * ("Polish (polski)"), so people can find their language whatever the page's language.
 * `ensure` (the widget's language) is added when it is not in the list.
 */
export function languageChoices(lang: string, ensure?: string): Choice[] {
  const key = `${lang}\n${ensure ?? ''}`;
  let list = languageCache.get(key);
  if (!list) {
    const names = displayNames(lang, 'language');
    const sort = collator(lang);
    const codes = LANGUAGE_CODES.split(' ');
    if (ensure && !codes.includes(ensure)) codes.push(ensure);
    list = codes
      .map((value) => {
        const label = names.of(value) ?? value;
        const own = nativeName(value);
        return { value, label: own && own.toLocaleLowerCase() !== label.toLocaleLowerCase() ? `${label} (${own})` : label };
      })
      .sort((a, b) => sort.compare(a.label, b.label));
    languageCache.set(key, list);
  }
  return list;
}
