/**
 * The benchmark page (test/bench/index.html) as a static build. It is served
 * beside the built app, from the same origin, so that both use one IndexedDB.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../out/bench', import.meta.url)),
    emptyOutDir: true,
    // The page is measured, not shipped: keep names readable in profiles.
    minify: false,
    chunkSizeWarningLimit: 10_000,
  },
});
