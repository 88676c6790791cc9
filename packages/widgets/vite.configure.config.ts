import { defineConfig } from 'vite';
import { minifyLitTemplates } from './scripts/minify-lit-templates.mjs';

/**
 * The configurator served at `/configure` (packages/server/src/routes/configure.ts): one self-contained ES module,
 * `dist/configure/configurator.js`, with Lit inlined. Built apart from the CDN bundle so that it never counts in
 * the widgets' size budgets or appears among the loader's widgets; the page loads the CDN loader beside it for the
 * live preview. No eval, no inline script or style, like the widgets.
 */
export default defineConfig({
  publicDir: false,
  plugins: [minifyLitTemplates()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist/configure',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    lib: { entry: 'src/configurator/configurator.ts', formats: ['es'], fileName: () => 'configurator.js' },
    rolldownOptions: { output: { minify: true, comments: false } },
  },
});
