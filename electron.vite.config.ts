import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/** Vite inlines small assets as data: URLs, but the app's CSP takes fonts from 'self' only (shared/security-headers.ts). */
const keepFontsAsFiles = (filePath: string): false | undefined => (/\.woff2?$/i.test(filePath) ? false : undefined);

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  main: {
    build: {
      // Bundle its dependencies (zod) too: the packaged app ships out/ alone, no node_modules (scripts/dist/builder-config.ts).
      externalizeDeps: false,
      outDir: 'out/main',
      rollupOptions: { input: { index: fromRoot('./electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require nothing but 'electron': bundle its dependencies (zod) into it.
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: fromRoot('./electron/preload/index.ts') },
        // A sandboxed preload cannot load ES modules: bundle it as one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: fromRoot('./renderer'),
    plugins: [react()],
    build: {
      outDir: fromRoot('./out/renderer'),
      assetsInlineLimit: keepFontsAsFiles,
      // electron-vite leaves the renderer unminified: 2.5 MB of script to parse at every start, 1.2 MB minified.
      minify: true,
      rollupOptions: { input: { index: fromRoot('./renderer/index.html') } },
    },
  },
});
