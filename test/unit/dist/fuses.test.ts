/**
 * The fuses of each build flavour (DESIGN.md §8), as data, and the afterPack
 * hook flipping them in a binary with @electron/fuses: a stand-in for the
 * Electron executable carrying the fuse wire as Electron lays it out.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, describe, expect, it } from 'vitest';
import { flipFusesAfterPack, packedBinaryPath } from '../../../scripts/dist/after-pack';
import { FUSES } from '../../../scripts/dist/fuses';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ENABLED = '1'.charCodeAt(0);
const DISABLED = '0'.charCodeAt(0);
const FUSE_COUNT = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key))).length;

/** A file holding the sentinel, wire version 1 and every fuse enabled, between other bytes. */
function standInBinary(): Buffer {
  return Buffer.concat([Buffer.from('\x7fELF stand-in'), Buffer.alloc(64), Buffer.from(SENTINEL), Buffer.from([1, FUSE_COUNT]), Buffer.alloc(FUSE_COUNT, ENABLED), Buffer.alloc(64)]);
}

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('fuses', () => {
  it('release: no RunAsNode, NODE_OPTIONS or inspect arguments; asar integrity, asar only, cookie encryption', () => {
    expect(FUSES.release).toEqual({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('sets every fuse @electron/fuses knows, in both flavours', () => {
    for (const flavour of ['release', 'test'] as const) {
      for (let fuse = 0; fuse < FUSE_COUNT; fuse++) expect(typeof FUSES[flavour][fuse as FuseV1Options], `${flavour} fuse ${fuse}`).toBe('boolean');
    }
  });

  it('test: the release fuses with inspect arguments on, for Playwright’s _electron, and nothing else different', () => {
    expect(FUSES.test).toEqual({ ...FUSES.release, [FuseV1Options.EnableNodeCliInspectArguments]: true });
  });
});

describe('the afterPack hook', () => {
  it('finds the binary in each platform’s layout', () => {
    const packager = { appInfo: { productFilename: 'Homeward' }, executableName: 'homeward' };
    expect(packedBinaryPath({ appOutDir: '/o/linux-unpacked', electronPlatformName: 'linux', packager })).toBe(path.join('/o/linux-unpacked', 'homeward'));
    expect(packedBinaryPath({ appOutDir: '/o/win-unpacked', electronPlatformName: 'win32', packager })).toBe(path.join('/o/win-unpacked', 'Homeward.exe'));
    expect(packedBinaryPath({ appOutDir: '/o/mac', electronPlatformName: 'darwin', packager })).toBe(path.join('/o/mac', 'Homeward.app'));
    expect(() => packedBinaryPath({ appOutDir: '/o', electronPlatformName: 'aix', packager })).toThrow(/aix/);
  });

  it.each(['release', 'test'] as const)('flips the %s fuses in the packed binary, leaving every other byte as it was', async (flavour) => {
    const appOutDir = await mkdtemp(path.join(os.tmpdir(), 'homeward-fuses-'));
    dirs.push(appOutDir);
    const binary = path.join(appOutDir, 'homeward');
    const before = standInBinary();
    await writeFile(binary, before);

    await flipFusesAfterPack(flavour)({ appOutDir, electronPlatformName: 'linux', packager: { appInfo: { productFilename: 'Homeward' }, executableName: 'homeward' } });

    const wire = await getCurrentFuseWire(binary);
    for (let fuse = 0; fuse < FUSE_COUNT; fuse++) {
      expect(wire[fuse as FuseV1Options], `fuse ${fuse}`).toBe(FUSES[flavour][fuse as FuseV1Options] ? ENABLED : DISABLED);
    }
    const after = await readFile(binary);
    const wireStart = before.indexOf(SENTINEL) + SENTINEL.length + 2;
    expect(after.length).toBe(before.length);
    expect(Buffer.concat([after.subarray(0, wireStart), after.subarray(wireStart + FUSE_COUNT)])).toEqual(Buffer.concat([before.subarray(0, wireStart), before.subarray(wireStart + FUSE_COUNT)]));
  });
});
