import type { TranslatedTag } from './languages.js';
// Every catalogue in every language of the registry is complete and safe (core/i18n/check.ts says what that means):
// every English id, every plural category the language has, the English placeholders, and no entry left in English
// unless identical.ts says it is meant to be. One test per language, naming the catalogue and id of each problem.
/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import doc from '../../../../../docs/i18n.md?raw';
import { renderCoverageTable } from './coverage.js';
import { LANGUAGES } from './languages.js';
import { CATALOGUES } from './catalogues.js';
import { checkTranslation, loadAll, type Problem } from './check.js';
import { IDENTICAL } from './identical.js';

const SHOWN = 60;

function describeProblems(lang: string, problems: readonly Problem[]): string {
  const lines = problems.slice(0, SHOWN).map((p) => `${p.lang} ${p.catalogue} ${p.id}: ${p.problem}`);
  if (problems.length > SHOWN) lines.push(`… and ${problems.length - SHOWN} more problems in ${lang}`);
  return lines.join('\n');
}

describe('every catalogue is complete in every language', () => {
  it('every catalogue loads a translation for every language of the registry but English', async () => {
    for (const [name, messages] of Object.entries(CATALOGUES)) {
      for (const { tag } of LANGUAGES.filter((l) => l.tag !== 'en')) {
        const chunk = await messages.load(tag as TranslatedTag);
        expect(typeof chunk.messages, `${name} ${tag}`).toBe('object');
      }
    }
  });

  for (const { tag, english } of LANGUAGES) {
    if (tag === 'en') continue;
    it(`${english} (${tag})`, async () => {
      const translations = await loadAll(CATALOGUES, tag);
      const identical = new Set(IDENTICAL[tag] ?? []);
      const problems = Object.entries(CATALOGUES).flatMap(([name, messages]) =>
        checkTranslation(tag, name, messages.en, translations[name] ?? {}, identical),
      );
      expect(describeProblems(tag, problems), `${tag}: ${problems.length} problems`).toBe('');
    });
  }
});

describe('the checker itself', () => {
  const en = { 'a.title': 'Groups near {name}', 'a.count.one': '{count} group', 'a.count.other': '{count} groups', 'a.dash': '—' };
  const ids = (problems: Problem[]) => problems.map((p) => `${p.id}: ${p.problem.split(' (')[0]}`);

  it('accepts a complete Polish translation, with a counted form that leaves out {count}', () => {
    const pl = { 'a.title': 'Grupy w pobliżu {name}', 'a.count.one': 'jedna grupa', 'a.count.few': '{count} grupy', 'a.count.many': '{count} grup', 'a.count.other': '{count} grupy', 'a.dash': '—' };
    expect(checkTranslation('pl', 'x', en, pl)).toEqual([]);
  });

  it('names a missing id, a missing plural category, a wrong placeholder, an English leftover and an extra category', () => {
    const pl = { 'a.title': 'Groups near {name}', 'a.count.one': '{count} grupa {nazwa}', 'a.count.few': '{count} grupy', 'a.count.other': '{count} grupy', 'a.count.zero': 'zero' };
    expect(ids(checkTranslation('pl', 'x', en, pl))).toEqual([
      'a.title: same as English',
      'a.count.one: placeholders {count} {nazwa} but English has {count}',
      'a.count.many: missing',
      'a.dash: missing',
      'a.count.zero: not a plural category of pl',
    ]);
    expect(checkTranslation('pl', 'x', en, pl, new Set(['a.title'])).map((p) => p.id)).not.toContain('a.title');
  });
});

it('the coverage table in docs/i18n.md is up to date (regenerate: node packages/widgets/scripts/i18n.mjs docs)', async () => {
  const table = /<!-- generated:start -->\n([\s\S]*?)\n<!-- generated:end -->/.exec(doc)?.[1];
  expect(table).toBe(await renderCoverageTable());
});
