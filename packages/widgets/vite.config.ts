import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { minifyLitTemplates } from './scripts/minify-lit-templates.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url)).replace(/\\/g, '/');

const rel = (id: string) => id.replace(/\\/g, '/').replace(repoRoot, '');

/**
 * Writes `.vite/modules.json` (chunk file → source modules) and `.vite/module-users.json` (module → which widgets,
 * and whether the loader, reach it through their imports) so `scripts/size.mjs` can check what got in where: a module
 * in the shared core chunk that only one widget uses should be in that widget's chunk instead.
 */
function moduleMap(): Plugin {
  return {
    name: 'solidarity:module-map',
    apply: 'build',
    generateBundle(_options, bundle) {
      const map: Record<string, string[]> = {};
      const all = new Set<string>();
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        map[item.fileName] = item.moduleIds.map(rel);
        item.moduleIds.forEach((id) => all.add(id));
      }
      // Who reaches each module (static and dynamic imports). A widget's entry is `src/<tag>/<tag>.ts`; the
      // loader (`src/cdn.ts`) is followed without entering the widgets it imports.
      const widgetOf = (id: string) => /\/src\/([^/]+)\/\1\.ts$/.exec(id.replace(/\\/g, '/'))?.[1];
      const users: Record<string, string[]> = {};
      const reach = (from: string, user: string) => {
        const seen = new Set<string>();
        const queue = [from];
        while (queue.length) {
          const id = queue.pop()!;
          if (seen.has(id)) continue;
          seen.add(id);
          if (all.has(id)) (users[rel(id)] ??= []).push(user);
          const info = this.getModuleInfo(id);
          for (const next of [...(info?.importedIds ?? []), ...(info?.dynamicallyImportedIds ?? [])]) {
            if (user === 'loader' && widgetOf(next)) continue;
            queue.push(next);
          }
        }
      };
      for (const id of all) {
        const tag = widgetOf(id);
        if (tag) reach(id, tag);
        else if (this.getModuleInfo(id)?.isEntry) reach(id, 'loader');
      }
      this.emitFile({ type: 'asset', fileName: '.vite/modules.json', source: `${JSON.stringify(map, null, 1)}\n` });
      this.emitFile({ type: 'asset', fileName: '.vite/module-users.json', source: `${JSON.stringify(users, null, 1)}\n` });
    },
  };
}

/** Language catalogues are named after their widget: `find-your-constituency.pl-<hash>.js`, `core.pl-<hash>.js`. */
function chunkFileName(chunk: { facadeModuleId: string | null }): string {
  const id = chunk.facadeModuleId?.replace(/\\/g, '/') ?? '';
  const core = /\/src\/core\/i18n\/messages\/([\w-]+)\.ts$/.exec(id);
  if (core) return `core.${core[1]}-[hash].js`;
  const widget = /\/src\/([^/]+)\/messages\/([\w-]+)\.ts$/.exec(id);
  if (widget) return `${widget[1]}.${widget[2]}-[hash].js`;
  return '[name]-[hash].js';
}

/**
 * The script-tag bundle: `dist/cdn/widgets.js` (ES module, every dependency inlined).
 *
 * - The entry is a small loader: each widget, the shared core (Lit, SDK, generated JSON Schemas) and each
 *   language catalogue are hashed lazy chunks next to it, fetched only when a page uses them.
 * - Whitespace inside Lit's `html`/`svg`/`css` templates is squeezed out at build time (conservatively: see
 *   scripts/minify-lit-templates.mjs); the browser tests run against the sources, the e2e tests against this bundle.
 * - No eval, no inline scripts or styles: Lit uses adopted stylesheets and there is no zod (ADR 0004),
 *   so the bundle works under `script-src 'self'`.
 * - `.vite/manifest.json` records the import graph; `scripts/size.mjs` follows it to measure the budgets.
 *
 * The package build runs `tsc` first (to `dist/`), then this. Only `dist/cdn/` is emptied here (stale hashed
 * chunks would otherwise pile up); tsc's output in `dist/` is outside it and survives.
 */
export default defineConfig({
  // The bundle's own assets live next to it; the msw worker in `public/` is for browser tests only.
  publicDir: false,
  plugins: [minifyLitTemplates(), moduleMap()],
  define: {
    // Some dependencies read this; in a script tag there is no bundler left to replace it.
    'process.env.NODE_ENV': JSON.stringify('production'),
  },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    manifest: true,
    modulePreload: false,
    reportCompressedSize: false,
    lib: {
      entry: 'src/cdn.ts',
      formats: ['es'],
      fileName: () => 'widgets.js',
    },
    rolldownOptions: {
      output: {
        chunkFileNames: chunkFileName,
        // One shared chunk for what every widget needs (Lit, the SDK, the generated JSON Schemas, the widget core); each
        // widget's own code and each language catalogue stay in their own chunks. Modules used by one widget
        // only (e.g. `postcode` in the finder) stay with that widget.
        codeSplitting: {
          groups: [
            {
              name: 'core',
              test: (id: string) => /[\\/](node_modules|src[\\/]core)[\\/]/.test(id) && !/[\\/]messages[\\/](?!en\.)/.test(id),
              minShareCount: 2,
            },
          ],
        },
        // Vite's library mode keeps whitespace in ES output for downstream bundlers; this file goes straight
        // into a browser, so minify fully and drop comments (licences are credited in the package's LICENSE/NOTICE).
        minify: true,
        comments: false,
      },
    },
  },
});
