/**
 * The one way the renderer reaches its host. Two implementations exist: the
 * Electron preload (IPC) and the browser bridge (downloads, file input,
 * window.print). The renderer never knows which one it talks to.
 */
import type {
  AppInfo,
  MenuCommand,
  OpenFileRequest,
  OpenedFile,
  PrintToPdfRequest,
  SaveFileRequest,
  SaveFileResult,
} from './ipc';

export type { AppInfo, MenuCommand, OpenFileRequest, OpenedFile, PrintToPdfRequest, SaveFileRequest, SaveFileResult };

export interface HostBridge {
  /** Name, version and where the app runs. */
  appInfo(): Promise<AppInfo>;
  /** Asks the user where to save and writes the bytes there. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Lets the user pick one file and returns its bytes, or null when cancelled. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  /** Prints the current view to a PDF file the user chooses. */
  printToPdf(request: PrintToPdfRequest): Promise<SaveFileResult>;
  /** Subscribes to commands from the application menu; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** The global name under which the preload exposes the bridge. */
export const BRIDGE_GLOBAL = 'homeward';
