/** `npm run dist`: what it packages where, and how it tells that the Electron runtime cannot be had. */
import { describe, expect, it } from 'vitest';
import { distPlan, isDownloadFailure, unavailableLine } from '../../../scripts/dist/cli';
import { DEFAULT_MIRROR, REACHABLE_WITHIN_MS, runtimeUrl, unavailableRuntimes, type Head } from '../../../scripts/dist/electron-runtime';

describe('what npm run dist packages', () => {
  it('on Linux: the Linux packages and the Windows installer, or those asked for', () => {
    expect(distPlan([], 'linux')).toEqual({ flavour: 'release', platforms: ['linux', 'win32'] });
    expect(distPlan(['--win'], 'linux')).toEqual({ flavour: 'release', platforms: ['win32'] });
    expect(distPlan(['--linux'], 'linux')).toEqual({ flavour: 'release', platforms: ['linux'] });
  });

  it('on Windows: the Windows installer; the Linux packages need Linux', () => {
    expect(distPlan([], 'win32')).toEqual({ flavour: 'release', platforms: ['win32'] });
    expect(distPlan(['--linux'], 'win32')).toHaveProperty('error');
  });

  it('the test build: this platform only', () => {
    expect(distPlan(['--test-build'], 'linux')).toEqual({ flavour: 'test', platforms: ['linux'] });
    expect(distPlan(['--test-build'], 'win32')).toEqual({ flavour: 'test', platforms: ['win32'] });
  });

  it('refuses an unknown argument or another system with a sentence', () => {
    expect(distPlan(['--mac'], 'linux')).toEqual({ error: expect.stringMatching(/^Usage: npm run dist/) });
    expect(distPlan([], 'darwin')).toEqual({ error: expect.stringMatching(/Linux and Windows/) });
  });
});

describe('whether the Electron runtime can be had', () => {
  const asked: [string, number][] = [];
  const answering =
    (status: number | Error): Head =>
    async (url, timeoutMs) => {
      asked.push([url, timeoutMs]);
      if (status instanceof Error) throw status;
      return { status };
    };

  it('asks the release asset of each platform, from ELECTRON_MIRROR when set', () => {
    expect(runtimeUrl('45.5.0', 'linux', 'x64', {})).toBe(`${DEFAULT_MIRROR}v45.5.0/electron-v45.5.0-linux-x64.zip`);
    expect(runtimeUrl('45.5.0', 'win32', 'x64', { ELECTRON_MIRROR: 'https://mirror.example/electron' })).toBe('https://mirror.example/electron/v45.5.0/electron-v45.5.0-win32-x64.zip');
    expect(runtimeUrl('45.5.0', 'linux', 'x64', { ELECTRON_MIRROR: 'https://m.example/', ELECTRON_CUSTOM_DIR: '{{ version }}' })).toBe('https://m.example/45.5.0/electron-v45.5.0-linux-x64.zip');
  });

  it('is available when the mirror answers (a redirect to the asset counts), within the time limit', async () => {
    asked.length = 0;
    expect(await unavailableRuntimes('45.5.0', ['linux', 'win32'], 'x64', {}, answering(302))).toEqual([]);
    expect(asked.map(([, timeout]) => timeout)).toEqual([REACHABLE_WITHIN_MS, REACHABLE_WITHIN_MS]);
    expect(REACHABLE_WITHIN_MS).toBeLessThanOrEqual(10_000);
  });

  it('names each zip that cannot be had: no network, a timeout, or not found', async () => {
    const offline = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
    expect(await unavailableRuntimes('45.5.0', ['linux', 'win32'], 'x64', {}, answering(offline))).toEqual(['electron-v45.5.0-linux-x64.zip', 'electron-v45.5.0-win32-x64.zip']);
    expect(await unavailableRuntimes('45.5.0', ['win32'], 'x64', {}, answering(new DOMException('timed out', 'TimeoutError')))).toEqual(['electron-v45.5.0-win32-x64.zip']);
    expect(await unavailableRuntimes('45.5.0', ['linux'], 'x64', {}, answering(404))).toEqual(['electron-v45.5.0-linux-x64.zip']);
  });

  it('says so in one line', () => {
    const line = unavailableLine('the Electron runtime (electron-v45.5.0-linux-x64.zip)');
    expect(line).not.toContain('\n');
    expect(line).toMatch(/^Homeward: cannot package here: .*nothing was packaged\.$/);
  });

  it('tells a failed download by electron-builder from a failed build', () => {
    expect(isDownloadFailure(Object.assign(new Error('getaddrinfo ENOTFOUND github.com'), { code: 'ENOTFOUND' }))).toBe(true);
    expect(isDownloadFailure(new Error('connect ETIMEDOUT 140.82.121.4:443'))).toBe(true);
    expect(isDownloadFailure(new Error('Invalid configuration object. electron-builder 26 has been initialized using a configuration object that does not match the API schema.'))).toBe(false);
  });
});
