import type { Messages, PluralCategory } from './localize.js';
import type { TranslatedTag } from './languages.js';

/**
 * What makes a translation complete and safe, checked for every catalogue and every language by catalogues.test.ts
 * and counted for the coverage table of docs/i18n.md (scripts/i18n-docs.mjs). Pure functions: no DOM.
 *
 * - every English id is present;
 * - a counted message (`base.other` in English) has a form for every plural category the language has
 *   (`Intl.PluralRules(lang).resolvedOptions().pluralCategories`), and none for a category it lacks;
 * - `{placeholders}` are the English ones (a counted form may leave out `{count}`: "every year", "مجموعتان");
 * - no entry equals the English text unless the language's allow-list (identical.ts) says it is meant to.
 */

export interface Problem {
  readonly lang: string;
  readonly catalogue: string;
  readonly id: string;
  readonly problem: string;
}

export function pluralCategories(lang: string): readonly PluralCategory[] {
  return new Intl.PluralRules(lang).resolvedOptions().pluralCategories as PluralCategory[];
}

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

/** Whether English text has words to translate at all ("{count}", "—" do not). */
const hasWords = (text: string) => /\p{L}/u.test(text.replace(/\{\w+\}/g, ''));

/**
 * The counted messages of a catalogue: English has `base.one` and `base.other` (`groups.type.other` alone is just
 * the "other" choice of a list, not a plural form).
 */
export function countedBases(en: Readonly<Record<string, string>>): Set<string> {
  const ids = Object.keys(en);
  return new Set(ids.filter((id) => id.endsWith('.other') && `${id.slice(0, -'.other'.length)}.one` in en).map((id) => id.slice(0, -'.other'.length)));
}

/** The ids a language must have: the plain English ids, and one id per plural category of each counted message. */
export function requiredIds(lang: string, en: Readonly<Record<string, string>>): { id: string; english: string; counted: boolean }[] {
  const ids = Object.keys(en);
  const bases = countedBases(en);
  const categories = pluralCategories(lang);
  const out: { id: string; english: string; counted: boolean }[] = [];
  for (const id of ids) {
    const dot = id.lastIndexOf('.');
    const base = id.slice(0, dot);
    if (bases.has(base)) {
      if (!id.endsWith('.other')) continue; // each family once, from its `other` form
      for (const category of categories) out.push({ id: `${base}.${category}`, english: en[`${base}.${category}`] ?? en[id]!, counted: true });
    } else {
      out.push({ id, english: en[id]!, counted: false });
    }
  }
  return out;
}

export function checkTranslation(
  lang: string,
  catalogue: string,
  en: Readonly<Record<string, string>>,
  translation: Readonly<Partial<Record<string, string>>>,
  identical: ReadonlySet<string> = new Set(),
): Problem[] {
  const problems: Problem[] = [];
  const report = (id: string, problem: string) => problems.push({ lang, catalogue, id, problem });
  const required = requiredIds(lang, en);
  const requiredSet = new Set(required.map((r) => r.id));
  for (const { id, english, counted } of required) {
    const text = translation[id];
    if (text === undefined || text.trim() === '') {
      report(id, 'missing');
      continue;
    }
    const want = placeholders(counted ? (en[`${id.slice(0, id.lastIndexOf('.'))}.other`] ?? english) : english);
    const got = placeholders(text);
    const ok = counted
      ? got.every((p) => want.includes(p)) && want.every((p) => p === 'count' || got.includes(p))
      : want.join() === got.join();
    if (!ok) report(id, `placeholders {${got.join('} {')}} but English has {${want.join('} {')}}`);
    if (text === english && hasWords(english) && !identical.has(id)) report(id, 'same as English (translate it, or list it in identical.ts if meant)');
  }
  const bases = countedBases(en);
  for (const id of Object.keys(translation)) {
    // English may declare every category of a counted message (harmless forms a language never selects).
    if (requiredSet.has(id) || id in en) continue;
    const base = id.slice(0, id.lastIndexOf('.'));
    report(id, bases.has(base) ? `not a plural category of ${lang} (${pluralCategories(lang).join(', ')})` : 'not an English id');
  }
  return problems;
}

/** Share of a language's required ids that are translated (present, and not English unless meant), 0–1. */
export function coverageOf(
  lang: string,
  en: Readonly<Record<string, string>>,
  translation: Readonly<Partial<Record<string, string>>>,
  identical: ReadonlySet<string> = new Set(),
): { done: number; total: number } {
  const required = requiredIds(lang, en);
  const done = required.filter(({ id, english }) => {
    const text = translation[id];
    return text !== undefined && text.trim() !== '' && (text !== english || !hasWords(english) || identical.has(id));
  }).length;
  return { done, total: required.length };
}

/** Loads every translation of every catalogue (the lazy chunks) for `lang`. */
export async function loadAll(catalogues: Readonly<Record<string, Messages<string>>>, lang: string) {
  const out: Record<string, Readonly<Partial<Record<string, string>>>> = {};
  for (const [name, messages] of Object.entries(catalogues)) {
    out[name] = lang === 'en' ? {} : (await messages.load(lang as TranslatedTag)).messages;
  }
  return out;
}
