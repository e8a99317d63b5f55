/**
 * IPC channel names and the zod schemas of every payload that crosses the
 * process boundary. The main process parses each payload with these schemas
 * before acting on it.
 */
import { z } from 'zod';

export const IpcChannel = {
  appInfo: 'homeward:app-info',
  saveFile: 'homeward:save-file',
  openFile: 'homeward:open-file',
  printToPdf: 'homeward:print-to-pdf',
  menuCommand: 'homeward:menu-command',
} as const;
export type IpcChannelName = (typeof IpcChannel)[keyof typeof IpcChannel];

/** Largest file the renderer may ask the host to write or read (a full backup of 100k cases fits). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

/** A file name only: no folders, no traversal, no control or reserved characters. */
export const FileNameSchema = z
  .string()
  .min(1)
  .max(200)
  // Control characters are exactly what a file name must not contain.
  // eslint-disable-next-line no-control-regex
  .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, 'must be a plain file name')
  .refine((name) => name !== '.' && name !== '..', 'must be a plain file name');

export const FileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/i)).min(1).max(10),
});
export type FileFilter = z.infer<typeof FileFilterSchema>;

export const SaveFileRequestSchema = z.object({
  suggestedName: FileNameSchema,
  mimeType: z.string().min(1).max(100),
  data: z.union([z.string().max(MAX_FILE_BYTES), z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_FILE_BYTES, 'file too large')]),
  filters: z.array(FileFilterSchema).max(10).optional(),
});
export type SaveFileRequest = z.infer<typeof SaveFileRequestSchema>;

export const SaveFileResultSchema = z.object({
  saved: z.boolean(),
  /** The chosen file's name (not its full path: the renderer has no need for folders). */
  fileName: z.string().optional(),
});
export type SaveFileResult = z.infer<typeof SaveFileResultSchema>;

export const OpenFileRequestSchema = z.object({
  filters: z.array(FileFilterSchema).min(1).max(10),
});
export type OpenFileRequest = z.infer<typeof OpenFileRequestSchema>;

export const OpenedFileSchema = z.object({
  name: z.string(),
  bytes: z.instanceof(Uint8Array),
});
export type OpenedFile = z.infer<typeof OpenedFileSchema>;

export const PrintToPdfRequestSchema = z.object({
  suggestedName: FileNameSchema.refine((n) => n.toLowerCase().endsWith('.pdf'), 'must end in .pdf'),
  landscape: z.boolean().optional(),
});
export type PrintToPdfRequest = z.infer<typeof PrintToPdfRequestSchema>;

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const MenuCommandSchema = z.enum(['new-case', 'export-list']);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

/** Origin the renderer is served from in the desktop app; IndexedDB belongs to it, so it never changes. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'homeward';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
