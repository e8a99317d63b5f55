/**
 * Browser mode: the same renderer, served by Vite without Electron. The
 * renderer finds no preload bridge and uses the browser one. Its IndexedDB
 * belongs to the http://127.0.0.1 origin: a separate, throw-away store.
 *
 * Every response carries the desktop app's security headers
 * (shared/security-headers.ts). `vite preview`, which `npm run web` and the
 * browser tests use, serves the built renderer under exactly that policy. The
 * dev server (`npm run web -- --dev`) cannot: Vite's hot reload adds an inline
 * script (React Refresh's preamble) and injects CSS as <style> elements. It
 * allows those by a nonce made at each start (Vite's `html.cspNonce` puts it on
 * what it injects), and nothing else.
 */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './shared/security-headers.ts';

/** Vite inlines small assets as data: URLs, but the app's CSP takes fonts from 'self' only (shared/security-headers.ts). */
const keepFontsAsFiles = (filePath: string): false | undefined => (/\.woff2?$/i.test(filePath) ? false : undefined);

const port = Number(process.env.PORT ?? 5173);

/** The app's policy with `'nonce-…'` added to script-src and style-src: what the dev server needs. */
export function devServerPolicy(nonce: string): string {
  return CONTENT_SECURITY_POLICY.split('; ')
    .map((directive) => (/^(script|style)-src /.test(directive) ? `${directive} 'nonce-${nonce}'` : directive))
    .join('; ');
}

export default defineConfig(({ command, isPreview }) => {
  const devServer = command === 'serve' && !isPreview;
  const nonce = devServer ? randomBytes(16).toString('base64') : null;
  return {
    root: fileURLToPath(new URL('./renderer', import.meta.url)),
    plugins: [react()],
    server: {
      host: '127.0.0.1',
      port,
      strictPort: true,
      headers: nonce ? { ...SECURITY_HEADERS, 'Content-Security-Policy': devServerPolicy(nonce) } : SECURITY_HEADERS,
    },
    ...(nonce ? { html: { cspNonce: nonce } } : {}),
    // `vite preview` serves the renderer exactly as `npm run build` produced it for Electron, under the app's own headers.
    preview: { host: '127.0.0.1', port, strictPort: true, headers: SECURITY_HEADERS },
    build: { outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)), emptyOutDir: true, assetsInlineLimit: keepFontsAsFiles },
  };
});
