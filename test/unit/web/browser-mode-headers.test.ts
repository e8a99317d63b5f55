/**
 * Browser mode runs under the desktop app's security headers: what the
 * `vite preview` server (npm run web, the browser tests) sends is what the
 * app:// protocol sends, and the dev server only adds the nonce hot reload
 * needs.
 */
import type { ConfigEnv, UserConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../../shared/security-headers';
import webConfig, { devServerPolicy } from '../../../vite.web.config';

const resolve = (env: Partial<ConfigEnv>): UserConfig => {
  if (typeof webConfig !== 'function') throw new Error('vite.web.config.ts exports a config function');
  return webConfig({ command: 'serve', mode: 'production', ...env }) as UserConfig;
};

async function appProtocolHeaders(): Promise<Record<string, string>> {
  const handler = createAppProtocolHandler({ root: '/renderer', readFile: async () => new TextEncoder().encode('<!doctype html>') });
  const response = await handler({ url: 'app://homeward/', method: 'GET' });
  const headers = Object.fromEntries(response.headers);
  delete headers['content-type'];
  return headers;
}

const lowerCased = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));

describe('browser mode security headers', () => {
  it('vite preview sends exactly the headers of the app:// protocol', async () => {
    const headers = resolve({ isPreview: true }).preview?.headers as Record<string, string> | undefined;
    expect(headers).toBeDefined();
    expect(lowerCased(headers!)).toEqual(await appProtocolHeaders());
    expect(headers!['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('the dev server adds a fresh nonce to script-src and style-src, and relaxes nothing else', () => {
    const first = resolve({ isPreview: false });
    const second = resolve({ isPreview: false });
    const nonce = first.html?.cspNonce;
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(second.html?.cspNonce).not.toBe(nonce);

    const headers = first.server?.headers as Record<string, string>;
    expect({ ...headers, 'Content-Security-Policy': '' }).toEqual({ ...SECURITY_HEADERS, 'Content-Security-Policy': '' });
    const dev = directives(headers['Content-Security-Policy']!);
    const app = directives(CONTENT_SECURITY_POLICY);
    expect([...dev.keys()]).toEqual([...app.keys()]);
    for (const [name, values] of app) {
      const extra = name === 'script-src' || name === 'style-src' ? [`'nonce-${nonce}'`] : [];
      expect(dev.get(name), name).toEqual([...values, ...extra]);
    }
    expect(headers['Content-Security-Policy']).toBe(devServerPolicy(nonce!));
    expect(headers['Content-Security-Policy']).not.toMatch(/unsafe-(inline|eval)|\*|https?:|ws:/);
  });

  it('builds the renderer with no nonce in it', () => {
    expect(resolve({ command: 'build' }).html?.cspNonce).toBeUndefined();
    expect(resolve({ isPreview: true }).html?.cspNonce).toBeUndefined();
  });
});
