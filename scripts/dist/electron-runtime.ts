/**
 * Whether electron-builder can have the Electron runtime it packages. It
 * downloads each target platform's zip from Electron's releases (or
 * ELECTRON_MIRROR), and even a zip in its cache is checked against the
 * release's SHASUMS256.txt, fetched anew: so the mirror must answer. Asked
 * with one HEAD request per platform, limited to a few seconds, before
 * anything is built, so a machine without that access hears so at once.
 */
export type RuntimePlatform = 'linux' | 'win32';

/** @electron/get's default source, overridable as there by ELECTRON_MIRROR and ELECTRON_CUSTOM_DIR. */
export const DEFAULT_MIRROR = 'https://github.com/electron/electron/releases/download/';
export const REACHABLE_WITHIN_MS = 5_000;

export type Head = (url: string, timeoutMs: number) => Promise<{ status: number }>;
type Env = Readonly<Record<string, string | undefined>>;

export function runtimeZipName(version: string, platform: RuntimePlatform, arch: string): string {
  return `electron-v${version}-${platform}-${arch}.zip`;
}

export function runtimeUrl(version: string, platform: RuntimePlatform, arch: string, env: Env): string {
  const mirror = env['ELECTRON_MIRROR'] ?? DEFAULT_MIRROR;
  const dir = (env['ELECTRON_CUSTOM_DIR'] ?? `v${version}`).replace('{{ version }}', version);
  return `${mirror.endsWith('/') ? mirror : `${mirror}/`}${dir}/${runtimeZipName(version, platform, arch)}`;
}

/** The runtime zips the mirror does not offer within the time limit; empty when packaging can go ahead. */
export async function unavailableRuntimes(version: string, platforms: readonly RuntimePlatform[], arch: string, env: Env, head: Head): Promise<string[]> {
  const answers = await Promise.all(
    platforms.map(async (platform) => {
      const answer = await head(runtimeUrl(version, platform, arch, env), REACHABLE_WITHIN_MS).catch(() => null);
      // A release asset answers with a redirect to its storage, a mirror often with 200.
      return answer !== null && answer.status < 400 ? null : runtimeZipName(version, platform, arch);
    }),
  );
  return answers.filter((name): name is string => name !== null);
}

/** fetch with a time limit, redirects not followed: an answer is all that is asked. */
export const headRequest: Head = async (url, timeoutMs) => {
  const response = await fetch(url, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  return { status: response.status };
};
