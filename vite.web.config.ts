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
import { contentSecurityPolicy, securityHeaders } from './shared/security-headers.ts';
import { serverOriginOf } from './shared/sync/server-origin.ts';

/** Vite inlines small assets as data: URLs, but the app's CSP takes fonts from 'self' only (shared/security-headers.ts). */
const keepFontsAsFiles = (filePath: string): false | undefined => (/\.woff2?$/i.test(filePath) ? false : undefined);

const port = Number(process.env.PORT ?? 5173);

/**
 * Browser mode's sync server: there is no main process to keep it, so the
 * policy names the origin given in HOMEWARD_SYNC_ORIGIN when the server starts
 * (the browser tests set it to their test server). Checked like the desktop
 * app's (https, or http on this machine only); a bad value stops the start.
 */
export function syncOriginFromEnvironment(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  const parsed = serverOriginOf(value);
  if ('problem' in parsed || parsed.origin !== value) throw new Error(`HOMEWARD_SYNC_ORIGIN must be an origin such as https://couch.example:6984 (http only for 127.0.0.1 or localhost), without a path: ${JSON.stringify(value)}`);
  return parsed.origin;
}

/** The app's policy with `'nonce-…'` added to script-src and style-src: what the dev server needs. */
export function devServerPolicy(nonce: string, syncOrigin: string | null = null): string {
  return contentSecurityPolicy(syncOrigin).split('; ')
    .map((directive) => (/^(script|style)-src /.test(directive) ? `${directive} 'nonce-${nonce}'` : directive))
    .join('; ');
}

export default defineConfig(({ command, isPreview }) => {
  const devServer = command === 'serve' && !isPreview;
  const nonce = devServer ? randomBytes(16).toString('base64') : null;
  const syncOrigin = syncOriginFromEnvironment(process.env.HOMEWARD_SYNC_ORIGIN);
  const headers = securityHeaders(syncOrigin);
  return {
    root: fileURLToPath(new URL('./renderer', import.meta.url)),
    plugins: [react()],
    server: {
      host: '127.0.0.1',
      port,
      strictPort: true,
      headers: nonce ? { ...headers, 'Content-Security-Policy': devServerPolicy(nonce, syncOrigin) } : headers,
    },
    ...(nonce ? { html: { cspNonce: nonce } } : {}),
    // `vite preview` serves the renderer exactly as `npm run build` produced it for Electron, under the app's own headers.
    preview: { host: '127.0.0.1', port, strictPort: true, headers },
    build: { outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)), emptyOutDir: true, assetsInlineLimit: keepFontsAsFiles },
  };
});
