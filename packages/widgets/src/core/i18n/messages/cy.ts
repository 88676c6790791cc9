import type { Catalogue } from './en.js';
import type { LocaleFormats } from '../format.js';
import { namedDates } from '../named-dates.js';

// Welsh (cy). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "common.loading": "Wrthi’n llwytho…",
  "common.retry": "Rhowch gynnig arall arni",
  "common.rateLimited.zero": "Mae llawer o bobl yn anfon pethau ar hyn o bryd. Arhoswch {count} eiliad a rhowch gynnig arall arni.",
  "common.rateLimited.one": "Mae llawer o bobl yn anfon pethau ar hyn o bryd. Arhoswch {count} eiliad a rhowch gynnig arall arni.",
  "common.rateLimited.two": "Mae llawer o bobl yn anfon pethau ar hyn o bryd. Arhoswch {count} eiliad a rhowch gynnig arall arni.",
  "common.rateLimited.few": "Mae llawer o bobl yn anfon pethau ar hyn o bryd. Arhoswch {count} eiliad a rhowch gynnig arall arni.",
  "common.rateLimited.many": "Mae llawer o bobl yn anfon pethau ar hyn o bryd. Arhoswch {count} eiliad a rhowch gynnig arall arni.",
  "common.rateLimited.other": "Mae llawer o bobl yn anfon pethau ar hyn o bryd. Arhoswch {count} o eiliadau a rhowch gynnig arall arni.",
  "common.originNotAllowed": "Nid yw’r wefan hon wedi’i gosod eto i anfon at weinydd yr ymgyrch, felly ni anfonwyd dim. Rhowch wybod i berchennog y wefan, neu rhowch gynnig arall arni yn nes ymlaen.",
  "field.required": "Llenwch y maes hwn.",
  "common.networkError": "Ni allem gysylltu â’r gweinydd. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.",
  "common.offline": "Mae’n ymddangos eich bod all-lein. Byddwn yn cadw’r hyn a deipiwyd gennych; rhowch gynnig arall arni pan fyddwch wedi cysylltu.",
  "common.serverError": "Aeth rhywbeth o’i le ar ein hochr ni. Rhowch gynnig arall arni mewn munud.",
  "common.required": "(gofynnol)",
  "common.optional": "(dewisol)",
  "field.too_short": "Mae hwn yn rhy fyr.",
  "field.too_long": "Mae hwn yn rhy hir.",
  "field.invalid_format": "Nid yw hyn yn edrych yn iawn. Gwiriwch ef.",
  "field.invalid_value": "Ni dderbynnir y gwerth hwn.",
  "field.must_accept": "Ticiwch y blwch hwn i barhau.",
  "field.email.invalid_format": "Rhowch gyfeiriad e-bost fel enw@example.org.",
  "field.phone.invalid_format": "Rhowch rif ffôn gan ddefnyddio digidau, bylchau a + os dymunwch.",
  "form.fixErrors": "Cywirwch y meysydd sydd wedi’u hamlygu.",
};

/**
 * Welsh names of languages (Chromium's Intl has no Welsh data: docs/i18n.md). Those a campaign meets most: the
 * widgets' languages and the canvass form's common ones. Any other language is named in English.
 */
const languageNames: Readonly<Record<string, string>> = {
  en: 'Saesneg', cy: 'Cymraeg', pl: 'Pwyleg', ro: 'Rwmaneg', pt: 'Portiwgaleg', es: 'Sbaeneg', it: 'Eidaleg',
  fr: 'Ffrangeg', de: 'Almaeneg', bg: 'Bwlgareg', lt: 'Lithwaneg', el: 'Groeg', tr: 'Tyrceg', so: 'Somalïeg',
  ar: 'Arabeg', ur: 'Wrdw', bn: 'Bengaleg', pa: 'Pwnjabeg', gu: 'Gwjarati', ta: 'Tamileg', zh: 'Tsieinëeg',
  'zh-Hans': 'Tsieinëeg (Syml)', ku: 'Cwrdeg', ti: 'Tigrinya', hi: 'Hindi', uk: 'Wcreineg', fa: 'Perseg',
  ps: 'Pashto', gd: 'Gaeleg yr Alban', ga: 'Gwyddeleg', yo: 'Iorwba', ru: 'Rwseg', ja: 'Japaneg', nl: 'Iseldireg',
};

/** Words that take the aspirate mutation after "a": Welsh common nouns (lower case) and the language names above. */
const welshWords = new Set(Object.values(languageNames));

/** Aspirate mutation after "a" ("and"): c → ch, p → ph, t → th ("Saesneg a Phwyleg", "a chyfieithwyr"). */
function aspirate(word: string): string {
  const m = /^([CPTcpt])(?![hH])/.exec(word);
  if (!m || !(welshWords.has(word) || /^[cpt]/.test(word))) return word;
  return `${m[1]}h${word.slice(1)}`;
}

/**
 * What Welsh needs from the formatting fallback (core/i18n/format.ts): British layout with Welsh month and day
 * names ("Dydd Gwener, 4 Rhagfyr 2026 am 18:30"), "a"/"ac" in lists, Welsh names of common languages.
 */
export const formats: LocaleFormats = {
  dates: namedDates({
    months: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
    monthsShort: ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'],
    weekdays: ['Dydd Sul', 'Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn'],
    weekdaysShort: ['Sul', 'Llun', 'Maw', 'Mer', 'Iau', 'Gwe', 'Sad'],
    at: 'am',
  }),
  // "ac" before a vowel (w and y are vowels in Welsh), "a" with the aspirate mutation otherwise.
  and: (before, after) => (/^[aeiouwyâêîôûŵŷáéíóúàèìòùäëïöüÿ]/i.test(after) ? `${before} ac ${after}` : `${before} a ${aspirate(after)}`),
  languageNames,
};
