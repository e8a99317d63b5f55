import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../../../shared/ipc';
import { isAppUrl, isOnAllowedOrigin, originOf } from '../../../electron/main/origin';
import {
  createNavigationGuard,
  hardenAllWebContents,
  hardenSession,
  hardenWebContents,
  isRequestAllowed,
  type HardenableSession,
  type HardenableWebContents,
  type NavigationEvent,
  type PreventableEvent,
} from '../../../electron/main/security';

function navigation(url: string): NavigationEvent & { prevented: boolean } {
  const event = {
    url,
    prevented: false,
    preventDefault() {
      event.prevented = true;
    },
  };
  return event;
}

const FOREIGN_URLS = [
  'https://evil.example/',
  'http://localhost:5173/',
  'file:///etc/passwd',
  'app://evil/index.html',
  'app://homeward.evil.example/',
  'app://homeward:8080/',
  'app://user@homeward/',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'not a url',
];

describe('origin helpers', () => {
  it('recognises the app origin exactly', () => {
    expect(isAppUrl('app://homeward/index.html')).toBe(true);
    expect(isAppUrl('app://homeward/#/cases/1')).toBe(true);
    for (const url of FOREIGN_URLS) expect(isAppUrl(url), url).toBe(false);
  });

  it('builds origins from protocol and host (URL.origin is "null" for app:)', () => {
    expect(new URL('app://homeward/x').origin).toBe('null');
    expect(originOf('app://homeward/x')).toBe(APP_ORIGIN);
    expect(originOf('http://localhost:5173/a')).toBe('http://localhost:5173');
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(isOnAllowedOrigin('http://localhost:5173/a', [APP_ORIGIN, 'http://localhost:5173'])).toBe(true);
    expect(isOnAllowedOrigin('http://localhost:5174/a', [APP_ORIGIN, 'http://localhost:5173'])).toBe(false);
  });
});

describe('navigation guard', () => {
  const guard = createNavigationGuard([APP_ORIGIN]);

  it.each(FOREIGN_URLS)('prevents navigation to %s', (url) => {
    const event = navigation(url);
    guard(event);
    expect(event.prevented).toBe(true);
  });

  it.each(['app://homeward/index.html', 'app://homeward/', 'app://homeward/index.html#/cases/42'])('allows in-app navigation to %s', (url) => {
    const event = navigation(url);
    guard(event);
    expect(event.prevented).toBe(false);
  });
});

class FakeWebContents implements HardenableWebContents {
  readonly listeners = new Map<string, Array<(event: never) => void>>();
  windowOpenHandler: (() => { action: 'deny' }) | undefined;

  on(event: string, listener: (event: never) => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: () => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  emit(name: string, event: PreventableEvent): void {
    for (const listener of this.listeners.get(name) ?? []) (listener as (event: PreventableEvent) => void)(event);
  }
}

describe('hardenWebContents', () => {
  it('guards will-navigate, will-frame-navigate and will-redirect', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents, [APP_ORIGIN]);
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const foreign = navigation('https://evil.example/steal');
      contents.emit(name, foreign);
      expect(foreign.prevented, name).toBe(true);
      const inApp = navigation('app://homeward/index.html#/list');
      contents.emit(name, inApp);
      expect(inApp.prevented, name).toBe(false);
    }
  });

  it('refuses to attach webviews', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents, [APP_ORIGIN]);
    const event = navigation('app://homeward/');
    contents.emit('will-attach-webview', event);
    expect(event.prevented).toBe(true);
  });

  it('denies every new window, whatever its URL', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents, [APP_ORIGIN]);
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });

  it('is applied to every webContents the app creates', () => {
    let created: ((event: unknown, contents: HardenableWebContents) => void) | undefined;
    hardenAllWebContents(
      {
        on: (_name, listener) => {
          created = listener;
        },
      },
      [APP_ORIGIN],
    );
    const contents = new FakeWebContents();
    created?.({}, contents);
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
    const event = navigation('https://evil.example/');
    contents.emit('will-navigate', event);
    expect(event.prevented).toBe(true);
  });
});

describe('hardenSession', () => {
  function fakeSession() {
    const fake = {
      request: undefined as Parameters<HardenableSession['setPermissionRequestHandler']>[0] | undefined,
      check: undefined as (() => boolean) | undefined,
      device: undefined as (() => boolean) | undefined,
      beforeRequest: undefined as Parameters<HardenableSession['webRequest']['onBeforeRequest']>[0] | undefined,
    };
    const session: HardenableSession = {
      setPermissionRequestHandler: (handler) => {
        fake.request = handler;
      },
      setPermissionCheckHandler: (handler) => {
        fake.check = handler;
      },
      setDevicePermissionHandler: (handler) => {
        fake.device = handler;
      },
      webRequest: {
        onBeforeRequest: (listener) => {
          fake.beforeRequest = listener;
        },
      },
    };
    return { fake, session };
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])(
    'denies the permission request %s',
    (permission) => {
      const { fake, session } = fakeSession();
      hardenSession(session, [APP_ORIGIN]);
      const callback = vi.fn();
      fake.request?.({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    },
  );

  it('denies permission and device checks', () => {
    const { fake, session } = fakeSession();
    hardenSession(session, [APP_ORIGIN]);
    expect(fake.check?.()).toBe(false);
    expect(fake.device?.()).toBe(false);
  });

  it('cancels requests leaving the app, keeps app/data/blob ones', () => {
    const { fake, session } = fakeSession();
    hardenSession(session, [APP_ORIGIN]);
    const decide = (url: string): boolean | undefined => {
      let cancel: boolean | undefined;
      fake.beforeRequest?.({ url }, (response) => {
        cancel = response.cancel;
      });
      return cancel;
    };
    expect(decide('https://evil.example/collect?name=x')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide('app://homeward/assets/index.js')).toBe(false);
    expect(decide('data:image/png;base64,AAAA')).toBe(false);
    expect(decide('blob:app://homeward/1234')).toBe(false);
    expect(isRequestAllowed('ws://localhost:5173/', [APP_ORIGIN, 'ws://localhost:5173'])).toBe(true);
  });

  it('lets requests reach the sync server set now, that origin only', () => {
    const { fake, session } = fakeSession();
    let server: string | null = null;
    hardenSession(session, [APP_ORIGIN], () => server);
    const decide = (url: string): boolean | undefined => {
      let cancel: boolean | undefined;
      fake.beforeRequest?.({ url }, (response) => {
        cancel = response.cancel;
      });
      return cancel;
    };
    expect(decide('https://couch.example:6984/homeward-post-mow/_changes')).toBe(true);
    server = 'https://couch.example:6984';
    expect(decide('https://couch.example:6984/homeward-post-mow/_changes')).toBe(false);
    expect(decide('https://couch.example/homeward-post-mow')).toBe(true);
    expect(decide('http://couch.example:6984/')).toBe(true);
    expect(decide('https://evil.example/collect')).toBe(true);
    server = null;
    expect(decide('https://couch.example:6984/homeward-post-mow/_changes')).toBe(true);
  });
});
