/**
 * The one way the renderer reaches its host. Two implementations exist: the
 * Electron preload (IPC) and the browser bridge (downloads, file input,
 * window.print). The renderer never knows which one it talks to.
 */
import type * as Ipc from './ipc';

export type {
  AppInfo,
  AutomaticBackupInfo,
  MenuCommand,
  OpenFileRequest,
  OpenedFile,
  PrintToPdfRequest,
  QuitBackupOutcome,
  SaveFileRequest,
  SaveFileResult,
  SetLanguageRequest,
  WriteAutomaticBackupResult,
} from './ipc';

/** Automatic backups into the user-data folder; the desktop app keeps the last ten. */
export interface AutomaticBackupHost {
  /** Writes an encrypted backup under a name the host chooses; `{ written: false, reason: 'unsupported' }` in a browser. */
  writeAutomatic(bytes: Uint8Array): Promise<Ipc.WriteAutomaticBackupResult>;
  /** The automatic backups on disk, oldest first; empty in a browser. */
  listAutomatic(): Promise<Ipc.AutomaticBackupInfo[]>;
  /**
   * Sets what runs when the window is about to close: the host waits for it
   * (up to a time limit) before closing. One handler at a time; returns the
   * unsubscribe function. Never called in a browser.
   */
  onQuitRequest(handler: () => Promise<Ipc.QuitBackupOutcome>): () => void;
}

export interface HostBridge {
  /** Name, version and where the app runs. */
  appInfo(): Promise<Ipc.AppInfo>;
  /** Asks the user where to save and writes the bytes there. */
  saveFile(request: Ipc.SaveFileRequest): Promise<Ipc.SaveFileResult>;
  /** Lets the user pick one file and returns its bytes, or null when cancelled. */
  openFile(request: Ipc.OpenFileRequest): Promise<Ipc.OpenedFile | null>;
  /** Prints the current view to a PDF file the user chooses. */
  printToPdf(request: Ipc.PrintToPdfRequest): Promise<Ipc.SaveFileResult>;
  /** Subscribes to commands from the application menu; returns the unsubscribe function. */
  onMenuCommand(listener: (command: Ipc.MenuCommand) => void): () => void;
  /** Tells the host the app's language, so its own menu speaks it too (nothing to do in a browser). */
  setLanguage(request: Ipc.SetLanguageRequest): Promise<void>;
  backups: AutomaticBackupHost;
}

/** The global name under which the preload exposes the bridge. */
export const BRIDGE_GLOBAL = 'homeward';
