/**
 * The import preview's worker under app:// (renderer/src/data/exchange/preview-worker.ts),
 * as far as it can be shown without the Electron binary: electron-vite emits
 * the worker as `assets/intake-preview.worker-<hash>.js` beside the bundle
 * that starts it (`new URL("intake-preview.worker-<hash>.js", import.meta.url)`);
 * the protocol serves that file as JavaScript (Chromium refuses to run a
 * worker script of any other type) with the CSP, whose `worker-src 'self'`
 * and `script-src 'self'` allow a script of the page's own origin; and the
 * session's request filter lets the request through.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/main/protocol';
import { isRequestAllowed } from '../../../electron/main/security';
import { APP_ORIGIN } from '../../../shared/ipc';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security-headers';

/** How electron-vite names the worker's file (seen in out/renderer/assets/ of a build). */
const WORKER_FILE = /^intake-preview\.worker-[\w-]+\.js$/;
const BUILT = path.resolve(__dirname, '../../../out/renderer');

/** The sources a CSP directive lists (falling back to default-src, as browsers do). */
function sources(directive: string): string[] {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  return directives.get(directive) ?? directives.get('default-src') ?? [];
}

/** Whether a directive allows `url` for a document of `origin`: only the source expressions this policy uses ('self', schemes). */
function allows(directive: string, url: string, origin: string): boolean {
  const target = new URL(url);
  return sources(directive).some((source) => (source === "'self'" ? `${target.protocol}//${target.host}` === origin : source === target.protocol));
}

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'homeward-worker-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'assets', 'intake-preview.worker-BMcJs2jC.js'), '(function() { self.onmessage = () => {}; })();');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('the preview worker’s script under app://', () => {
  const url = `${APP_ORIGIN}/assets/intake-preview.worker-BMcJs2jC.js`;

  it('is served as JavaScript, with the CSP and nosniff', async () => {
    const handler = createAppProtocolHandler({ root, readFile: (p) => readFile(p) });
    const response = await handler({ url, method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('self.onmessage');
  });

  it('is allowed by the CSP as a worker and as a script of the page’s own origin; a blob: or data: worker, or another origin, is not', () => {
    expect(allows('worker-src', url, APP_ORIGIN)).toBe(true);
    expect(allows('script-src', url, APP_ORIGIN)).toBe(true);
    expect(allows('worker-src', 'blob:app://homeward/6c1e0a4e-3b7e-4d7a-9d7e-1f0c6c1e0a4e', APP_ORIGIN)).toBe(false);
    expect(allows('worker-src', 'data:text/javascript,postMessage(1)', APP_ORIGIN)).toBe(false);
    expect(allows('worker-src', 'app://elsewhere/assets/intake-preview.worker-BMcJs2jC.js', APP_ORIGIN)).toBe(false);
  });

  it('passes the session’s request filter', () => {
    expect(isRequestAllowed(url, [APP_ORIGIN])).toBe(true);
  });
});

// Only after `npm run build` (npm test builds before the browser tests); a unit run without a build has no output to look at.
describe.skipIf(!existsSync(path.join(BUILT, 'assets')))('the worker in the build output (out/renderer)', () => {
  it('is one file named as the protocol expects, started by the bundle beside it, and served as JavaScript', async () => {
    const assets = readdirSync(path.join(BUILT, 'assets'));
    const workers = assets.filter((name) => WORKER_FILE.test(name));
    expect(workers).toHaveLength(1);
    const worker = workers[0]!;
    const bundles = assets.filter((name) => name.endsWith('.js') && name !== worker);
    // Minified, the bundle may quote the name with backticks and leave out the spaces.
    const startsWorker = new RegExp(`new URL\\(\\s*["'\\x60]${worker.replace(/[.-]/g, '\\$&')}["'\\x60]\\s*,\\s*import\\.meta\\.url`);
    expect(bundles.filter((name) => startsWorker.test(readFileSync(path.join(BUILT, 'assets', name), 'utf8')))).toHaveLength(1);

    const handler = createAppProtocolHandler({ root: BUILT, readFile: (p) => readFile(p) });
    const response = await handler({ url: `${APP_ORIGIN}/assets/${worker}`, method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(allows('worker-src', `${APP_ORIGIN}/assets/${worker}`, APP_ORIGIN)).toBe(true);
  });
});
