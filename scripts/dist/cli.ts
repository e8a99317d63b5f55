/**
 * `npm run dist [-- --linux] [-- --win] [-- --test-build]`: packages the app
 * with electron-builder (builder-config.ts) and flips Electron's fuses in it
 * (fuses.ts, after-pack.ts). On Linux it makes the AppImage, the deb and the
 * Windows NSIS installer; on Windows the NSIS installer. `--test-build` makes
 * an unpacked build for this platform with the test flavour's fuses, for
 * Playwright's `_electron`. Writes SHA256SUMS beside the installers.
 *
 * electron-builder downloads the Electron runtime of each target platform.
 * Where it cannot (no network access to its releases), this says so in one
 * line before building anything and exits with 1: no installer was made, and
 * a calling script must not carry on as if one had been.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { flipFusesAfterPack } from './after-pack';
import { builderConfig, OUTPUT_FOLDERS } from './builder-config';
import { headRequest, unavailableRuntimes, type RuntimePlatform } from './electron-runtime';
import type { BuildFlavour } from './fuses';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARCH = 'x64';
const USAGE = 'Usage: npm run dist [-- --linux] [-- --win] [-- --test-build]';

/** What to package: the flavour and the platforms, from the arguments and the machine it runs on. */
export function distPlan(argv: readonly string[], host: NodeJS.Platform): { flavour: BuildFlavour; platforms: RuntimePlatform[] } | { error: string } {
  let values: { linux?: boolean; win?: boolean; 'test-build'?: boolean };
  try {
    ({ values } = parseArgs({ args: [...argv], options: { linux: { type: 'boolean' }, win: { type: 'boolean' }, 'test-build': { type: 'boolean' } }, strict: true }));
  } catch {
    return { error: USAGE };
  }
  if (host !== 'linux' && host !== 'win32') return { error: 'Homeward packages for Linux and Windows: run `npm run dist` on one of them.' };
  if (values['test-build']) return { flavour: 'test', platforms: [host] };
  // deb and AppImage need Linux tools; the NSIS installer is made on either.
  if (values.linux && host !== 'linux') return { error: 'The Linux packages (AppImage, deb) are made on Linux.' };
  const chosen: RuntimePlatform[] = [...(values.linux ? ['linux' as const] : []), ...(values.win ? ['win32' as const] : [])];
  return { flavour: 'release', platforms: chosen.length > 0 ? chosen : host === 'linux' ? ['linux', 'win32'] : ['win32'] };
}

/** A failure of electron-builder to fetch something (the runtime, NSIS, appimagetool, fpm) rather than to build. */
export function isDownloadFailure(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${(error as { code?: string }).code ?? ''}` : String(error);
  return /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|socket hang up|fetch failed|Cannot download/i.test(text);
}

export function unavailableLine(what: string): string {
  return `Homeward: cannot package here: ${what} could not be downloaded (no network access to its releases); nothing was packaged.`;
}

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function main(argv: string[]): Promise<number> {
  const plan = distPlan(argv, process.platform);
  if ('error' in plan) {
    console.error(plan.error);
    return 2;
  }
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string };
  const missing = await unavailableRuntimes(version, plan.platforms, ARCH, process.env, headRequest);
  if (missing.length > 0) {
    console.error(unavailableLine(`the Electron runtime (${missing.join(', ')})`));
    return 1;
  }

  const built = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) return built.status ?? 1;

  const { build, createTargets, Platform } = await import('electron-builder');
  const platforms = plan.platforms.map((p) => (p === 'linux' ? Platform.LINUX : Platform.WINDOWS));
  let artifacts: string[];
  try {
    artifacts = await build({
      projectDir: ROOT,
      targets: createTargets(platforms, null, ARCH),
      config: { ...builderConfig(plan.flavour), afterPack: flipFusesAfterPack(plan.flavour) },
      publish: 'never',
    });
  } catch (error) {
    if (!isDownloadFailure(error)) throw error;
    console.error(unavailableLine('a packaging tool or runtime'));
    return 1;
  }

  const installers = artifacts.filter((file) => !file.endsWith('.blockmap'));
  if (installers.length === 0) return 0;
  const sums = await Promise.all(installers.map(async (file) => `${await sha256(file)}  ${path.basename(file)}`));
  const sumsFile = path.join(ROOT, OUTPUT_FOLDERS[plan.flavour], 'SHA256SUMS');
  writeFileSync(sumsFile, `${sums.join('\n')}\n`);
  console.log(`Homeward ${plan.flavour} build:`);
  for (const line of sums) console.log(`  ${line}`);
  console.log(`Checksums written to ${path.relative(ROOT, sumsFile)}.`);
  return 0;
}
