/**
 * The sync server the page may reach, host side (DESIGN.md §9, README "CSP").
 *
 * Main keeps one origin, set by the page over a checked IPC channel and
 * stored in its own file in the user-data folder (`sync-server.json`: the
 * origin only, never an account or a password). The app:// protocol names
 * exactly that origin in `connect-src`, and the session lets requests to it
 * through; a policy is fixed when a page loads, so main reloads the window
 * when the origin changes.
 */
import path from 'node:path';
import { AllowServerOriginRequestSchema, ServerOriginSchema, type AllowServerOriginResult } from '../../shared/sync/server-origin';
import { SyncServerChannel } from '../../shared/ipc';
import { handleTrusted, parsePayload, type IpcInvokeEvent, type IpcMainLike, type IpcSender } from './ipc';

export const SYNC_SERVER_FILE = 'sync-server.json';

export interface SyncServerFileSystem {
  readFile(filePath: string, encoding: 'utf8'): Promise<string>;
  writeFile(filePath: string, data: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

export class SyncServerStore {
  private origin: string | null = null;

  constructor(
    /** The user-data folder; a function because Electron knows it only once the app is ready. */
    private readonly directory: () => string,
    private readonly fs: SyncServerFileSystem,
  ) {}

  /** The allowed origin, or null when the workstation does not sync. */
  get current(): string | null {
    return this.origin;
  }

  /** Reads the file; a missing, unreadable or altered file allows nothing. */
  async load(): Promise<string | null> {
    try {
      const stored = JSON.parse(await this.fs.readFile(this.file(), 'utf8')) as { origin?: unknown };
      const parsed = ServerOriginSchema.safeParse(stored.origin);
      this.origin = parsed.success ? parsed.data : null;
    } catch {
      this.origin = null;
    }
    return this.origin;
  }

  /** Stores the origin (written to a temporary file, then renamed, so a crash leaves the old or the new one); true when it changed. */
  async set(origin: string | null): Promise<boolean> {
    if (origin === this.origin) return false;
    const partial = `${this.file()}.partial`;
    await this.fs.writeFile(partial, JSON.stringify({ origin }));
    await this.fs.rename(partial, this.file());
    this.origin = origin;
    return true;
  }

  private file(): string {
    return path.join(this.directory(), SYNC_SERVER_FILE);
  }
}

export interface SyncServerDependencies<S extends IpcSender> {
  ipcMain: IpcMainLike<S>;
  allowedOrigins: readonly string[];
  store: SyncServerStore;
  /** Reloads the sender's page, after the answer has gone, so it loads under the new policy. */
  reload(sender: S): void;
}

export function createSyncServerHandlers<S extends IpcSender>(deps: SyncServerDependencies<S>) {
  return {
    [SyncServerChannel.allowedOrigin]: async (): Promise<string | null> => deps.store.current,
    [SyncServerChannel.allowOrigin]: async (event: IpcInvokeEvent<S>, payload: unknown): Promise<AllowServerOriginResult> => {
      const { origin } = parsePayload(SyncServerChannel.allowOrigin, AllowServerOriginRequestSchema, payload);
      if (!(await deps.store.set(origin))) return { outcome: 'unchanged', allowed: origin };
      setTimeout(() => deps.reload(event.sender), 0);
      return { outcome: 'reloading', allowed: origin };
    },
  };
}

export function registerSyncServerHandlers<S extends IpcSender>(deps: SyncServerDependencies<S>): void {
  const handlers = createSyncServerHandlers(deps);
  handleTrusted(deps, SyncServerChannel.allowedOrigin, handlers[SyncServerChannel.allowedOrigin]);
  handleTrusted(deps, SyncServerChannel.allowOrigin, handlers[SyncServerChannel.allowOrigin]);
}
