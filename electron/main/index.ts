/**
 * Main process entry: the only module that imports 'electron' at runtime.
 * It wires the small, separately tested modules next to it.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, type WebContents } from 'electron';
import { APP_ORIGIN, APP_SCHEME } from '../../shared/ipc';
import { AUTOMATIC_BACKUP_FOLDER, AutomaticBackupStore, QuitBackupGuard, registerBackupHandlers } from './backups';
import { registerIpcHandlers, type DialogLike } from './ipc';
import { buildMenuTemplate } from './menu';
import { mainMessages, setMainLanguage } from './messages';
import { createAppProtocolHandler, registerAppScheme } from './protocol';
import { hardenAllWebContents, hardenSession } from './security';
import { enforceSingleInstance } from './single-instance';
import { guardUnsavedInput } from './unsaved-input-guard';
import { createWindowOptions } from './window-options';

const here = path.dirname(fileURLToPath(import.meta.url)); // out/main
const preloadPath = path.join(here, '../preload/index.cjs');
const rendererRoot = path.join(here, '../renderer');

// Must happen before 'ready': a non-privileged scheme gets an opaque origin
// and no IndexedDB.
registerAppScheme(protocol);
app.enableSandbox();

/**
 * `electron-vite dev` serves the renderer from a local dev server. That origin
 * holds its own, throw-away IndexedDB; `npm start` and the packaged app always
 * load app://homeward, so real cases never change origin. Ignored when packaged.
 */
const devRendererUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const devOrigins: string[] = [];
if (devRendererUrl !== undefined) {
  const url = new URL(devRendererUrl);
  devOrigins.push(url.origin, `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`);
}
const appOrigins = [APP_ORIGIN, ...devOrigins];

let mainWindow: BrowserWindow | null = null;

function createMainWindow(quitGuard: QuitBackupGuard): BrowserWindow {
  const window = new BrowserWindow(createWindowOptions({ preloadPath, isPackaged: app.isPackaged }));
  // The renderer makes its automatic backup before the window goes.
  quitGuard.guard(window);
  guardUnsavedInput(window.webContents, (question) => dialog.showMessageBoxSync(window, question));
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(devRendererUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}

const dialogForSender: DialogLike<WebContents> = {
  showSaveDialog: (sender, options) => {
    const owner = BrowserWindow.fromWebContents(sender);
    return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
  },
  showOpenDialog: (sender, options) => {
    const owner = BrowserWindow.fromWebContents(sender);
    return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
  },
};

/** The application menu, in the language the renderer last chose. */
function installMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        getTargetWindow: () => BrowserWindow.getFocusedWindow() ?? mainWindow,
        isPackaged: app.isPackaged,
        isMac: process.platform === 'darwin',
      }),
    ),
  );
}

async function start(): Promise<void> {
  await app.whenReady();

  protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: rendererRoot, readFile: (filePath) => fs.readFile(filePath) }));
  hardenSession(session.defaultSession, appOrigins);

  registerIpcHandlers<WebContents>({
    ipcMain,
    dialog: dialogForSender,
    fs: {
      writeFile: (filePath, data) => fs.writeFile(filePath, data),
      readFile: (filePath) => fs.readFile(filePath),
      stat: (filePath) => fs.stat(filePath),
    },
    app,
    platform: process.platform,
    allowedOrigins: appOrigins,
    setLanguage: (language) => {
      setMainLanguage(language);
      installMenu();
    },
  });

  const quitGuard = new QuitBackupGuard({ app });
  registerBackupHandlers<WebContents>({
    ipcMain,
    allowedOrigins: appOrigins,
    guard: quitGuard,
    store: new AutomaticBackupStore({
      directory: () => path.join(app.getPath('userData'), AUTOMATIC_BACKUP_FOLDER),
      fs: {
        mkdir: (dir, options) => fs.mkdir(dir, options),
        writeFile: (filePath, data) => fs.writeFile(filePath, data),
        rename: (from, to) => fs.rename(from, to),
        readdir: (dir) => fs.readdir(dir),
        stat: (filePath) => fs.stat(filePath),
        unlink: (filePath) => fs.unlink(filePath),
      },
    }),
  });

  installMenu();

  mainWindow = createMainWindow(quitGuard);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(quitGuard);
  });
}

if (enforceSingleInstance(app, () => mainWindow)) {
  // Before any webContents exists, so every one of them is hardened.
  hardenAllWebContents(app, appOrigins);

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  start().catch((error: unknown) => {
    // Startup errors only: nothing here can hold case data.
    console.error(mainMessages().startupFailed, error);
    app.exit(1);
  });
}
