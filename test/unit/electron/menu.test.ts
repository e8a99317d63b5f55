import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { IpcChannel } from '../../../shared/ipc';
import { buildMenuTemplate, type MenuTargetWindow } from '../../../electron/main/menu';
import { mainMessages } from '../../../electron/main/messages';

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const sub = item?.submenu;
  if (!Array.isArray(sub)) throw new Error('expected a submenu array');
  return sub;
}
const roles = (items: MenuItemConstructorOptions[]): string[] => items.flatMap((item) => (item.role === undefined ? [] : [item.role]));

function setup(isPackaged = true, isMac = false) {
  const send = vi.fn<MenuTargetWindow['webContents']['send']>();
  let target: MenuTargetWindow | null = { webContents: { send } };
  const template = buildMenuTemplate({ getTargetWindow: () => target, isPackaged, isMac });
  const byLabel = (label: string) => template.find((item) => item.label === label);
  const click = (item: MenuItemConstructorOptions | undefined) => {
    // Electron passes (menuItem, window, keyboardEvent); the handlers ignore them.
    (item?.click as (() => void) | undefined)?.();
  };
  return { send, template, byLabel, click, clearTarget: () => (target = null) };
}

describe('buildMenuTemplate', () => {
  it('has File, Edit and View menus labelled from the catalogue', () => {
    const { template } = setup();
    expect(template.map((item) => item.label)).toEqual([mainMessages().menu.file, mainMessages().menu.edit, mainMessages().menu.view]);
  });

  it('File holds New case (Ctrl/Cmd+N), Export list…, a separator and Quit', () => {
    const file = submenu(setup().byLabel('File'));
    expect(file.map((item) => item.label ?? item.role ?? item.type)).toEqual(['New case', 'Export list…', 'separator', 'quit']);
    expect(file[0]?.accelerator).toBe('CmdOrCtrl+N');
  });

  it('clicking New case sends "new-case" to the window on the menu channel', () => {
    const { byLabel, click, send } = setup();
    click(submenu(byLabel('File')).find((item) => item.label === 'New case'));
    expect(send).toHaveBeenCalledExactlyOnceWith(IpcChannel.menuCommand, 'new-case');
  });

  it('clicking Export list… sends "export-list"', () => {
    const { byLabel, click, send } = setup();
    click(submenu(byLabel('File')).find((item) => item.label === 'Export list…'));
    expect(send).toHaveBeenCalledExactlyOnceWith(IpcChannel.menuCommand, 'export-list');
  });

  it('does nothing when there is no window', () => {
    const { byLabel, click, send, clearTarget } = setup();
    clearTarget();
    expect(() => click(submenu(byLabel('File'))[0])).not.toThrow();
    expect(send).not.toHaveBeenCalled();
  });

  it('Edit has the standard editing roles', () => {
    expect(roles(submenu(setup().byLabel('Edit')))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('View has zoom and full screen; reload and DevTools only when not packaged', () => {
    expect(roles(submenu(setup(true).byLabel('View')))).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(roles(submenu(setup(false).byLabel('View')))).toEqual(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('packaged, no item anywhere opens DevTools, by role or by a DevTools shortcut (F12, Ctrl+Shift+I, Alt+Cmd+I)', () => {
    const all = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] => items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? all(item.submenu) : [])]);
    for (const isMac of [false, true]) {
      const items = all(setup(true, isMac).template);
      expect(items.filter((item) => item.role === 'toggleDevTools' || item.role === 'viewMenu')).toEqual([]);
      expect(items.map((item) => String(item.accelerator ?? '')).filter((key) => /^(F12|(CmdOrCtrl|Ctrl|Cmd|Command)\+(Shift|Alt|Option)\+I|(Alt|Option)\+(CmdOrCtrl|Cmd|Command)\+I)$/i.test(key))).toEqual([]);
    }
    // Unpackaged, the same check finds the item: it is not vacuous.
    expect(all(setup(false).template).filter((item) => item.role === 'toggleDevTools')).toHaveLength(1);
  });

  it('on macOS starts with the app menu, which holds Quit', () => {
    const { template } = setup(true, true);
    expect(template[0]?.role).toBe('appMenu');
    expect(roles(submenu(template[1]))).toEqual(['close']);
  });
});
