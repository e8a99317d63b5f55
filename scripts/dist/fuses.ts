/**
 * Electron's fuses (DESIGN.md §8), flipped in the packaged binary by the
 * afterPack hook (after-pack.ts), per build flavour. Plain data, so the
 * unit tests read exactly what a build applies.
 *
 * Every fuse this version of @electron/fuses knows is set explicitly; a fuse a
 * later Electron adds keeps Electron's default until it is decided here.
 */
import { FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

/** `release`: what a consulate installs. `test`: the same, plus what Playwright's `_electron` needs to drive it. */
export type BuildFlavour = 'release' | 'test';

const RELEASE: FuseV1Config = {
  version: FuseVersion.V1,
  // ELECTRON_RUN_AS_NODE would turn the signed binary into a plain Node.js that runs any script.
  [FuseV1Options.RunAsNode]: false,
  // Cookies and other Chromium secrets encrypted with the OS key store.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS (--require, --inspect…) would inject code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and friends would let anyone at the console attach a debugger to the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app.asar is checked against the hash embedded at build time (macOS and Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Code beside the asar (a resources/app folder dropped next to it) is never loaded.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The app is served from app://, never file://: file: gets no privileges beyond a browser's.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

export const FUSES: Readonly<Record<BuildFlavour, FuseV1Config>> = {
  release: RELEASE,
  // Playwright's _electron starts the app with --inspect to drive it (DESIGN.md §6).
  test: { ...RELEASE, [FuseV1Options.EnableNodeCliInspectArguments]: true },
};
