/**
 * The HostBridge over IPC. Pure: receives ipcRenderer, so it can be tested
 * with a fake. Only data crosses to the page: never ipcRenderer itself, never
 * an IPC event object.
 */
import type { AutomaticBackupHost, HostBridge } from '../../shared/bridge';
import { BackupChannel, IpcChannel, MenuCommandSchema, QuitRequestIdSchema, type MenuCommand, type QuitBackupOutcome } from '../../shared/ipc';

type MenuListener = (event: unknown, ...args: unknown[]) => void;

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: MenuListener): unknown;
  removeListener(channel: string, listener: MenuListener): unknown;
}

export function createPreloadBridge(ipcRenderer: IpcRendererLike): HostBridge {
  // The main process answers with the shapes declared in shared/ipc.ts and
  // validates everything it receives; the casts below only restate that contract.
  return {
    appInfo: () => ipcRenderer.invoke(IpcChannel.appInfo) as ReturnType<HostBridge['appInfo']>,
    saveFile: (request) => ipcRenderer.invoke(IpcChannel.saveFile, request) as ReturnType<HostBridge['saveFile']>,
    openFile: (request) => ipcRenderer.invoke(IpcChannel.openFile, request) as ReturnType<HostBridge['openFile']>,
    printToPdf: (request) => ipcRenderer.invoke(IpcChannel.printToPdf, request) as ReturnType<HostBridge['printToPdf']>,
    setLanguage: async (request) => {
      await ipcRenderer.invoke(IpcChannel.setLanguage, request);
    },
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      const onMessage: MenuListener = (_event, command) => {
        const parsed = MenuCommandSchema.safeParse(command);
        if (parsed.success) listener(parsed.data);
      };
      ipcRenderer.on(IpcChannel.menuCommand, onMessage);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        ipcRenderer.removeListener(IpcChannel.menuCommand, onMessage);
      };
    },
    backups: createBackupHost(ipcRenderer),
  };
}

/**
 * Listens for quit requests from the start, so that main always gets an
 * answer at once ("skipped") when the page has not set a handler, instead of
 * waiting out its time limit.
 */
function createBackupHost(ipcRenderer: IpcRendererLike): AutomaticBackupHost {
  let handler: (() => Promise<QuitBackupOutcome>) | null = null;
  ipcRenderer.on(BackupChannel.quitRequest, (_event, requestId) => {
    const id = QuitRequestIdSchema.safeParse(requestId);
    if (!id.success) return;
    const run = handler ?? (async (): Promise<QuitBackupOutcome> => 'skipped');
    void run()
      .catch((): QuitBackupOutcome => 'failed')
      .then((outcome) => ipcRenderer.invoke(BackupChannel.quitReply, { requestId: id.data, outcome }))
      // Main may already have given up waiting and closed: nothing left to tell.
      .catch(() => undefined);
  });
  return {
    writeAutomatic: (bytes) => ipcRenderer.invoke(BackupChannel.writeAutomatic, { bytes }) as ReturnType<AutomaticBackupHost['writeAutomatic']>,
    listAutomatic: () => ipcRenderer.invoke(BackupChannel.listAutomatic) as ReturnType<AutomaticBackupHost['listAutomatic']>,
    onQuitRequest: (next) => {
      handler = next;
      return () => {
        if (handler === next) handler = null;
      };
    },
  };
}
