import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Language } from '../../../shared/schemas/settings';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, IpcChannel, MAX_FILE_BYTES } from '../../../shared/ipc';
import {
  INVOKE_CHANNELS,
  registerIpcHandlers,
  type DialogLike,
  type FileSystemLike,
  type IpcInvokeEvent,
  type IpcSender,
} from '../../../electron/main/ipc';

type Listener = (event: IpcInvokeEvent, ...args: unknown[]) => unknown;

let dir: string;
let handlers: Map<string, Listener>;
let dialog: { showSaveDialog: ReturnType<typeof vi.fn<DialogLike['showSaveDialog']>>; showOpenDialog: ReturnType<typeof vi.fn<DialogLike['showOpenDialog']>> };
let fs: { writeFile: ReturnType<typeof vi.fn<FileSystemLike['writeFile']>>; readFile: ReturnType<typeof vi.fn<FileSystemLike['readFile']>>; stat: ReturnType<typeof vi.fn<FileSystemLike['stat']>> };
let sender: IpcSender & { printToPDF: ReturnType<typeof vi.fn<IpcSender['printToPDF']>> };
let savePath: string | undefined;
let openPath: string | undefined;
let setLanguage: ReturnType<typeof vi.fn<(language: Language) => void>>;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'homeward-ipc-'));
  savePath = undefined;
  openPath = undefined;
  handlers = new Map();
  dialog = {
    showSaveDialog: vi.fn<DialogLike['showSaveDialog']>(async () => (savePath === undefined ? { canceled: true } : { canceled: false, filePath: savePath })),
    showOpenDialog: vi.fn<DialogLike['showOpenDialog']>(async () => (openPath === undefined ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [openPath] })),
  };
  // Real file-system operations, spied on.
  fs = {
    writeFile: vi.fn<FileSystemLike['writeFile']>((p, data) => writeFile(p, data)),
    readFile: vi.fn<FileSystemLike['readFile']>((p) => readFile(p)),
    stat: vi.fn<FileSystemLike['stat']>((p) => stat(p)),
  };
  setLanguage = vi.fn<(language: Language) => void>();
  sender = { printToPDF: vi.fn<IpcSender['printToPDF']>(async () => new TextEncoder().encode('%PDF-1.7 fake')) };
  registerIpcHandlers({
    ipcMain: { handle: (channel, listener) => void handlers.set(channel, listener) },
    dialog,
    fs,
    app: { getName: () => 'Homeward', getVersion: () => '0.1.0' },
    platform: 'linux',
    allowedOrigins: [APP_ORIGIN],
    setLanguage,
  });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Calls a registered handler the way Electron does (a sync throw becomes a rejection). */
async function invoke(channel: string, payload?: unknown, frameUrl: string | null = 'app://homeward/index.html#/cases'): Promise<unknown> {
  const listener = handlers.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return listener({ senderFrame: frameUrl === null ? null : { url: frameUrl }, sender }, payload);
}

function expectNothingDone(): void {
  expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  expect(fs.writeFile).not.toHaveBeenCalled();
  expect(fs.readFile).not.toHaveBeenCalled();
  expect(sender.printToPDF).not.toHaveBeenCalled();
}

const validSave = { suggestedName: 'cases.csv', mimeType: 'text/csv', data: 'name\nAnna Example\n' };
const validPayloads: Record<(typeof INVOKE_CHANNELS)[number], unknown> = {
  [IpcChannel.appInfo]: undefined,
  [IpcChannel.saveFile]: validSave,
  [IpcChannel.openFile]: { filters: [{ name: 'CSV', extensions: ['csv'] }] },
  [IpcChannel.printToPdf]: { suggestedName: 'case.pdf' },
  [IpcChannel.setLanguage]: { language: 'fr' },
};

