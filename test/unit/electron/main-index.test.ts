/**
 * Wiring of electron/main/index.ts against a fake 'electron' module: checks
 * the order that matters (privileged scheme before ready) and that every
 * piece is installed. The pieces themselves are tested in their own files.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, BackupChannel, IpcChannel } from '../../../shared/ipc';

const fake = vi.hoisted(() => {
  const state = {
    events: [] as string[],
    appListeners: new Map<string, Array<(...args: unknown[]) => void>>(),
    resolveReady: (): void => undefined,
    windows: [] as Array<{ options: unknown; url: string | undefined; shown: boolean }>,
    protocolHandlers: new Map<string, unknown>(),
    ipcChannels: [] as string[],
    menuSet: false,
    lock: true,
  };
  class FakeBrowserWindow {
    readonly record: { options: unknown; url: string | undefined; shown: boolean };
    constructor(options: unknown) {
      this.record = { options, url: undefined, shown: false };
      state.windows.push(this.record);
      state.events.push('new BrowserWindow');
    }
    once(event: string, listener: () => void): void {
      if (event === 'ready-to-show') queueMicrotask(listener);
    }
    on(): void {}
    readonly webContents = {
      on: (event: string) => void state.events.push(`webContents.on ${event}`),
    };
    show(): void {
      this.record.shown = true;
    }
    loadURL(url: string): Promise<void> {
      this.record.url = url;
      return Promise.resolve();
    }
    static getFocusedWindow(): null {
      return null;
    }
    static getAllWindows(): unknown[] {
      return state.windows;
    }
    static fromWebContents(): null {
      return null;
    }
  }
  const electron = {
    app: {
      isPackaged: true,
      enableSandbox: () => void state.events.push('enableSandbox'),
      requestSingleInstanceLock: () => state.lock,
      quit: () => void state.events.push('quit'),
      exit: () => void state.events.push('exit'),
      getName: () => 'Homeward',
      getVersion: () => '0.1.0',
      on: (event: string, listener: (...args: unknown[]) => void) => {
        state.appListeners.set(event, [...(state.appListeners.get(event) ?? []), listener]);
        state.events.push(`app.on ${event}`);
      },
      whenReady: () =>
        new Promise<void>((resolve) => {
          state.resolveReady = () => {
            state.events.push('ready');
            resolve();
          };
        }),
    },
    protocol: {
      registerSchemesAsPrivileged: () => void state.events.push('registerSchemesAsPrivileged'),
      handle: (scheme: string, handler: unknown) => {
        state.protocolHandlers.set(scheme, handler);
        state.events.push(`protocol.handle ${scheme}`);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => void state.events.push('setPermissionRequestHandler'),
        setPermissionCheckHandler: () => void state.events.push('setPermissionCheckHandler'),
        setDevicePermissionHandler: () => void state.events.push('setDevicePermissionHandler'),
        webRequest: { onBeforeRequest: () => void state.events.push('onBeforeRequest') },
      },
    },
    ipcMain: { handle: (channel: string) => void state.ipcChannels.push(channel) },
    dialog: {},
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: () => {
        state.menuSet = true;
      },
    },
    BrowserWindow: FakeBrowserWindow,
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  vi.resetModules();
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
  Object.assign(fake.state, { events: [], windows: [], ipcChannels: [], menuSet: false, lock: true });
  fake.state.appListeners.clear();
  fake.state.protocolHandlers.clear();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('electron/main/index.ts', () => {
  it('registers the privileged scheme and hardening hooks before the app is ready', async () => {
    await import('../../../electron/main/index');
    const events = fake.state.events;
    expect(events).toContain('registerSchemesAsPrivileged');
    expect(events).toContain('enableSandbox');
    expect(events).toContain('app.on web-contents-created');
    expect(events).not.toContain('ready');
    expect(fake.state.windows).toHaveLength(0);
  });

  it('after ready installs the protocol, session lockdown, IPC and menu, then loads app://homeward', async () => {
    await import('../../../electron/main/index');
    fake.state.resolveReady();
    await flush();
    const events = fake.state.events;
    expect(events.indexOf('registerSchemesAsPrivileged')).toBeLessThan(events.indexOf('ready'));
    expect(fake.state.protocolHandlers.has('app')).toBe(true);
    for (const name of ['setPermissionRequestHandler', 'setPermissionCheckHandler', 'setDevicePermissionHandler', 'onBeforeRequest']) {
      expect(events, name).toContain(name);
    }
    expect(fake.state.ipcChannels.sort()).toEqual(
      [IpcChannel.appInfo, IpcChannel.openFile, IpcChannel.printToPdf, IpcChannel.saveFile, IpcChannel.setLanguage, BackupChannel.writeAutomatic, BackupChannel.listAutomatic, BackupChannel.quitReply].sort(),
    );
    expect(fake.state.menuSet).toBe(true);
    expect(events.indexOf('protocol.handle app')).toBeLessThan(events.indexOf('new BrowserWindow'));
    expect(fake.state.windows).toHaveLength(1);
    expect(fake.state.windows[0]?.url).toBe(`${APP_ORIGIN}/index.html`);
    expect(fake.state.windows[0]?.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect(String((fake.state.windows[0]?.options as { webPreferences: { preload: string } }).webPreferences.preload)).toMatch(/preload[/\\]index\.cjs$/);
    expect(fake.state.windows[0]?.shown).toBe(true);
    // The window asks before unsaved input is lost to a close or reload.
    expect(events).toContain('webContents.on will-prevent-unload');
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    await import('../../../electron/main/index');
    fake.state.resolveReady();
    await flush();
    expect(fake.state.windows[0]?.url).toBe(`${APP_ORIGIN}/index.html`);
  });

  it('quits when all windows close (except on macOS)', async () => {
    await import('../../../electron/main/index');
    for (const listener of fake.state.appListeners.get('window-all-closed') ?? []) listener();
    expect(fake.state.events.includes('quit')).toBe(process.platform !== 'darwin');
  });

  it('quits at once, creating nothing, when another instance runs', async () => {
    fake.state.lock = false;
    await import('../../../electron/main/index');
    expect(fake.state.events).toContain('quit');
    expect(fake.state.appListeners.has('web-contents-created')).toBe(false);
    expect(fake.state.windows).toHaveLength(0);
  });
});
