/**
 * The afterPack hook of `npm run dist`: flips the flavour's fuses (fuses.ts)
 * in the packaged Electron binary with @electron/fuses, after electron-builder
 * has laid out the app and before it signs it and builds the installers.
 */
import path from 'node:path';
import { flipFuses } from '@electron/fuses';
import { FUSES, type BuildFlavour } from './fuses';

/** The part of electron-builder's AfterPackContext the hook reads. */
export interface PackedApp {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

/** The Electron binary in a packed app's folder, in each platform's layout. */
export function packedBinaryPath({ appOutDir, electronPlatformName, packager }: PackedApp): string {
  switch (electronPlatformName) {
    case 'linux':
      return path.join(appOutDir, packager.executableName ?? packager.appInfo.productFilename);
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    default:
      throw new Error(`no Electron binary layout known for platform ${electronPlatformName}`);
  }
}

export function flipFusesAfterPack(flavour: BuildFlavour): (context: PackedApp) => Promise<void> {
  return async (context) => {
    await flipFuses(packedBinaryPath(context), { ...FUSES[flavour], resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' });
  };
}
