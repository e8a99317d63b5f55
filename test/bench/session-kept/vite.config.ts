/**
 * The start with a session kept (index.html here) built with the app's own
 * renderer settings (electron.vite.config.ts: plugins, minified, fonts as
 * files), so the two starts load the same code the same way.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import app from '../../../electron.vite.config.ts';

const renderer = (app as { renderer: UserConfig }).renderer;

export default defineConfig({
  ...renderer,
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    ...renderer.build,
    outDir: fileURLToPath(new URL('../../../out/bench-session', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: { input: { index: fileURLToPath(new URL('./index.html', import.meta.url)) } },
  },
});
