/**
 * The security headers of every response that serves the renderer: the
 * desktop app's `app://` protocol (electron/main/protocol.ts) and browser
 * mode's server (vite.web.config.ts). One definition, so the browser runs the
 * app under the very policy the desktop app does.
 */

/**
 * Content-Security-Policy of every response.
 *
 * No 'unsafe-inline' anywhere, including style-src: React applies the `style`
 * prop through the CSSOM (element.style.setProperty), which CSP does not
 * govern; only `style="…"` attributes parsed from HTML and <style> elements
 * are. The built renderer ships its CSS as files, so it needs neither. If a
 * future dependency injects <style> elements, prefer a hash over relaxing
 * this, and never relax script-src.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // The import preview runs in a worker, a script of the app's own (renderer/src/data/exchange/preview-worker.ts).
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers added to every response, errors included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=(), payment=()',
  'Cache-Control': 'no-store',
};
