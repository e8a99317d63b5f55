/**
 * Automatic backups, host side: the folder `backups/` in the user-data
 * folder, holding the last ten encrypted backups the renderer made when the
 * window closed.
 *
 * The renderer hands over bytes only; main chooses every file name (a UTC
 * time stamp), checks that the bytes are a Homeward backup, writes to a
 * `.partial` file first and renames it when complete (a crash never leaves a
 * cut-off file under a backup's name), then deletes all but the newest ten.
 * Only files whose names main itself would give are ever listed or deleted.
 *
 * The quit guard holds the main window's 'close' until the renderer answers
 * the quit request (it made the backup, had nothing to do, or failed) or a
 * time limit passes; then the window closes, or the app quits if that is what
 * was asked.
 */
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  BACKUP_FILE_EXTENSION,
  BackupChannel,
  QuitReplySchema,
  WriteAutomaticBackupRequestSchema,
  type AutomaticBackupInfo,
  type QuitBackupOutcome,
  type WriteAutomaticBackupResult,
} from '../../shared/ipc';
import { handleTrusted, parsePayload, type IpcInvokeEvent, type IpcMainLike, type IpcSender } from './ipc';

export const AUTOMATIC_BACKUPS_KEPT = 10;
export const AUTOMATIC_BACKUP_FOLDER = 'backups';
/** Long enough for a backup of 100k cases; short enough that a hung page never keeps the app open. */
export const QUIT_BACKUP_TIMEOUT_MS = 120_000;

const PREFIX = 'homeward-auto-';
const NAME = new RegExp(`^${PREFIX}(\\d{8}T\\d{9}Z)(?:-(\\d{1,4}))?\\.${BACKUP_FILE_EXTENSION}$`);
const PARTIAL_SUFFIX = '.partial';

export interface BackupFileSystem {
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  writeFile(filePath: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  readdir(dir: string): Promise<string[]>;
  stat(filePath: string): Promise<{ size: number }>;
  unlink(filePath: string): Promise<void>;
}

export interface AutomaticBackupStoreOptions {
  /** The folder; a function because Electron's user-data path is known only once the app is ready. */
  directory: () => string;
  fs: BackupFileSystem;
  now?: () => Date;
  keep?: number;
}

interface NamedBackup {
  fileName: string;
  stamp: string;
  counter: number;
}

/** `20260301T090000123Z` for 2026-03-01 09:00:00.123 UTC: sortable, and valid in every file system. */
export function backupStamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function parseName(fileName: string): NamedBackup | null {
  const match = NAME.exec(fileName);
  return match ? { fileName, stamp: match[1]!, counter: Number(match[2] ?? 1) } : null;
}

function stampToIso(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp)!;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
}

const oldestFirst = (a: NamedBackup, b: NamedBackup) => (a.stamp === b.stamp ? a.counter - b.counter : a.stamp < b.stamp ? -1 : 1);

export class AutomaticBackupStore {
  private readonly now: () => Date;
  private readonly keep: number;
  /** Writes run one after another, so a rotation never races a write. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: AutomaticBackupStoreOptions) {
    this.now = options.now ?? (() => new Date());
    this.keep = options.keep ?? AUTOMATIC_BACKUPS_KEPT;
  }

  write(bytes: Uint8Array): Promise<{ fileName: string }> {
    const run = this.queue.then(() => this.writeNow(bytes));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async list(): Promise<AutomaticBackupInfo[]> {
    const dir = this.options.directory();
    const named = (await this.names()).sort(oldestFirst);
    return Promise.all(
      named.map(async (b) => ({ fileName: b.fileName, bytes: (await this.options.fs.stat(path.join(dir, b.fileName))).size, createdAt: stampToIso(b.stamp) })),
    );
  }

  private async writeNow(bytes: Uint8Array): Promise<{ fileName: string }> {
    const { fs } = this.options;
    const dir = this.options.directory();
    await fs.mkdir(dir, { recursive: true });
    const stamp = backupStamp(this.now());
    const taken = new Set((await this.names()).filter((b) => b.stamp === stamp).map((b) => b.counter));
    let counter = 1;
    while (taken.has(counter)) counter++;
    const fileName = `${PREFIX}${stamp}${counter === 1 ? '' : `-${counter}`}.${BACKUP_FILE_EXTENSION}`;
    const partial = path.join(dir, fileName + PARTIAL_SUFFIX);
    await fs.writeFile(partial, bytes);
    await fs.rename(partial, path.join(dir, fileName));
    await this.rotate();
    return { fileName };
  }

  /** Deletes all but the newest `keep` backups, and partial files a crash left behind. */
  private async rotate(): Promise<void> {
    const { fs } = this.options;
    const dir = this.options.directory();
    const entries = await fs.readdir(dir);
    const leftovers = entries.filter((name) => name.endsWith(PARTIAL_SUFFIX) && parseName(name.slice(0, -PARTIAL_SUFFIX.length)) !== null);
    const named = entries.map(parseName).filter((b): b is NamedBackup => b !== null).sort(oldestFirst);
    const surplus = named.slice(0, Math.max(0, named.length - this.keep)).map((b) => b.fileName);
    for (const name of [...leftovers, ...surplus]) await fs.unlink(path.join(dir, name));
  }

