/**
 * The `app://homeward` protocol that serves the built renderer.
 *
 * Serving from a privileged custom scheme instead of file:// gives the
 * renderer a real, stable origin (IndexedDB belongs to it) and lets every
 * response carry the security headers of shared/security-headers.ts, the
 * same that browser mode's server sends.
 */
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME } from '../../shared/ipc';
import { SECURITY_HEADERS } from '../../shared/security-headers';

/**
 * The scheme's privileges. Must be registered before the app is ready:
 * without `standard` the origin is opaque and Chromium disables IndexedDB and
 * the other web storage for it.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

export interface SchemeRegistrar {
  registerSchemesAsPrivileged(customSchemes: CustomScheme[]): void;
}

/** Registers `app:` as a privileged scheme. Call at module top level, before app 'ready'. */
export function registerAppScheme(protocol: SchemeRegistrar): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** Content-Type for a file name, by extension; unknown types are served as opaque bytes. */
export function contentTypeFor(fileName: string): string {
  return CONTENT_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** What the handler needs from a request (a subset of the Fetch API Request). */
export interface AppRequest {
  url: string;
  method: string;
}

export interface AppProtocolHandlerOptions {
  /** Absolute folder of the built renderer (out/renderer). */
  root: string;
  /** Reads a whole file; rejects with a Node error (code ENOENT, EISDIR, …) when it cannot. */
  readFile: (absolutePath: string) => Promise<Uint8Array<ArrayBuffer>>;
}

function respond(status: number, body: Uint8Array<ArrayBuffer> | string | null, contentType: string): Response {
  const headers = new Headers(SECURITY_HEADERS);
  headers.set('Content-Type', contentType);
  return new Response(body, { status, headers });
}

function errorResponse(status: number, text: string): Response {
  return respond(status, text, 'text/plain; charset=utf-8');
}

const NOT_FOUND_CODES = new Set(['ENOENT', 'EISDIR', 'ENOTDIR', 'ENAMETOOLONG']);

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/**
 * Maps a request path to a file inside `root`, or null when it would leave it.
 * `/` serves index.html; paths without an extension also serve index.html so a
 * client-side route survives a reload.
 */
export function resolveRequestPath(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  // NUL never names a file; backslash is a separator on Windows only, so it is
  // refused everywhere to keep the behaviour the same on every platform.
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const resolvedRoot = path.resolve(root);
  const relative = decoded.replace(/^\/+/, '');
  const candidate = path.resolve(resolvedRoot, relative === '' ? 'index.html' : relative);
  if (candidate !== resolvedRoot && !candidate.startsWith(resolvedRoot + path.sep)) return null;
  if (candidate === resolvedRoot) return path.join(resolvedRoot, 'index.html');
  if (path.extname(candidate) === '' && !decoded.endsWith('/')) return path.join(resolvedRoot, 'index.html');
  return candidate;
}

/** Builds the `protocol.handle('app', …)` handler serving `root` for host `homeward` only. */
export function createAppProtocolHandler({ root, readFile }: AppProtocolHandlerOptions): (request: AppRequest) => Promise<Response> {
  return async (request) => {
    const method = request.method.toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') return errorResponse(405, 'Method not allowed');

    // Parse the scheme/host/path by hand: the raw URL is what Chromium hands
    // over, and `new URL` would normalise `..` segments before we can judge them.
    const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i.exec(request.url);
    if (!match) return errorResponse(400, 'Bad request');
    const [, scheme = '', host = '', rawPath = ''] = match;
    if (scheme.toLowerCase() !== APP_SCHEME || host.toLowerCase() !== APP_HOST) return errorResponse(403, 'Forbidden');

    const pathname = rawPath === '' ? '/' : rawPath;
    const filePath = resolveRequestPath(root, pathname);
    if (filePath === null) return errorResponse(403, 'Forbidden');

    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = await readFile(filePath);
    } catch (error) {
      const code = errorCode(error);
      return code !== undefined && NOT_FOUND_CODES.has(code) ? errorResponse(404, 'Not found') : errorResponse(500, 'Internal error');
    }
    return respond(200, method === 'HEAD' ? null : bytes, contentTypeFor(filePath));
  };
}
