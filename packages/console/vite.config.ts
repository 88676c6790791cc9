import { defineConfig } from 'vite';

/**
 * The console as a static app under `/console/` (packages/server/src/http/console.ts serves it):
 * `dist/app/index.html` for every app path, and hashed files in `dist/app/assets/` (served immutable).
 * No inline script or style: Vite links the entry and the stylesheet as files, and Lit uses adopted
 * stylesheets, so the page works under the server's `script-src 'self'; style-src 'self'`.
 */
export default defineConfig({
  base: '/console/',
  publicDir: false,
  build: {
    outDir: 'dist/app',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // The polyfill would be injected inline; every browser we support has modulepreload.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});
