/**
 * The application menu. Commands that concern the renderer (New case,
 * Export list) are sent to it as MenuCommand values on IpcChannel.menuCommand;
 * everything else uses Electron's standard roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { IpcChannel, type MenuCommand } from '../../shared/ipc';
import { mainMessages } from './messages';

export interface MenuTargetWindow {
  webContents: { send(channel: string, command: MenuCommand): void };
}

export interface MenuTemplateOptions {
  /** The window a command goes to: the focused one, else the main window; null when none. */
  getTargetWindow: () => MenuTargetWindow | null;
  /** app.isPackaged: developer tools are left out of packaged builds. */
  isPackaged: boolean;
  /** process.platform === 'darwin': the app menu holds Quit there. */
  isMac: boolean;
}

export function sendMenuCommand(getTargetWindow: () => MenuTargetWindow | null, command: MenuCommand): void {
  getTargetWindow()?.webContents.send(IpcChannel.menuCommand, command);
}

export function buildMenuTemplate({ getTargetWindow, isPackaged, isMac }: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const m = mainMessages().menu;
  const file: MenuItemConstructorOptions = {
    label: m.file,
    submenu: [
      { id: 'new-case', label: m.newCase, accelerator: 'CmdOrCtrl+N', click: () => sendMenuCommand(getTargetWindow, 'new-case') },
      { id: 'export-list', label: m.exportList, click: () => sendMenuCommand(getTargetWindow, 'export-list') },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: m.edit,
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: m.view,
    submenu: [
      ...(isPackaged ? [] : ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] satisfies MenuItemConstructorOptions[])),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  return isMac ? [{ role: 'appMenu' }, file, edit, view] : [file, edit, view];
}