  private async names(): Promise<NamedBackup[]> {
    let entries: string[];
    try {
      entries = await this.options.fs.readdir(this.options.directory());
    } catch (error) {
      if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') return [];
      throw error;
    }
    return entries.map(parseName).filter((b): b is NamedBackup => b !== null);
  }
}

// ---------------------------------------------------------------------------
// Quit guard
// ---------------------------------------------------------------------------

export interface QuitGuardWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
  webContents: { send(channel: string, requestId: string): void; isDestroyed(): boolean };
}

export interface QuitGuardApp {
  on(event: 'before-quit', listener: () => void): unknown;
  quit(): void;
}

export interface QuitGuardOptions {
  app: QuitGuardApp;
  timeoutMs?: number;
  newId?: () => string;
  setTimer?: (callback: () => void, ms: number) => unknown;
}

export class QuitBackupGuard {
  private quitting = false;
  private readonly waiting = new Map<string, (outcome: QuitBackupOutcome | 'timeout') => void>();
  private readonly timeoutMs: number;
  private readonly newId: () => string;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;

  constructor(private readonly options: QuitGuardOptions) {
    this.timeoutMs = options.timeoutMs ?? QUIT_BACKUP_TIMEOUT_MS;
    this.newId = options.newId ?? randomUUID;
    this.setTimer = options.setTimer ?? setTimeout;
    options.app.on('before-quit', () => {
      this.quitting = true;
    });
  }

  /** Holds the window's first close until the renderer has answered; later closes go through. */
  guard(window: QuitGuardWindow): void {
    let state: 'open' | 'asking' | 'done' = 'open';
    window.on('close', (event) => {
      if (state === 'done') return;
      event.preventDefault();
      if (state === 'asking') return;
      state = 'asking';
      void this.ask(window).then(() => {
        state = 'done';
        if (this.quitting) this.options.app.quit();
        else if (!window.isDestroyed()) window.close();
      });
    });
  }

  /** The renderer's answer to a request; unknown or late ids are ignored. */
  reply(requestId: string, outcome: QuitBackupOutcome): void {
    this.waiting.get(requestId)?.(outcome);
  }

  private ask(window: QuitGuardWindow): Promise<QuitBackupOutcome | 'timeout'> {
    if (window.webContents.isDestroyed()) return Promise.resolve('timeout');
    const requestId = this.newId();
    return new Promise((resolve) => {
      const finish = (outcome: QuitBackupOutcome | 'timeout') => {
        if (!this.waiting.delete(requestId)) return;
        resolve(outcome);
      };
      this.waiting.set(requestId, finish);
      this.setTimer(() => finish('timeout'), this.timeoutMs);
      try {
        window.webContents.send(BackupChannel.quitRequest, requestId);
      } catch {
        finish('timeout');
      }
    });
  }
}

// ---------------------------------------------------------------------------
// IPC
// ---------------------------------------------------------------------------

export interface BackupIpcDependencies<S extends IpcSender = IpcSender> {
  ipcMain: IpcMainLike<S>;
  allowedOrigins: readonly string[];
  store: Pick<AutomaticBackupStore, 'write' | 'list'>;
  guard: Pick<QuitBackupGuard, 'reply'>;
}

export function createBackupHandlers(deps: Pick<BackupIpcDependencies, 'store' | 'guard'>) {
  return {
    [BackupChannel.writeAutomatic]: async (_event: IpcInvokeEvent, payload: unknown): Promise<WriteAutomaticBackupResult> => {
      const request = parsePayload(BackupChannel.writeAutomatic, WriteAutomaticBackupRequestSchema, payload);
      const { fileName } = await deps.store.write(request.bytes);
      return { written: true, fileName };
    },
    [BackupChannel.listAutomatic]: async (): Promise<AutomaticBackupInfo[]> => deps.store.list(),
    [BackupChannel.quitReply]: async (_event: IpcInvokeEvent, payload: unknown): Promise<void> => {
      const reply = parsePayload(BackupChannel.quitReply, QuitReplySchema, payload);
      deps.guard.reply(reply.requestId, reply.outcome);
    },
  };
}

export const BACKUP_INVOKE_CHANNELS = [BackupChannel.writeAutomatic, BackupChannel.listAutomatic, BackupChannel.quitReply] as const;

/** Registers the backup handlers behind the same sender-origin check as every other channel. */
export function registerBackupHandlers<S extends IpcSender>(deps: BackupIpcDependencies<S>): void {
  const handlers = createBackupHandlers(deps);
  for (const channel of BACKUP_INVOKE_CHANNELS) handleTrusted(deps, channel, handlers[channel]);
}
