import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CustomScheme } from 'electron';
import { APP_SCHEME_PRIVILEGES, contentTypeFor, createAppProtocolHandler, registerAppScheme, resolveRequestPath } from '../../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security-headers';

let base: string;
let root: string;
let handler: ReturnType<typeof createAppProtocolHandler>;

const get = (url: string, method = 'GET'): Promise<Response> => handler({ url, method });

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'homeward-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Homeward</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(path.join(root, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(path.join(root, 'assets', 'font.woff2'), new Uint8Array([1, 2, 3]));
  await writeFile(path.join(root, 'assets', 'data.bin'), new Uint8Array([0, 255]));
  // A file just outside the served root, as a traversal target.
  await writeFile(path.join(base, 'secret.txt'), 'SECRET');
  handler = createAppProtocolHandler({ root, readFile: (p) => readFile(p) });
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function expectSecurityHeaders(response: Response): void {
  expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  expect(response.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
  expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
}

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('is strict', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)|\*|https?:/);
  });

  it('lets the app start workers from its own scripts only (the import preview), never from blob: or data: URLs', () => {
    expect(directives.get('worker-src')).toEqual(["'self'"]);
  });
});

describe('app:// protocol handler', () => {
  it('serves index.html for / with HTML content type and all security headers', async () => {
    for (const url of ['app://homeward/', 'app://homeward']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('<title>Homeward</title>');
      expectSecurityHeaders(response);
    }
  });

  it('serves files with the right content type', async () => {
    const cases: Array<[string, string, string | null]> = [
      ['app://homeward/index.html', 'text/html; charset=utf-8', '<!doctype html>'],
      ['app://homeward/assets/index-abc.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
      ['app://homeward/assets/index-abc.css?v=1', 'text/css; charset=utf-8', 'body{}'],
      ['app://homeward/assets/logo.svg#frag', 'image/svg+xml', '<svg/>'],
      ['app://homeward/assets/font.woff2', 'font/woff2', null],
      ['app://homeward/assets/data.bin', 'application/octet-stream', null],
    ];
    for (const [url, type, start] of cases) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('Content-Type'), url).toBe(type);
      if (start !== null) expect((await response.text()).startsWith(start), url).toBe(true);
      expectSecurityHeaders(response);
    }
    expect(new Uint8Array(await (await get('app://homeward/assets/font.woff2')).arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('answers 404 with the security headers for a missing file or a folder', async () => {
    for (const url of ['app://homeward/missing.js', 'app://homeward/assets/']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expectSecurityHeaders(response);
    }
  });

  it('serves index.html for extensionless client-side routes', async () => {
    const response = await get('app://homeward/cases/42');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Homeward</title>');
  });

  it.each([
    'app://homeward/../secret.txt',
    'app://homeward/../../etc/passwd',
    'app://homeward/assets/../../secret.txt',
    'app://homeward/%2e%2e/secret.txt',
    'app://homeward/%2E%2E%2Fsecret.txt',
    'app://homeward/..%2fsecret.txt',
    'app://homeward/..%5csecret.txt',
    'app://homeward/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://homeward/index.html%00.js',
    'app://homeward/%E0%A4%A',
  ])('refuses traversal or malformed path %s with 403 and the headers', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('SECRET');
    expectSecurityHeaders(response);
  });

  it.each(['app://evil/index.html', 'app://homeward.evil/index.html', 'app://homeward:1234/index.html', 'app://x@homeward/index.html', 'file:///index.html'])(
    'refuses a foreign host or scheme %s',
    async (url) => {
      const response = await get(url);
      expect(response.status).toBe(403);
      expectSecurityHeaders(response);
    },
  );

  it('refuses methods other than GET and HEAD, and answers HEAD without a body', async () => {
    const post = await get('app://homeward/index.html', 'POST');
    expect(post.status).toBe(405);
    expectSecurityHeaders(post);
    const head = await get('app://homeward/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers 500 (not the error text) when reading fails unexpectedly', async () => {
    const failing = createAppProtocolHandler({
      root,
      readFile: () => Promise.reject(Object.assign(new Error(`EACCES: permission denied, open '${root}/index.html'`), { code: 'EACCES' })),
    });
    const response = await failing({ url: 'app://homeward/index.html', method: 'GET' });
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain(root);
    expectSecurityHeaders(response);
  });

  it('works with a real Fetch API Request', async () => {
    const response = await handler(new Request('app://homeward/assets/index-abc.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
  });
});

describe('resolveRequestPath and contentTypeFor', () => {
  it('keeps paths inside the root', () => {
    expect(resolveRequestPath('/srv/r', '/')).toBe(path.resolve('/srv/r/index.html'));
    expect(resolveRequestPath('/srv/r', '/a/b.js')).toBe(path.resolve('/srv/r/a/b.js'));
    expect(resolveRequestPath('/srv/r', '/../r2/x.js')).toBeNull();
    expect(resolveRequestPath('/srv/r', '/..')).toBeNull();
  });

  it('maps extensions case-insensitively', () => {
    expect(contentTypeFor('A.PNG')).toBe('image/png');
    expect(contentTypeFor('x.json')).toBe('application/json; charset=utf-8');
  });
});

describe('scheme registration', () => {
  it('registers app: as standard, secure and fetch-capable', () => {
    const registrar = { registerSchemesAsPrivileged: vi.fn<(schemes: CustomScheme[]) => void>() };
    registerAppScheme(registrar);
    expect(registrar.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    const [schemes] = registrar.registerSchemesAsPrivileged.mock.calls[0] ?? [[]];
    expect(schemes).toEqual([APP_SCHEME_PRIVILEGES]);
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).not.toBe(true);
  });
});
