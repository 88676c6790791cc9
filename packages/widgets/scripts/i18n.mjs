// Catalogue tools (read the built catalogues in dist/: run `npm run build` first).
//
//   node packages/widgets/scripts/i18n.mjs docs          regenerates the coverage table in docs/i18n.md
//                                                        (catalogues.test.ts fails when it is stale)
//   node packages/widgets/scripts/i18n.mjs check [lang…] lists what is missing or wrong, by language, catalogue and id
//   node packages/widgets/scripts/i18n.mjs todo <lang>   prints the English text of every id <lang> still lacks
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = new URL('../dist/core/i18n/', import.meta.url);
const { LANGUAGES } = await import(new URL('languages.js', dist).href);
const { CATALOGUES } = await import(new URL('catalogues.js', dist).href);
const { checkTranslation, loadAll, requiredIds } = await import(new URL('check.js', dist).href);
const { IDENTICAL } = await import(new URL('identical.js', dist).href);
const { renderCoverageTable } = await import(new URL('coverage.js', dist).href);

const [command = 'check', ...args] = process.argv.slice(2);
const tags = args.length ? args : LANGUAGES.filter((l) => l.tag !== 'en').map((l) => l.tag);

if (command === 'docs') {
  const file = fileURLToPath(new URL('../../../docs/i18n.md', import.meta.url));
  const doc = readFileSync(file, 'utf8');
  const start = '<!-- generated:start -->';
  const end = '<!-- generated:end -->';
  const before = doc.slice(0, doc.indexOf(start) + start.length);
  const after = doc.slice(doc.indexOf(end));
  writeFileSync(file, `${before}\n${await renderCoverageTable()}\n${after}`);
  console.log('docs/i18n.md coverage table regenerated');
} else if (command === 'check' || command === 'todo') {
  for (const tag of tags) {
    const translations = await loadAll(CATALOGUES, tag);
    for (const [name, messages] of Object.entries(CATALOGUES)) {
      const problems = checkTranslation(tag, name, messages.en, translations[name] ?? {}, new Set(IDENTICAL[tag] ?? []));
      if (command === 'check') for (const p of problems) console.log(`${p.lang} ${p.catalogue} ${p.id}: ${p.problem}`);
      else {
        const english = new Map(requiredIds(tag, messages.en).map((r) => [r.id, r.english]));
        const todo = problems.filter((p) => english.has(p.id));
        if (todo.length) console.log(`// ${name}\n${todo.map((p) => `  ${JSON.stringify(p.id)}: ${JSON.stringify(english.get(p.id))}, // ${p.problem}`).join('\n')}`);
      }
    }
  }
} else {
  console.error('usage: i18n.mjs docs | check [lang…] | todo <lang>');
  process.exit(2);
}
