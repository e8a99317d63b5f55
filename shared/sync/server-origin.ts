/**
 * The one sync server the page may reach (DESIGN.md §9, §6). Its origin is
 * named exactly in the page's Content-Security-Policy `connect-src`, so an
 * injected script cannot post the caseload anywhere else. Plain `http:` is
 * allowed only on this machine (127.0.0.1, localhost, [::1]): tests, or a
 * TLS proxy on the workstation itself; everything else needs `https:`.
 */
import { z } from 'zod';

/**
 * The WHATWG URL parser, present in every place shared code runs (browser,
 * Electron, Node); declared here because shared/ is compiled without DOM or
 * Node types.
 */
interface ParsedUrl {
  protocol: string;
  hostname: string;
  username: string;
  password: string;
  pathname: string;
  search: string;
  hash: string;
  origin: string;
}
declare const URL: new (input: string) => ParsedUrl;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export type ServerOriginProblem = 'notAnAddress' | 'notHttps' | 'hasCredentials' | 'hasPath';

/** The origin (`https://couch.example:6984`) of a typed server address, or why it cannot be one. */
export function serverOriginOf(address: string): { origin: string } | { problem: ServerOriginProblem } {
  let url: ParsedUrl;
  try {
    url = new URL(address.trim());
  } catch {
    return { problem: 'notAnAddress' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: 'notAnAddress' };
  // A host name or an address: a wildcard or other punctuation would widen the policy it is written into.
  if (!/^(?:[a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname)) return { problem: 'notAnAddress' };
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) return { problem: 'notHttps' };
  // A password in the address would end up in settings files and the policy header.
  if (url.username !== '' || url.password !== '') return { problem: 'hasCredentials' };
  // CouchDB behind a path prefix is not supported: connect-src names an origin, and the database name is its own field.
  if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '') return { problem: 'hasPath' };
  return { origin: url.origin };
}

/** An origin exactly as serverOriginOf gives it; what the host stores and the policy names. */
export const ServerOriginSchema = z
  .string()
  .max(300)
  .refine((value) => {
    const parsed = serverOriginOf(value);
    return 'origin' in parsed && parsed.origin === value;
  }, 'must be an https origin (http only for 127.0.0.1 or localhost), without path or credentials');

/** What the renderer asks the host to allow: one origin, or none. */
export const AllowServerOriginRequestSchema = z.object({ origin: ServerOriginSchema.nullable() });
export type AllowServerOriginRequest = z.infer<typeof AllowServerOriginRequestSchema>;

/**
 * What the host did: `unchanged` (already allowed), `reloading` (the desktop
 * app stored it and reloads the window under the new policy), `fixed` (browser
 * mode: the policy is set when its server starts; `allowed` says what it is).
 */
export const AllowServerOriginResultSchema = z.object({
  outcome: z.enum(['unchanged', 'reloading', 'fixed']),
  allowed: ServerOriginSchema.nullable(),
});
export type AllowServerOriginResult = z.infer<typeof AllowServerOriginResultSchema>;
