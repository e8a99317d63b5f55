/** electron-builder's configuration of `npm run dist`, read as data. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ID, builderConfig, OUTPUT_FOLDERS, PRODUCT_NAME } from '../../../scripts/dist/builder-config';

/** electron-builder's reading of `files`: a path is packed when the last pattern that matches it is not a negation. (Node's glob matching, experimental in Node 20 but enough for these patterns.) */
function packs(patterns: readonly string[], file: string): boolean {
  let included = false;
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) {
      if (path.matchesGlob(file, pattern.slice(1))) included = false;
    } else if (path.matchesGlob(file, pattern)) included = true;
  }
  return included;
}

describe('builder configuration', () => {
  const release = builderConfig('release');
  const test = builderConfig('test');

  it('names the app and keeps each flavour in its own folder', () => {
    expect(release).toMatchObject({ appId: APP_ID, productName: PRODUCT_NAME, directories: { output: 'dist/release' } });
    expect(APP_ID).toMatch(/^[a-z]+(\.[a-z]+){2,}$/);
    expect(test.directories?.output).toBe(OUTPUT_FOLDERS.test);
    expect(OUTPUT_FOLDERS.release).not.toBe(OUTPUT_FOLDERS.test);
  });

  it('makes an AppImage and a deb for Linux and an NSIS installer for Windows; the test build only unpacked folders', () => {
    expect(release.linux?.target).toEqual(['AppImage', 'deb']);
    expect(release.win?.target).toEqual(['nsis']);
    expect(test.linux?.target).toEqual(['dir']);
    expect(test.win?.target).toEqual(['dir']);
  });

  it('packs the app into an asar, with no native rebuild and no publishing or update feed', () => {
    expect(release.asar).toBe(true);
    expect(release.npmRebuild).toBe(false);
    expect(release.publish).toBeNull();
  });

  it('installs for every account and never deletes the cases on uninstall', () => {
    expect(release.nsis).toMatchObject({ oneClick: false, perMachine: true, deleteAppDataOnUninstall: false });
  });

  it('packs the built main, preload and renderer only: no node_modules, sources, tests, source maps or configs', () => {
    const files = release.files as string[];
    for (const file of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'out/renderer/assets/index-abc.js', 'out/renderer/assets/index-abc.css', 'package.json']) {
      expect(packs(files, file), file).toBe(true);
    }
    for (const file of [
      'out/main/index.js.map',
      'out/renderer/assets/index-abc.js.map',
      'node_modules/zod/index.js',
      'out/main/node_modules/zod/index.js',
      'renderer/src/main.tsx',
      'electron/main/index.ts',
      'shared/ipc.ts',
      'test/unit/dist/builder-config.test.ts',
      'test/e2e-browser/backup.spec.ts',
      'scripts/dist/cli.ts',
      'vite.web.config.ts',
      'tsconfig.json',
      '.npmrc',
      'README.md',
      'bench-results/run.json',
    ]) {
      expect(packs(files, file), file).toBe(false);
    }
  });
});
