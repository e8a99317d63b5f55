/**
 * The host bridge in a plain browser (`npm run web`, browser tests):
 * downloads for saving, a file input for opening, the print dialog for PDF.
 */
import type { HostBridge, OpenFileRequest, OpenedFile, SaveFileRequest } from '../../../shared/bridge';
import packageJson from '../../../package.json';

function download(request: SaveFileRequest): void {
  const blob = new Blob([request.data as BlobPart], { type: request.mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started once click() returns; free the blob on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function pickFile(request: OpenFileRequest): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = request.filters.flatMap((f) => f.extensions.map((ext) => `.${ext}`)).join(',');
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      file
        .arrayBuffer()
        .then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }))
        .catch(reject);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

export function createBrowserBridge(): HostBridge {
  return {
    appInfo: async () => ({ name: 'Homeward', version: packageJson.version, host: 'browser', platform: navigator.platform }),
    saveFile: async (request) => {
      download(request);
      return { saved: true, fileName: request.suggestedName };
    },
    openFile: pickFile,
    printToPdf: async () => {
      // The browser's print dialog lets the user choose "Save as PDF"; whether they did is not knowable here.
      window.print();
      return { saved: false };
    },
    onMenuCommand: () => () => undefined,
    // A browser has no application menu to translate.
    setLanguage: async () => undefined,
    // A browser has no user-data folder, and a tab closes without waiting for anyone.
    backups: {
      writeAutomatic: async () => ({ written: false, reason: 'unsupported' }),
      listAutomatic: async () => [],
      onQuitRequest: () => () => undefined,
    },
  };
}