describe('registerIpcHandlers', () => {
  it('registers a handler for every renderer→main channel and none for the menu channel', () => {
    expect([...handlers.keys()].sort()).toEqual(Object.values(IpcChannel).filter((c) => c !== IpcChannel.menuCommand).sort());
  });

  it('setLanguage passes a supported language to main and refuses any other', async () => {
    await invoke(IpcChannel.setLanguage, { language: 'ar' });
    expect(setLanguage).toHaveBeenCalledWith('ar');
    await expect(invoke(IpcChannel.setLanguage, { language: 'xx' })).rejects.toThrow(/set-language: invalid request \(language:/);
    await expect(invoke(IpcChannel.setLanguage, { language: 'ru' }, 'https://evil.example/')).rejects.toThrow(/refused/);
    expect(setLanguage).toHaveBeenCalledTimes(1);
  });

  describe('sender origin check', () => {
    const foreign = [
      'https://evil.example/',
      'http://localhost:5173/',
      'file:///home/user/index.html',
      'app://other/index.html',
      'app://homeward.evil.example/',
      'app://user@homeward/',
      'about:blank',
      '',
    ];
    for (const channel of INVOKE_CHANNELS) {
      it.each(foreign)(`${channel} refuses a call from %s and does nothing`, async (url) => {
        savePath = path.join(dir, 'out.bin');
        openPath = path.join(dir, 'out.bin');
        await expect(invoke(channel, validPayloads[channel], url)).rejects.toThrow(/refused, the sender is not the Homeward app/);
        expectNothingDone();
      });
      it(`${channel} refuses a call whose frame is gone`, async () => {
        await expect(invoke(channel, validPayloads[channel], null)).rejects.toThrow(/sending frame no longer exists/);
        expectNothingDone();
      });
    }
  });

  describe('payload validation', () => {
    it.each([
      [IpcChannel.saveFile, { ...validSave, suggestedName: '../../.bashrc' }, /suggestedName: must be a plain file name/],
      [IpcChannel.saveFile, { ...validSave, suggestedName: 'C:\\x.csv' }, /suggestedName/],
      [IpcChannel.saveFile, { suggestedName: 'a.csv', mimeType: 'text/csv' }, /data/],
      [IpcChannel.saveFile, { ...validSave, data: 42 }, /data/],
      [IpcChannel.saveFile, { ...validSave, filters: [{ name: 'CSV', extensions: ['c s v'] }] }, /filters\.0\.extensions\.0/],
      [IpcChannel.saveFile, 'not an object', /request/],
      [IpcChannel.openFile, { filters: [] }, /filters/],
      [IpcChannel.openFile, undefined, /request/],
      [IpcChannel.printToPdf, { suggestedName: 'case.txt' }, /suggestedName: must end in \.pdf/],
      [IpcChannel.printToPdf, { suggestedName: 'case.pdf', landscape: 'yes' }, /landscape/],
    ])('%s refuses a malformed payload, naming the field', async (channel, payload, message) => {
      savePath = path.join(dir, 'out.bin');
      await expect(invoke(channel, payload)).rejects.toThrow(message);
      await expect(invoke(channel, payload)).rejects.toThrow(new RegExp(`^${channel}: invalid request`));
      expectNothingDone();
    });

    it('never echoes payload data in its error', async () => {
      const secret = 'Anna Example, born 2001-02-03';
      const error = await invoke(IpcChannel.saveFile, { suggestedName: `${secret}/x.csv`, mimeType: 'text/csv', data: { secret } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).not.toContain('Anna');
      expect((error as Error).message).toMatch(/suggestedName/);
    });
  });

  describe('appInfo', () => {
    it('answers name, version, host and platform', async () => {
      await expect(invoke(IpcChannel.appInfo)).resolves.toEqual({ name: 'Homeward', version: '0.1.0', host: 'electron', platform: 'linux' });
    });
  });

  describe('saveFile', () => {
    it('writes text to the chosen file and returns only its name', async () => {
      savePath = path.join(dir, 'chosen list.csv');
      const result = await invoke(IpcChannel.saveFile, { ...validSave, filters: [{ name: 'CSV', extensions: ['csv'] }] });
      expect(result).toEqual({ saved: true, fileName: 'chosen list.csv' });
      expect(await readFile(savePath, 'utf8')).toBe(validSave.data);
      expect(dialog.showSaveDialog).toHaveBeenCalledWith(sender, { defaultPath: 'cases.csv', filters: [{ name: 'CSV', extensions: ['csv'] }] });
    });

    it('writes bytes exactly', async () => {
      savePath = path.join(dir, 'backup.bin');
      const bytes = new Uint8Array([0, 1, 2, 253, 254, 255]);
      await expect(invoke(IpcChannel.saveFile, { suggestedName: 'backup.bin', mimeType: 'application/octet-stream', data: bytes })).resolves.toEqual({
        saved: true,
        fileName: 'backup.bin',
      });
      expect(new Uint8Array(await readFile(savePath))).toEqual(bytes);
    });

    it('writes nothing when the dialog is cancelled', async () => {
      await expect(invoke(IpcChannel.saveFile, validSave)).resolves.toEqual({ saved: false });
      expect(fs.writeFile).not.toHaveBeenCalled();
    });

    it('reports a write failure without the path', async () => {
      savePath = path.join(dir, 'no-such-folder', 'Anna Example.csv');
      const error = await invoke(IpcChannel.saveFile, validSave).catch((e: unknown) => e);
      expect((error as Error).message).toBe(`${IpcChannel.saveFile}: failed (ENOENT)`);
    });
  });

  describe('openFile', () => {
    it('returns the name and bytes of the chosen file', async () => {
      openPath = path.join(dir, 'intake.csv');
      await writeFile(openPath, 'a,b\n1,2\n');
      const result = (await invoke(IpcChannel.openFile, validPayloads[IpcChannel.openFile])) as { name: string; bytes: Uint8Array };
      expect(result.name).toBe('intake.csv');
      expect(result.bytes).toBeInstanceOf(Uint8Array);
      expect(new TextDecoder().decode(result.bytes)).toBe('a,b\n1,2\n');
      expect(dialog.showOpenDialog).toHaveBeenCalledWith(sender, { filters: [{ name: 'CSV', extensions: ['csv'] }], properties: ['openFile'] });
    });

    it('returns null when cancelled', async () => {
      await expect(invoke(IpcChannel.openFile, validPayloads[IpcChannel.openFile])).resolves.toBeNull();
      expect(fs.readFile).not.toHaveBeenCalled();
    });

    it('refuses a file larger than MAX_FILE_BYTES without reading it', async () => {
      openPath = path.join(dir, 'huge.csv');
      await writeFile(openPath, '');
      fs.stat.mockResolvedValueOnce({ size: MAX_FILE_BYTES + 1, isFile: () => true });
      await expect(invoke(IpcChannel.openFile, validPayloads[IpcChannel.openFile])).rejects.toThrow(/larger than 512 MB/);
      expect(fs.readFile).not.toHaveBeenCalled();
    });

    it('refuses a folder', async () => {
      openPath = dir;
      await expect(invoke(IpcChannel.openFile, validPayloads[IpcChannel.openFile])).rejects.toThrow(/not a file/);
    });
  });

  describe('printToPdf', () => {
    it('prints the sender with backgrounds and saves the PDF where chosen', async () => {
      savePath = path.join(dir, 'case 42.pdf');
      await expect(invoke(IpcChannel.printToPdf, { suggestedName: 'case.pdf', landscape: true })).resolves.toEqual({ saved: true, fileName: 'case 42.pdf' });
      expect(sender.printToPDF).toHaveBeenCalledWith({ printBackground: true, landscape: true, generateTaggedPDF: true });
      expect(await readFile(savePath, 'utf8')).toBe('%PDF-1.7 fake');
      expect(dialog.showSaveDialog).toHaveBeenCalledWith(sender, { defaultPath: 'case.pdf', filters: [{ name: 'PDF document', extensions: ['pdf'] }] });
    });

    it('defaults to portrait', async () => {
      await invoke(IpcChannel.printToPdf, { suggestedName: 'case.pdf' });
      expect(sender.printToPDF).toHaveBeenCalledWith({ printBackground: true, landscape: false, generateTaggedPDF: true });
    });
  });
});
