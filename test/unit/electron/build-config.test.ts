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
});
