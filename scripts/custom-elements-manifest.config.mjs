import { posix } from 'node:path';

// @custom-elements-manifest/analyzer settings for packages/widgets: `npm run manifest -w packages/widgets` writes
// packages/widgets/custom-elements.json from the widgets' JSDoc (@summary, @fires, @csspart, @cssprop, @slot) and
// their Lit properties. Paths below are relative to packages/widgets, where the script runs.

/**
 * The widgets register their tags with `defineElement('tag', Class)` (core/define.ts: a define that is safe to call
 * twice), which the analyser does not know. This plugin reads those calls as it reads `customElements.define`,
 * so each class gets its `tagName` and the module a `custom-element-definition` export.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function defineElementCalls() {
  return {
    name: 'solidarity-widgets: defineElement() calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !klass || !ts.isIdentifier(klass)) return;
      const imported = context.imports?.find((i) => i.name === klass.text);
      // The class lives in `<name>.component.ts` beside the define file; name that module, as the manifest's
      // declarations are keyed by source path.
      const module = imported && !imported.isBareModuleSpecifier
        ? new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname.slice(1).replace(/\.js$/, '.ts')
        : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module } },
      ];
    },
  };
}

/**
 * Lit details the analyser (0.11) gets wrong for these widgets, put right after analysis:
 * - internal reactive state, declared in `static properties` with `{ state: true }` (or `attribute: false`), is
 *   listed as an attribute; partners cannot set it, so it is removed from `attributes`;
 * - `emit(name, detail)` in the shared base class dispatches `new CustomEvent(name)`, which the analyser records
 *   as an event literally called "name"; the real events are the `@fires` tags of each widget.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function litStateAndDynamicEvents() {
  /** `Class.field` of reactive properties that are not attributes. */
  const notAttributes = new Set();
  /** `Class.eventName` recorded from a variable, not a string. */
  const dynamicEvents = new Set();
  const className = (ts, node) => {
    for (let n = node.parent; n; n = n.parent) if (ts.isClassDeclaration(n) && n.name) return n.name.text;
    return undefined;
  };
  return {
    name: 'solidarity-widgets: Lit state and dynamic event names',
    analyzePhase({ ts, node }) {
      if (ts.isPropertyDeclaration(node) && node.name.getText() === 'properties' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
        const owner = className(ts, node);
        for (const prop of node.initializer.properties) {
          if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
          const options = Object.fromEntries(
            prop.initializer.properties.filter(ts.isPropertyAssignment).map((o) => [o.name.getText(), o.initializer.getText()]),
          );
          if (options.state === 'true' || options.attribute === 'false') notAttributes.add(`${owner}.${prop.name.getText().replace(/['"]/g, '')}`);
        }
      }
      if (ts.isNewExpression(node) && node.arguments?.[0] && ts.isIdentifier(node.arguments[0]) && ts.isCallExpression(node.parent)
        && node.parent.expression.getText().endsWith('dispatchEvent')) {
        dynamicEvents.add(`${className(ts, node)}.${node.arguments[0].text}`);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const classes = new Set();
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          classes.add(decl.name);
          const from = (x) => x.inheritedFrom?.name ?? decl.name;
          if (decl.attributes) {
            decl.attributes = decl.attributes.filter((a) => !notAttributes.has(`${from(a)}.${a.fieldName ?? a.name}`));
            if (decl.attributes.length === 0) delete decl.attributes;
          }
          for (const m of decl.members ?? []) if (m.attribute && notAttributes.has(`${from(m)}.${m.name}`)) delete m.attribute;
          if (decl.events) {
            decl.events = decl.events.filter((e) => !dynamicEvents.has(`${from(e)}.${e.name}`));
            if (decl.events.length === 0) delete decl.events;
          }
        }
      }
      // core/define.ts calls customElements.define(tag, ctor) with variables: not a definition of any element.
      for (const mod of customElementsManifest.modules) {
        if (mod.exports) mod.exports = mod.exports.filter((x) => x.kind !== 'custom-element-definition' || classes.has(x.declaration.name));
      }
    },
  };
}

/**
 * The manifest ships in the package, whose `src/` is not published: every module path (`path`, and the `module`
 * of declarations, exports and inheritance) names the file tsc writes, `dist/<same>.js`, so editors and tools that
 * follow a path find it. Runs last, once every other phase has matched declarations by their source path.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function shippedPaths() {
  const toDist = (value) => value.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');
  /** A re-export's `module` is the specifier as written (`./config.js`): resolve it against the module's own path. */
  const resolveFrom = (modulePath, value) => (value.startsWith('.') ? posix.join(posix.dirname(modulePath), value) : value);
  const walk = (node, modulePath) => {
    if (Array.isArray(node)) node.forEach((n) => walk(n, modulePath));
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = toDist(resolveFrom(modulePath, value));
        else walk(value, modulePath);
      }
    }
  };
  return {
    name: 'solidarity-widgets: shipped module paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) walk(mod, mod.path.replace(/^\//, ''));
    },
  };
}

/**
 * Modules in path order: the analyser lists them in the order the file system globs them, which differs between
 * machines and after files are added, so the committed manifest would not match a fresh run.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function stableModuleOrder() {
  return {
    name: 'solidarity-widgets: modules in path order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // Not shipped (tests, test helpers, the configurator served by the server) or not API (catalogues, styles).
  exclude: ['src/**/*.test.ts', 'src/**/messages/**', 'src/**/*.styles.ts', 'src/core/i18n/**', 'src/testing/**', 'src/configurator/**', 'src/react.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [defineElementCalls(), litStateAndDynamicEvents(), shippedPaths(), stableModuleOrder()],
};
