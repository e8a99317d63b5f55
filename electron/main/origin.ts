/**
 * Origin helpers shared by the navigation guard and the IPC sender check.
 *
 * `new URL('app://homeward/x').origin` is the string 'null' in Node (and in
 * the WHATWG spec) for schemes the URL parser does not know, so origins are
 * rebuilt from protocol + host instead of read from `URL.origin`.
 */
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from '../../shared/ipc';

/** `scheme://host[:port]` of a URL, or null when it has no host or cannot be parsed. */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '' || parsed.username !== '' || parsed.password !== '') return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/** True when `url` is on the app origin (`app://homeward`), exactly. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** True when `url` is on one of `allowedOrigins` (compared as `scheme://host[:port]`). */
export function isOnAllowedOrigin(url: string, allowedOrigins: readonly string[]): boolean {
  if (allowedOrigins.includes(APP_ORIGIN) && isAppUrl(url)) return true;
  const origin = originOf(url);
  return origin !== null && allowedOrigins.includes(origin);
}
