/// <reference types="vite/client" />
// docs/theming.md lists every `--sw-*` token the styles read and every `part` each element renders, and nothing else.
import { expect, it } from 'vitest';
import doc from '../../../../docs/theming.md?raw';

const TAGS = ['find-your-constituency', 'sign-up-to-canvass', 'send-solidarity', 'solidarity-wall', 'connect-locally', 'local-groups', 'pledge-to-vote'];

// Every source file of the package (not tests): the styles for tokens, the templates for parts.
const sources = import.meta.glob<string>(['../**/*.ts', '!../**/*.test.ts', '!../testing/**'], { query: '?raw', import: 'default', eager: true });

/** Tokens the code reads (`var(--sw-…)`); tokens it only sets (the ready themes) are read somewhere too. */
function tokensInCode(): string[] {
  const found = new Set<string>();
  for (const text of Object.values(sources)) for (const m of text.matchAll(/var\((--sw-[a-z0-9-]+)/g)) found.add(m[1]!);
  return [...found].sort();
}

/** Parts in a widget's templates; `part="message${isNew ? ' new' : ''}"` counts both `message` and `new`. */
function partsInCode(tag: string): string[] {
  const found = new Set<string>();
  for (const [path, text] of Object.entries(sources)) {
    if (!path.startsWith(`../${tag}/`) || path.endsWith('.styles.ts')) continue;
    for (const m of text.matchAll(/part="([^"]*)"/g)) {
      const literal = m[1]!.replace(/\$\{[^}]*\}/g, (expr) => ` ${[...expr.matchAll(/'([^']*)'/g)].map((q) => q[1]).join(' ')} `);
      for (const part of literal.split(/\s+/)) if (part) found.add(part);
    }
  }
  return [...found].sort();
}

/** The first column of the custom-properties table. */
function tokensInDoc(): string[] {
  return [...doc.matchAll(/^\| `(--sw-[a-z0-9-]+)` \|/gm)].map((m) => m[1]!).sort();
}

function partsInDoc(tag: string): string[] {
  const row = doc.split('\n').find((line) => line.startsWith(`| \`<${tag}>\` |`));
  return [...(row?.split('|')[2] ?? '').matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]!).sort();
}

it('documents exactly the tokens the styles read', () => {
  expect(tokensInCode().length).toBeGreaterThan(10);
  expect(tokensInDoc()).toEqual(tokensInCode());
});

it.each(TAGS)('documents exactly the parts <%s> renders', (tag) => {
  expect(partsInCode(tag)).toContain('base');
  expect(partsInDoc(tag)).toEqual(partsInCode(tag));
});

it('the example selector themes every element', () => {
  const example = doc.match(/```css\n([^{]*)\{/)?.[1] ?? '';
  expect(example.split(',').map((s) => s.trim()).sort()).toEqual([...TAGS].sort());
});
