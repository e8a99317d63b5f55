/**
 * IPC handlers of every renderer→main channel in shared/ipc.ts.
 *
 * Each handler, in this order: (1) checks that the sending frame is on the app
 * origin, (2) parses the payload with the shared zod schema, (3) acts through
 * injected dependencies. Error messages name the channel and the offending
 * field but never contain payload data or file paths: both may hold personal
 * data. Nothing here logs.
 */
import path from 'node:path';
import type { z } from 'zod';
import {
  IpcChannel,
  MAX_FILE_BYTES,
  OpenFileRequestSchema,
  PrintToPdfRequestSchema,
  SaveFileRequestSchema,
  SetLanguageRequestSchema,
  type AppInfo,
  type FileFilter,
  type OpenedFile,
  type SaveFileResult,
} from '../../shared/ipc';
import type { Language } from '../../shared/schemas/settings';
import { mainMessages } from './messages';
import { isOnAllowedOrigin } from './origin';

/** The sender side of an invoke event: the webContents, and the frame that sent it. */
export interface IpcSender {
  printToPDF(options: { printBackground: boolean; landscape: boolean; generateTaggedPDF: boolean }): Promise<Uint8Array>;
}
export interface IpcInvokeEvent<S extends IpcSender = IpcSender> {
  senderFrame: { url: string } | null;
  sender: S;
}

export interface IpcMainLike<S extends IpcSender = IpcSender> {
  handle(channel: string, listener: (event: IpcInvokeEvent<S>, ...args: unknown[]) => unknown): void;
}

export interface SaveDialogOptionsLike {
  defaultPath: string;
  filters?: FileFilter[];
}
export interface OpenDialogOptionsLike {
  filters: FileFilter[];
  properties: ['openFile'];
}

/** Dialogs; the implementation attaches them to the sender's window. */
export interface DialogLike<S extends IpcSender = IpcSender> {
  showSaveDialog(sender: S, options: SaveDialogOptionsLike): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(sender: S, options: OpenDialogOptionsLike): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface FileSystemLike {
  writeFile(filePath: string, data: Uint8Array | string): Promise<void>;
  readFile(filePath: string): Promise<Uint8Array<ArrayBuffer>>;
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
}

export interface IpcDependencies<S extends IpcSender = IpcSender> {
  ipcMain: IpcMainLike<S>;
  dialog: DialogLike<S>;
  fs: FileSystemLike;
  app: { getName(): string; getVersion(): string };
  platform: string;
  /** Origins allowed to call; APP_ORIGIN, plus the dev server in unpackaged dev runs. */
  allowedOrigins: readonly string[];
  /** The renderer switched language: main speaks it too (menu, dialogs). */
  setLanguage(language: Language): void;
}

/** Thrown when a handler refuses a call. Its message is safe to show and to log. */
export class IpcRequestError extends Error {
  override name = 'IpcRequestError';
}

/** Refuses a call whose sender frame is gone or not on an allowed origin. */
export function assertTrustedSender(channel: string, event: Pick<IpcInvokeEvent, 'senderFrame'>, allowedOrigins: readonly string[]): void {
  const frame = event.senderFrame;
  if (frame === null || frame === undefined) {
    throw new IpcRequestError(`${channel}: refused, the sending frame no longer exists`);
  }
  if (!isOnAllowedOrigin(frame.url, allowedOrigins)) {
    throw new IpcRequestError(`${channel}: refused, the sender is not the Homeward app`);
  }
}

/**
 * Parses a payload, or throws naming the fields that are wrong. Only issue
 * paths and zod's messages are used; zod's messages describe the expectation,
 * never the received value.
 */
export function parsePayload<S extends z.ZodType>(channel: string, schema: S, payload: unknown): z.output<S> {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 5).map((issue) => {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'request';
    return `${field}: ${issue.message}`;
  });
  throw new IpcRequestError(`${channel}: invalid request (${problems.join('; ')})`);
}

const pdfFilter = (): FileFilter => ({ name: mainMessages().dialog.pdfFilterName, extensions: ['pdf'] });

async function saveWithDialog<S extends IpcSender>(
  deps: IpcDependencies<S>,
  sender: S,
  suggestedName: string,
  data: Uint8Array | string,
  filters: FileFilter[] | undefined,
): Promise<SaveFileResult> {
  const options: SaveDialogOptionsLike = { defaultPath: suggestedName };
  if (filters !== undefined) options.filters = filters;
  const choice = await deps.dialog.showSaveDialog(sender, options);
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return { saved: false };
  await deps.fs.writeFile(choice.filePath, data);
  return { saved: true, fileName: path.basename(choice.filePath) };
}

