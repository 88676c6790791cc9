import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
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

/**
 * What the CDN serves besides the bundle (packages/server/src/http/static.ts):
 * - the loader's preload lists (`preloads` in src/cdn.ts): each widget's chunk and its static imports, minus the
 *   core the loader fetches anyway, so a page fetches them in parallel rather than one after another;
 * - `<file>.br` and `<file>.gz` next to every script (brotli 11, gzip 9), picked by the server per `Accept-Encoding`;
 * - `embed.js` and `embed-frame.js`: the iframe embed's parent-side listener and in-frame reporter (src/embed/);
 * - `integrity.json`: the widgets' version, the versioned loader's path (`v<version>/widgets.js`, served immutable)
 *   and its Subresource Integrity hash (sha384), for the pinned snippet in docs/embedding.md.
 */
function cdnFiles(): Plugin {
  let outDir = '';
  return {
    name: 'solidarity:cdn-files',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      const loader = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
      if (!loader || loader.type !== 'chunk') throw new Error('cdn-files: no loader chunk');
      const chunk = (file: string) => {
        const c = bundle[file];
        return c?.type === 'chunk' ? c : undefined;
      };
      const widgetTag = (file: string) => /\/src\/([^/]+)\/\1\.ts$/.exec(chunk(file)?.facadeModuleId?.replace(/\\/g, '/') ?? '')?.[1];
      const closure = (file: string, out: Set<string>): Set<string> => {
        const c = chunk(file);
        if (!c || out.has(file)) return out;
        out.add(file);
        c.imports.forEach((f) => closure(f, out));
        return out;
      };
      // What the loader imports that is not a widget (the core, with the page defaults): it is fetched anyway.
      const core = new Set<string>();
      for (const f of loader.dynamicImports) if (!widgetTag(f)) closure(f, core);
      let code = loader.code;
      for (const file of loader.dynamicImports) {
        const tag = widgetTag(file);
        if (!tag) continue;
        const files = [...closure(file, new Set())].filter((f) => !core.has(f)).map((f) => `./${f}`);
        const slot = `"${tag}":[]`;
        if (code.split(slot).length !== 2) throw new Error(`cdn-files: no single preload slot ${slot} in the loader (src/cdn.ts \`preloads\`)`);
        code = code.replace(slot, `"${tag}":${JSON.stringify(files)}`);
      }
      loader.code = code;
    },
    writeBundle() {
      const version = (JSON.parse(readFileSync(resolve(outDir, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
      // The iframe embed scripts (src/embed/), standalone and tiny: tsc has already compiled them to dist/embed/.
      copyFileSync(resolve(outDir, '..', 'embed', 'frame.js'), join(outDir, 'embed-frame.js'));
      copyFileSync(resolve(outDir, '..', 'embed', 'parent.js'), join(outDir, 'embed.js'));
      for (const name of readdirSync(outDir)) {
        if (!name.endsWith('.js')) continue;
        const source = readFileSync(join(outDir, name));
        writeFileSync(join(outDir, `${name}.br`), brotliCompressSync(source, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: source.length } }));
        writeFileSync(join(outDir, `${name}.gz`), gzipSync(source, { level: 9 }));
      }
      const loader = readFileSync(join(outDir, 'widgets.js'));
      const integrity = `sha384-${createHash('sha384').update(loader).digest('base64')}`;
      writeFileSync(join(outDir, 'integrity.json'), `${JSON.stringify({ version, loader: `v${version}/widgets.js`, integrity }, null, 2)}\n`);
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
  plugins: [minifyLitTemplates(), moduleMap(), cdnFiles()],
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
              // Also the few small modules several widgets share outside the core (the contract's constants and
              // grapheme counter, the canvass languages list): each as a chunk of its own costs a request and more
              // gzip overhead than its bytes in the core (issue 17).
              test: (id: string) =>
                (/[\\/](node_modules|src[\\/]core)[\\/]/.test(id) ||
                  /[\\/](contract[\\/]dist[\\/](constants|graphemes)|src[\\/]sign-up-to-canvass[\\/]languages)\.[jt]s$/.test(id)) &&
                !/[\\/]messages[\\/](?!en\.)/.test(id),
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
