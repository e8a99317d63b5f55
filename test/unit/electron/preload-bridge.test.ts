import { describe, expect, it, vi } from 'vitest';
import { BackupChannel, IpcChannel } from '../../../shared/ipc';
import { createPreloadBridge, type IpcRendererLike } from '../../../electron/preload/bridge';

type Listener = Parameters<IpcRendererLike['on']>[1];

class FakeIpcRenderer implements IpcRendererLike {
  readonly invoke = vi.fn(async (channel: string, ...args: unknown[]): Promise<unknown> => ({ channel, args }));
  readonly listeners = new Map<string, Listener[]>();
  on(channel: string, listener: Listener): this {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
    return this;
  }
  removeListener(channel: string, listener: Listener): this {
    this.listeners.set(
      channel,
      (this.listeners.get(channel) ?? []).filter((l) => l !== listener),
    );
    return this;
  }
  emit(channel: string, ...args: unknown[]): void {
    const fakeEvent = { sender: 'the ipcRenderer event', ports: [] };
    for (const listener of this.listeners.get(channel) ?? []) listener(fakeEvent, ...args);
  }
}

describe('createPreloadBridge', () => {
  it('invokes the right channel with the request, and only the request', async () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createPreloadBridge(ipc);
    const save = { suggestedName: 'a.csv', mimeType: 'text/csv', data: 'x' };
    const open = { filters: [{ name: 'CSV', extensions: ['csv'] }] };
    const print = { suggestedName: 'a.pdf', landscape: true };
    await bridge.appInfo();
    await bridge.saveFile(save);
    await bridge.openFile(open);
    await bridge.printToPdf(print);
    await bridge.setLanguage({ language: 'ar' });
    expect(ipc.invoke.mock.calls).toEqual([
      [IpcChannel.appInfo],
      [IpcChannel.saveFile, save],
      [IpcChannel.openFile, open],
      [IpcChannel.printToPdf, print],
      [IpcChannel.setLanguage, { language: 'ar' }],
    ]);
  });

  it('returns what the main process answers', async () => {
    const ipc = new FakeIpcRenderer();
    ipc.invoke.mockResolvedValueOnce({ saved: true, fileName: 'a.csv' });
    await expect(createPreloadBridge(ipc).saveFile({ suggestedName: 'a.csv', mimeType: 'text/csv', data: 'x' })).resolves.toEqual({ saved: true, fileName: 'a.csv' });
  });

  it('exposes only the HostBridge functions', () => {
    const bridge = createPreloadBridge(new FakeIpcRenderer());
    const { backups, ...functions } = bridge;
    expect(Object.keys(functions).sort()).toEqual(['appInfo', 'onMenuCommand', 'openFile', 'printToPdf', 'saveFile', 'setLanguage']);
    for (const value of Object.values(functions)) expect(typeof value).toBe('function');
    expect(Object.keys(backups).sort()).toEqual(['listAutomatic', 'onQuitRequest', 'writeAutomatic']);
    for (const value of Object.values(backups)) expect(typeof value).toBe('function');
  });

  it('passes menu commands to the listener without the IPC event', () => {
    const ipc = new FakeIpcRenderer();
    const listener = vi.fn();
    createPreloadBridge(ipc).onMenuCommand(listener);
    ipc.emit(IpcChannel.menuCommand, 'new-case');
    ipc.emit(IpcChannel.menuCommand, 'export-list');
    expect(listener.mock.calls).toEqual([['new-case'], ['export-list']]);
  });

  it('ignores invalid menu commands', () => {
    const ipc = new FakeIpcRenderer();
    const listener = vi.fn();
    createPreloadBridge(ipc).onMenuCommand(listener);
    for (const bad of ['delete-all', '', 42, null, undefined, { command: 'new-case' }]) ipc.emit(IpcChannel.menuCommand, bad);
    expect(listener).not.toHaveBeenCalled();
  });

  it('unsubscribe removes exactly that listener, once', () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createPreloadBridge(ipc);
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = bridge.onMenuCommand(first);
    bridge.onMenuCommand(second);
    expect(ipc.listeners.get(IpcChannel.menuCommand)).toHaveLength(2);
    unsubscribeFirst();
    unsubscribeFirst();
    expect(ipc.listeners.get(IpcChannel.menuCommand)).toHaveLength(1);
    ipc.emit(IpcChannel.menuCommand, 'new-case');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledExactlyOnceWith('new-case');
  });

  it('does not subscribe to anything but the menu channel and the quit-backup request', () => {
    const ipc = new FakeIpcRenderer();
    createPreloadBridge(ipc).onMenuCommand(vi.fn());
    expect([...ipc.listeners.keys()].sort()).toEqual([BackupChannel.quitRequest, IpcChannel.menuCommand].sort());
  });
});
