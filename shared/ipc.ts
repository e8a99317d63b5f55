/**
 * IPC channel names and the zod schemas of every payload that crosses the
 * process boundary. The main process parses each payload with these schemas
 * before acting on it.
 */
import { z } from 'zod';
import { LanguageSchema } from './schemas/settings';

export const IpcChannel = {
  appInfo: 'homeward:app-info',
  saveFile: 'homeward:save-file',
  openFile: 'homeward:open-file',
  printToPdf: 'homeward:print-to-pdf',
  menuCommand: 'homeward:menu-command',
  setLanguage: 'homeward:set-language',
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

/** The language the renderer switched to: main rebuilds its menu in it. */
export const SetLanguageRequestSchema = z.object({ language: LanguageSchema });
export type SetLanguageRequest = z.infer<typeof SetLanguageRequestSchema>;

export const MenuCommandSchema = z.enum(['new-case', 'export-list']);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

/** Origin the renderer is served from in the desktop app; IndexedDB belongs to it, so it never changes. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'homeward';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Automatic backups (desktop app only). Apart from IpcChannel because they
 * have their own handlers (electron/main/backups.ts) and one of them flows
 * main → renderer: when the window is about to close, main sends a request id
 * on `quitRequest`; the renderer makes the encrypted backup, hands it over on
 * `writeAutomatic`, then answers on `quitReply` with that id. Main waits for
 * the answer, up to a time limit, before it lets the window close.
 */
export const BackupChannel = {
  writeAutomatic: 'homeward:backups:write-automatic',
  listAutomatic: 'homeward:backups:list-automatic',
  quitRequest: 'homeward:backups:quit-request',
  quitReply: 'homeward:backups:quit-reply',
} as const;

/** The first bytes of every backup file; main writes nothing else into the backups folder. */
export const BACKUP_MAGIC = 'HOMEWARD-BACKUP';
export const BACKUP_FILE_EXTENSION = 'hwbackup';

const startsWithMagic = (bytes: Uint8Array) => {
  const magic = `${BACKUP_MAGIC}\n`;
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic.charCodeAt(i)) return false;
  return true;
};

export const WriteAutomaticBackupRequestSchema = z.object({
  bytes: z
    .instanceof(Uint8Array)
    .refine((b) => b.byteLength <= MAX_FILE_BYTES, 'file too large')
    .refine(startsWithMagic, 'must be a Homeward backup'),
});
export type WriteAutomaticBackupRequest = z.infer<typeof WriteAutomaticBackupRequestSchema>;

export const WriteAutomaticBackupResultSchema = z.discriminatedUnion('written', [
  /** The name main gave the file, in the user-data folder's `backups/`. */
  z.object({ written: z.literal(true), fileName: z.string() }),
  /** Browser mode: there is no user-data folder to write to. */
  z.object({ written: z.literal(false), reason: z.literal('unsupported') }),
]);
export type WriteAutomaticBackupResult = z.infer<typeof WriteAutomaticBackupResultSchema>;

export const AutomaticBackupInfoSchema = z.object({
  fileName: z.string(),
  bytes: z.number().int().min(0),
  /** When main wrote it, ISO 8601 UTC. */
  createdAt: z.string(),
});
export type AutomaticBackupInfo = z.infer<typeof AutomaticBackupInfoSchema>;

export const QuitRequestIdSchema = z.uuid();

/** What the renderer did about a quit request: wrote a backup, had none to write (no passphrase this session), or failed. */
export const QuitBackupOutcomeSchema = z.enum(['written', 'skipped', 'failed']);
export type QuitBackupOutcome = z.infer<typeof QuitBackupOutcomeSchema>;

export const QuitReplySchema = z.object({ requestId: QuitRequestIdSchema, outcome: QuitBackupOutcomeSchema });
export type QuitReply = z.infer<typeof QuitReplySchema>;
