/**
 * electron-builder's configuration of `npm run dist` (DESIGN.md §8): Linux
 * AppImage and deb, Windows NSIS, from the electron-vite build in out/.
 * Plain data, so the unit tests read exactly what a build uses; the fuse
 * hook is added by the command (cli.ts).
 */
import type { Configuration } from 'electron-builder';
import type { BuildFlavour } from './fuses';

export const APP_ID = 'org.homeward.desktop';
export const PRODUCT_NAME = 'Homeward';

/** Where each flavour's files go, from the repository root. */
export const OUTPUT_FOLDERS: Readonly<Record<BuildFlavour, string>> = { release: 'dist/release', test: 'dist/test' };

export function builderConfig(flavour: BuildFlavour): Configuration {
  return {
    appId: APP_ID,
    productName: PRODUCT_NAME,
    copyright: 'Homeward',
    directories: { output: OUTPUT_FOLDERS[flavour] },
    // The build only: main, preload and renderer as electron-vite bundled them, each with its dependencies.
    // No node_modules, source, tests, source maps or configs.
    files: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json', '!**/node_modules/**', '!**/*.map', '!**/*.{ts,tsx}'],
    asar: true,
    // No native modules: nothing to rebuild, and nothing compiled on the packaging machine.
    npmRebuild: false,
    nodeGypRebuild: false,
    buildDependenciesFromSource: false,
    // Updates are new installers a post's IT installs, checked against their checksums: the app never calls home.
    publish: null,
    electronLanguages: ['en-US'],
    linux: {
      target: flavour === 'release' ? ['AppImage', 'deb'] : ['dir'],
      executableName: 'homeward',
      category: 'Office',
      synopsis: 'Offline case tracker for consular staff',
      description: 'Offline desktop case tracker for consular staff helping citizens recruited into a foreign army.',
      maintainer: 'Homeward',
    },
    win: { target: flavour === 'release' ? ['nsis'] : ['dir'] },
    nsis: {
      oneClick: false,
      // Installed for every account of the workstation, in Program Files, by an administrator.
      perMachine: true,
      allowToChangeInstallationDirectory: true,
      // Uninstalling never deletes the cases: they are removed on purpose, not by an upgrade gone wrong.
      deleteAppDataOnUninstall: false,
      artifactName: '${productName}-Setup-${version}.${ext}',
    },
  };
}
