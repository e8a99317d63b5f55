/**
 * The preload runs sandboxed, where require() knows only 'electron' and a few
 * Node built-ins. It imports shared/ipc.ts, hence zod, so zod must be bundled
 * into out/preload/index.cjs; electron-vite externalises dependencies by
 * default, which would leave a `require("zod")` that throws at load time and
 * no `window.homeward` at all.
 */
import { describe, expect, it } from 'vitest';
import config from '../../../electron.vite.config';

interface PartConfig {
  build?: { externalizeDeps?: boolean | { exclude?: string[] } };
}

const bundlesEverything = (part: PartConfig | undefined) => part?.build?.externalizeDeps === false;

describe('electron.vite.config.ts', () => {
  it('bundles zod into the sandboxed preload', () => {
    const preload = (config as { preload?: PartConfig }).preload;
    const externalize = preload?.build?.externalizeDeps ?? true;
    const bundlesZod = externalize === false || (typeof externalize === 'object' && (externalize.exclude ?? []).includes('zod'));
    expect(bundlesZod, 'set preload.build.externalizeDeps: false in electron.vite.config.ts').toBe(true);
  });

  it('bundles the main process’s dependencies too: the packaged app ships no node_modules', () => {
    expect(bundlesEverything((config as { main?: PartConfig }).main), 'set main.build.externalizeDeps: false in electron.vite.config.ts').toBe(true);
  });

  it('keeps fonts as files: the CSP takes fonts from the app itself, never from data: URLs', () => {
    const inline = (config as { renderer?: { build?: { assetsInlineLimit?: (file: string, content: Buffer) => boolean | undefined } } }).renderer?.build?.assetsInlineLimit;
    expect(typeof inline).toBe('function');
    expect(inline!('/x/node_modules/@fontsource/noto-sans/files/noto-sans-greek-ext-400-normal.woff2', Buffer.alloc(10))).toBe(false);
    expect(inline!('/x/noto-sans-greek-ext-400-normal.woff', Buffer.alloc(10))).toBe(false);
    // Other assets keep Vite's own limit.
    expect(inline!('/x/icon.png', Buffer.alloc(10))).toBeUndefined();
  });
});
