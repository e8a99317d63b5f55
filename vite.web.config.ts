/**
 * Browser mode: the same renderer, served by Vite without Electron. The
 * renderer finds no preload bridge and uses the browser one. Its IndexedDB
 * belongs to the http://127.0.0.1 origin: a separate, throw-away store.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Vite inlines small assets as data: URLs, but the app's CSP takes fonts from 'self' only (electron/main/protocol.ts). */
const keepFontsAsFiles = (filePath: string): false | undefined => (/\.woff2?$/i.test(filePath) ? false : undefined);

const port = Number(process.env.PORT ?? 5173);

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  plugins: [react()],
  server: { host: '127.0.0.1', port, strictPort: true },
  // `vite preview` serves the renderer exactly as `npm run build` produced it for Electron.
  preview: { host: '127.0.0.1', port, strictPort: true },
  build: { outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)), emptyOutDir: true, assetsInlineLimit: keepFontsAsFiles },
});