export function createIpcHandlers<S extends IpcSender>(deps: IpcDependencies<S>) {
  return {
    [IpcChannel.appInfo]: async (): Promise<AppInfo> => ({
      name: deps.app.getName(),
      version: deps.app.getVersion(),
      host: 'electron',
      platform: deps.platform,
    }),

    [IpcChannel.saveFile]: async (event: IpcInvokeEvent<S>, payload: unknown): Promise<SaveFileResult> => {
      const request = parsePayload(IpcChannel.saveFile, SaveFileRequestSchema, payload);
      return saveWithDialog(deps, event.sender, request.suggestedName, request.data, request.filters);
    },

    [IpcChannel.openFile]: async (event: IpcInvokeEvent<S>, payload: unknown): Promise<OpenedFile | null> => {
      const request = parsePayload(IpcChannel.openFile, OpenFileRequestSchema, payload);
      const choice = await deps.dialog.showOpenDialog(event.sender, { filters: request.filters, properties: ['openFile'] });
      const filePath = choice.filePaths[0];
      if (choice.canceled || filePath === undefined) return null;
      const tooLarge = `${IpcChannel.openFile}: the chosen file is larger than ${MAX_FILE_BYTES / (1024 * 1024)} MB`;
      const info = await deps.fs.stat(filePath);
      if (!info.isFile()) throw new IpcRequestError(`${IpcChannel.openFile}: the chosen item is not a file`);
      if (info.size > MAX_FILE_BYTES) throw new IpcRequestError(tooLarge);
      const data = await deps.fs.readFile(filePath);
      // The file may have grown between stat and read.
      if (data.byteLength > MAX_FILE_BYTES) throw new IpcRequestError(tooLarge);
      return { name: path.basename(filePath), bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
    },

    [IpcChannel.printToPdf]: async (event: IpcInvokeEvent<S>, payload: unknown): Promise<SaveFileResult> => {
      const request = parsePayload(IpcChannel.printToPdf, PrintToPdfRequestSchema, payload);
      // Tagged: each shaped cluster (an Arabic letter drawn as skeleton and dots, a Devanagari vowel sign, a Sinhala
      // vowel drawn before its consonant) carries its text as typed (ActualText), which the glyphs alone cannot say.
      const pdf = await event.sender.printToPDF({ printBackground: true, landscape: request.landscape ?? false, generateTaggedPDF: true });
      return saveWithDialog(deps, event.sender, request.suggestedName, pdf, [pdfFilter()]);
    },

    [IpcChannel.setLanguage]: async (_event: IpcInvokeEvent<S>, payload: unknown): Promise<void> => {
      deps.setLanguage(parsePayload(IpcChannel.setLanguage, SetLanguageRequestSchema, payload).language);
    },
  };
}

/**
 * Electron logs a handler's error in the main process and forwards its message
 * to the renderer. Node's fs errors carry the file path (which may name a
 * person), so anything that is not already a safe IpcRequestError is reduced
 * to its error code.
 */
export function toSafeError(channel: string, error: unknown): IpcRequestError {
  if (error instanceof IpcRequestError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  return new IpcRequestError(`${channel}: failed${code !== undefined && /^[A-Z0-9_]{1,40}$/.test(code) ? ` (${code})` : ''}`);
}

/** The renderer→main channels; `menuCommand` flows main→renderer and has no handler. */
export const INVOKE_CHANNELS = [IpcChannel.appInfo, IpcChannel.saveFile, IpcChannel.openFile, IpcChannel.printToPdf, IpcChannel.setLanguage] as const;

/** Registers every handler behind the sender-origin check. */
export function registerIpcHandlers<S extends IpcSender>(deps: IpcDependencies<S>): void {
  const handlers = createIpcHandlers(deps);
  for (const channel of INVOKE_CHANNELS) handleTrusted(deps, channel, handlers[channel]);
}

/**
 * Answers `channel` with `handler` for trusted senders only; whatever the
 * handler throws reaches the renderer as a safe error, never its details.
 */
export function handleTrusted<S extends IpcSender>(
  deps: { ipcMain: IpcMainLike<S>; allowedOrigins: readonly string[] },
  channel: string,
  handler: (event: IpcInvokeEvent<S>, payload: unknown) => Promise<unknown>,
): void {
  deps.ipcMain.handle(channel, async (event, payload) => {
    assertTrustedSender(channel, event, deps.allowedOrigins);
    try {
      return await handler(event, payload);
    } catch (error) {
      throw toSafeError(channel, error);
    }
  });
}
