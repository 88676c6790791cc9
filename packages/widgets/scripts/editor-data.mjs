// Generates, from custom-elements.json (itself generated from the widgets' JSDoc by `npm run manifest`):
// - vscode.html-custom-data.json: tags, attributes and their values for VS Code's HTML support;
// - web-types.json: the same for JetBrains IDEs (WebStorm), with events, parts and custom properties;
// - src/react.ts: JSX types for React 19 (`IntrinsicElements`), attributes and typed event props.
// `npm run manifest -w packages/widgets` runs it after the analyser; a test checks the committed files are current.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(dirname(fileURLToPath(import.meta.url)));
const pkg = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));

/** The elements of a manifest, sorted by tag. */
export function elementsOf(manifest) {
  const out = [];
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) if (d.kind === 'class' && d.customElement && d.tagName) out.push({ ...d, modulePath: mod.path });
  }
  return out.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

const describe = (x) => [x.summary, x.description].filter(Boolean).join('\n\n');
/** `'light' | 'dark' | undefined` → ['light', 'dark']; anything that is not a union of string literals → undefined. */
function literals(typeText) {
  const parts = (typeText ?? '').split('|').map((p) => p.trim()).filter((p) => p !== 'undefined' && p !== 'null');
  return parts.length > 0 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
}
const bare = (typeText) => (typeText ?? 'string').split('|').map((p) => p.trim()).filter((p) => p !== 'undefined' && p !== 'null').join(' | ');

export function vscodeData(manifest) {
  return {
    version: 1.1,
    tags: elementsOf(manifest).map((el) => ({
      name: el.tagName,
      description: describe(el),
      attributes: (el.attributes ?? []).map((a) => {
        const values = literals(a.type?.text);
        const boolean = bare(a.type?.text) === 'boolean';
        return {
          name: a.name,
          description: [a.description, a.default !== undefined && !/^[A-Z_]+$/.test(a.default) ? `Default: \`${a.default}\`.` : ''].filter(Boolean).join(' '),
          ...(boolean ? { valueSet: 'v' } : {}),
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
}

export function webTypes(manifest) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elementsOf(manifest).map((el) => ({
          name: el.tagName,
          description: describe(el),
          source: { module: `${pkg.name}/${el.tagName}.js`, symbol: el.name },
          attributes: (el.attributes ?? []).map((a) => ({
            name: a.name,
            description: a.description ?? '',
            ...(a.default !== undefined ? { default: a.default } : {}),
            value: bare(a.type?.text) === 'boolean' ? { kind: 'no-value', type: 'boolean' } : { kind: 'plain', type: bare(a.type?.text) },
          })),
          events: (el.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '', ...(e.type ? { type: e.type.text } : {}) })),
          js: { events: (el.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '', ...(e.type ? { type: e.type.text } : {}) })) },
          css: {
            parts: (el.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
            properties: (el.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
          },
        })),
      },
    },
  };
}

/** A manifest type we can write in a .ts file as is (primitives and string literals), else `string`. */
const PRIMITIVE = /^(?:\s*(?:string|number|boolean|undefined|null|'[^'\\]*')\s*(?:\||$))+$/;
const tsType = (typeText) => {
  const t = typeText && PRIMITIVE.test(typeText) ? typeText : 'string';
  return t.includes('undefined') ? t : `${t} | undefined`;
};
const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const doc = (text, indent) => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '');
/** `CustomEvent<ConstituencyFoundDetail>` → `ConstituencyFoundDetail` (exported by the package's index). */
const detailType = (typeText) => /^CustomEvent<(\w+)>$/.exec(typeText ?? '')?.[1];

export function reactTypes(manifest) {
  const elements = elementsOf(manifest);
  const classes = elements.map((el) => el.name);
  const details = [...new Set(elements.flatMap((el) => (el.events ?? []).map((e) => detailType(e.type?.text)).filter(Boolean)))].sort();
  const props = elements.map((el) => {
    const lines = [
      ...(el.attributes ?? []).map((a) => `${doc(a.description, '  ')}  ${quote(a.name)}?: ${tsType(a.type?.text)};`),
      ...(el.events ?? []).map((e) => {
        const detail = detailType(e.type?.text);
        return `${doc(`\`${e.name}\`: ${e.description ?? ''}`, '  ')}  ${quote(`on${e.name}`)}?: ((event: CustomEvent<${detail ?? 'unknown'}>) => void) | undefined;`;
      }),
    ];
    return `${doc(el.summary, '')}export interface ${el.name}Attributes {\n${lines.join('\n')}\n}\n\nexport type ${el.name}Props = ${el.name}Attributes &\n  Omit<React.DetailedHTMLProps<React.HTMLAttributes<${el.name}>, ${el.name}>, keyof ${el.name}Attributes>;\n`;
  });
  return `// Generated by scripts/editor-data.mjs from custom-elements.json (npm run manifest -w packages/widgets): do not edit.
//
// JSX types for React 19: \`import type {} from '@solidarity-widgets/widgets/react'\` once (or add it to
// \`compilerOptions.types\`), then \`<find-your-constituency show-map partner="x" onconstituency-found={(e) => e.detail.name} />\`.
// React 19 passes a custom element's \`on<event>\` prop to addEventListener with the name after \`on\`, case kept:
// the widgets' events are lower-case with hyphens, so the prop is \`onconstituency-found\` (\`onConstituencyFound\`
// would listen for an event called "ConstituencyFound", which never fires). Attributes keep their HTML names.
import type * as React from 'react';
import type { ${[...classes, ...details].sort().join(', ')} } from './index.js';

${props.join('\n')}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((el) => `      '${el.tagName}': ${el.name}Props;`).join('\n')}
    }
  }
}
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(join(here, 'custom-elements.json'), 'utf8'));
  writeFileSync(join(here, 'vscode.html-custom-data.json'), `${JSON.stringify(vscodeData(manifest), null, 2)}\n`);
  writeFileSync(join(here, 'web-types.json'), `${JSON.stringify(webTypes(manifest), null, 2)}\n`);
  writeFileSync(join(here, 'src', 'react.ts'), reactTypes(manifest));
}
