import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, BACKUP_MAGIC, BackupChannel, type QuitBackupOutcome } from '../../../shared/ipc';
import {
  AutomaticBackupStore,
  QuitBackupGuard,
  registerBackupHandlers,
  type BackupFileSystem,
  type QuitGuardWindow,
} from '../../../electron/main/backups';
import type { IpcInvokeEvent } from '../../../electron/main/ipc';
import { createPreloadBridge, type IpcRendererLike } from '../../../electron/preload/bridge';

const realFs: BackupFileSystem = {
  mkdir: (dir, options) => mkdir(dir, options),
  writeFile: (p, data) => writeFile(p, data),
  rename: (from, to) => rename(from, to),
  readdir: (dir) => readdir(dir),
  stat: (p) => stat(p),
  unlink: (p) => unlink(p),
};

const backupBytes = (n: number) => new TextEncoder().encode(`${BACKUP_MAGIC}\n{"n":${n}}\nciphertext`);

let userData: string;
let folder: string;
let clock: number;

beforeEach(async () => {
  userData = await mkdtemp(path.join(os.tmpdir(), 'homeward-backups-'));
  folder = path.join(userData, 'backups');
  clock = Date.parse('2026-03-01T09:00:00.000Z');
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

function store(fs: BackupFileSystem = realFs) {
  return new AutomaticBackupStore({ directory: () => folder, fs, now: () => new Date(clock) });
}

describe('AutomaticBackupStore', () => {
  it('creates the folder and names the file itself, from the time', async () => {
    const { fileName } = await store().write(backupBytes(1));
    expect(fileName).toBe('homeward-auto-20260301T090000000Z.hwbackup');
    expect(await readFile(path.join(folder, fileName))).toEqual(Buffer.from(backupBytes(1)));
  });

  it('never overwrites: a second backup in the same millisecond gets its own name', async () => {
    const s = store();
    const first = await s.write(backupBytes(1));
    const second = await s.write(backupBytes(2));
    expect(second.fileName).toBe('homeward-auto-20260301T090000000Z-2.hwbackup');
    expect(await readFile(path.join(folder, first.fileName), 'utf8')).toContain('"n":1');
    expect((await s.list()).map((b) => b.fileName)).toEqual([first.fileName, second.fileName]);
  });

  it('keeps the newest ten and deletes older ones, leaving other files alone', async () => {
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'notes.txt'), 'not a backup');
    await writeFile(path.join(folder, 'homeward-auto-20260301T085959000Z.hwbackup.partial'), 'cut off by a crash');
    const s = store();
    const written: string[] = [];
    for (let i = 0; i < 13; i++) {
      clock += 60_000;
      written.push((await s.write(backupBytes(i))).fileName);
    }
    const listed = await s.list();
    expect(listed.map((b) => b.fileName)).toEqual(written.slice(3));
    expect(listed[0]).toEqual({ fileName: written[3], bytes: backupBytes(3).byteLength, createdAt: '2026-03-01T09:04:00.000Z' });
    expect((await readdir(folder)).sort()).toEqual([...written.slice(3), 'notes.txt'].sort());
  });

  it('lists nothing before the first backup', async () => {
    expect(await store().list()).toEqual([]);
  });

  it('never leaves a cut-off file under a backup name: it writes a partial file and renames it', async () => {
    const failing: BackupFileSystem = { ...realFs, rename: async () => Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' })) };
    await expect(store(failing).write(backupBytes(1))).rejects.toThrow();
    expect(await store().list()).toEqual([]);
  });
});

describe('backup IPC handlers', () => {
  type Listener = (event: IpcInvokeEvent, ...args: unknown[]) => unknown;
  let handlers: Map<string, Listener>;
  let guard: QuitBackupGuard;

  beforeEach(() => {
    handlers = new Map();
    guard = new QuitBackupGuard({ app: { on: () => undefined, quit: () => undefined } });
    registerBackupHandlers({
      ipcMain: { handle: (channel, listener) => void handlers.set(channel, listener) },
      allowedOrigins: [APP_ORIGIN],
      store: store(),
      guard,
    });
  });

  const invoke = (channel: string, payload?: unknown, url = 'app://homeward/index.html') =>
    Promise.resolve(handlers.get(channel)!({ senderFrame: { url }, sender: { printToPDF: async () => new Uint8Array() } }, payload));

  it('writes and lists through IPC', async () => {
    await expect(invoke(BackupChannel.writeAutomatic, { bytes: backupBytes(1) })).resolves.toEqual({ written: true, fileName: 'homeward-auto-20260301T090000000Z.hwbackup' });
    await expect(invoke(BackupChannel.listAutomatic)).resolves.toEqual([expect.objectContaining({ fileName: 'homeward-auto-20260301T090000000Z.hwbackup' })]);
  });

  it('refuses other origins, bytes that are not a backup, and any file name from the renderer', async () => {
    await expect(invoke(BackupChannel.writeAutomatic, { bytes: backupBytes(1) }, 'https://evil.example/')).rejects.toThrow(/not the Homeward app/);
    await expect(invoke(BackupChannel.listAutomatic, undefined, 'file:///etc/passwd')).rejects.toThrow(/not the Homeward app/);
    await expect(invoke(BackupChannel.writeAutomatic, { bytes: new TextEncoder().encode('#!/bin/sh\n') })).rejects.toThrow(/must be a Homeward backup/);
    await expect(invoke(BackupChannel.writeAutomatic, 'HOMEWARD-BACKUP\n')).rejects.toThrow(/invalid request/);
    const written = (await invoke(BackupChannel.writeAutomatic, { bytes: backupBytes(1), fileName: '../../.bashrc' })) as { fileName: string };
    expect(written.fileName).toMatch(/^homeward-auto-/);
    expect(await readdir(userData)).toEqual(['backups']);
  });

  it('passes a valid quit reply to the guard and refuses a malformed one', async () => {
    const reply = vi.spyOn(guard, 'reply');
    const requestId = crypto.randomUUID();
    await invoke(BackupChannel.quitReply, { requestId, outcome: 'written' });
    expect(reply).toHaveBeenCalledWith(requestId, 'written');
    await expect(invoke(BackupChannel.quitReply, { requestId: 'x', outcome: 'written' })).rejects.toThrow(/invalid request/);
    await expect(invoke(BackupChannel.quitReply, { requestId, outcome: 'deleted everything' })).rejects.toThrow(/invalid request/);
  });
});

describe('QuitBackupGuard', () => {
  class FakeWindow implements QuitGuardWindow {
    closeListeners: ((event: { preventDefault(): void }) => void)[] = [];
    closed = false;
    sent: string[] = [];
    webContents = { send: (_channel: string, id: string) => void this.sent.push(id), isDestroyed: () => false };
    on(_event: 'close', listener: (event: { preventDefault(): void }) => void): void {
      this.closeListeners.push(listener);
    }
    /** What Electron does: emit 'close', and close unless a listener prevented it. */
    close(): void {
      let prevented = false;
      for (const l of this.closeListeners) l({ preventDefault: () => (prevented = true) });
      if (!prevented) this.closed = true;
    }
    isDestroyed(): boolean {
      return this.closed;
    }
  }

  function setUp(timeoutMs = 1000) {
    const appListeners: (() => void)[] = [];
    const app = { on: (_e: 'before-quit', l: () => void) => void appListeners.push(l), quit: vi.fn() };
    const timers: (() => void)[] = [];
    const guard = new QuitBackupGuard({ app, timeoutMs, setTimer: (cb) => timers.push(cb) });
    const window = new FakeWindow();
    guard.guard(window);
    return { app, appListeners, guard, window, timers };
  }
  const flush = () => new Promise((r) => setTimeout(r, 0));

  it('holds the close, asks the renderer once, and closes when it answers', async () => {
    const { guard, window } = setUp();
    window.close();
    window.close();
    expect(window.closed).toBe(false);
    expect(window.sent).toHaveLength(1);
    guard.reply('some other id', 'written');
    await flush();
    expect(window.closed).toBe(false);
    guard.reply(window.sent[0]!, 'written');
    await flush();
    expect(window.closed).toBe(true);
  });

  it('quits the app, not just the window, when quitting was asked', async () => {
    const { app, appListeners, guard, window } = setUp();
    for (const l of appListeners) l();
    window.close();
    guard.reply(window.sent[0]!, 'skipped');
    await flush();
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('closes after the time limit when the renderer never answers', async () => {
    const { window, timers } = setUp();
    window.close();
    expect(window.closed).toBe(false);
    for (const fire of timers) fire();
    await flush();
    expect(window.closed).toBe(true);
  });

  it('with the preload bridge: the page handler runs and its outcome goes back to main', async () => {
    const { guard, window } = setUp();
    const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
    const ipc: IpcRendererLike = {
      invoke: async (channel, payload) => {
        const { requestId, outcome } = payload as { requestId: string; outcome: QuitBackupOutcome };
        if (channel === BackupChannel.quitReply) guard.reply(requestId, outcome);
      },
      on: (channel, listener) => void listeners.set(channel, listener),
      removeListener: () => undefined,
    };
    const bridge = createPreloadBridge(ipc);
    window.webContents.send = (channel, id) => {
      listeners.get(channel)?.({}, id);
    };
    const handler = vi.fn(async (): Promise<QuitBackupOutcome> => 'written');
    const unsubscribe = bridge.backups.onQuitRequest(handler);
    window.close();
    await flush();
    await flush();
    expect(handler).toHaveBeenCalledOnce();
    expect(window.closed).toBe(true);
    unsubscribe();
  });
});
