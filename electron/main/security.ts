/**
 * Navigation, new-window, webview and permission lockdown (Electron security
 * checklist items 11–14 and 5). Applied to every webContents through the
 * 'web-contents-created' hook, and to the session that holds the app's data.
 *
 * The interfaces below are the structural subset of Electron's API that this
 * module uses, so it can be unit-tested without the Electron binary.
 */
import { isOnAllowedOrigin } from './origin';

export interface PreventableEvent {
  preventDefault(): void;
}
export interface NavigationEvent extends PreventableEvent {
  url: string;
}

export interface HardenableWebContents {
  on(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
}

export interface HardenableSession {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
  };
}

export interface WebContentsCreatedSource {
  on(event: 'web-contents-created', listener: (event: unknown, contents: HardenableWebContents) => void): unknown;
}

/**
 * Returns a will-navigate / will-redirect / will-frame-navigate listener that
 * cancels every navigation leaving `allowedOrigins`. In-page (hash)
 * navigations do not emit these events and need no allowance.
 */
export function createNavigationGuard(allowedOrigins: readonly string[]): (event: NavigationEvent) => void {
  return (event) => {
    if (!isOnAllowedOrigin(event.url, allowedOrigins)) event.preventDefault();
  };
}

/** New windows are never opened, and nothing is handed to shell.openExternal. */
export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}

/** Applies the navigation guard, the window-open denial and the webview refusal to one webContents. */
export function hardenWebContents(contents: HardenableWebContents, allowedOrigins: readonly string[]): void {
  const guard = createNavigationGuard(allowedOrigins);
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(denyWindowOpen);
}

/** Hardens every webContents the app ever creates (windows, devtools, anything). */
export function hardenAllWebContents(app: WebContentsCreatedSource, allowedOrigins: readonly string[]): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, allowedOrigins));
}

/** URL schemes that never leave the machine and may always be requested. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

/**
 * True when a request may be made: it stays on the allowed origins or is a
 * local data/blob/devtools URL. Defence in depth behind the CSP: the case data
 * must never be sent anywhere.
 */
export function isRequestAllowed(url: string, allowedOrigins: readonly string[]): boolean {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return false;
  }
  return LOCAL_SCHEMES.has(protocol) || isOnAllowedOrigin(url, allowedOrigins);
}

/**
 * Denies every permission request and check (camera, geolocation,
 * notifications, clipboard-read, USB/HID/serial devices, …) and cancels
 * every network request that would leave the app, except to the sync
 * server's origin when one is set (read at each request: it can change).
 */
export function hardenSession(session: HardenableSession, allowedOrigins: readonly string[], syncServerOrigin: () => string | null = () => null): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const server = syncServerOrigin();
    callback({ cancel: !isRequestAllowed(details.url, server === null ? allowedOrigins : [...allowedOrigins, server]) });
  });
}
