import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api/menu';
import type { ShellTexts } from './shellTexts';

export interface MenuDeps {
  isMac: boolean;
  appName: string;
  /** The menu speaks the interface language, not the system's. */
  texts: ShellTexts;
  send(command: MenuCommand): void;
  showAbout(): void;
  exportEnabled: boolean;
}

/**
 * The native menu: File, Edit, View, Help. Standard roles keep their platform behaviour but get
 * labels in the interface language (Electron would otherwise use the system's). "About" opens the
 * app's own dialog on every platform: version, licence and third-party notices.
 */
export function menuTemplate({ isMac, appName, texts: tx, send, showAbout, exportEnabled }: MenuDeps): MenuItemConstructorOptions[] {
  const named = (text: string) => text.replace('{app}', appName);
  const file: MenuItemConstructorOptions = {
    label: tx.file,
    submenu: [
      { label: tx.newPolicy, accelerator: 'CmdOrCtrl+N', click: () => send('file:new') },
      { label: tx.open, accelerator: 'CmdOrCtrl+O', click: () => send('file:open') },
      { type: 'separator' },
      { label: tx.saveCopy, accelerator: 'CmdOrCtrl+Shift+S', click: () => send('file:saveCopy') },
      { label: tx.export, accelerator: 'CmdOrCtrl+E', enabled: exportEnabled, click: () => send('file:export') },
      { type: 'separator' },
      { label: tx.closePolicy, accelerator: 'CmdOrCtrl+W', click: () => send('file:close') },
      ...(isMac ? [] : ([{ type: 'separator' }, { role: 'quit', label: tx.quit }] as MenuItemConstructorOptions[])),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: tx.edit,
    // Undo and redo act on the whole project (every edit in every chapter), so the page runs them.
    submenu: [
      { label: tx.undo, accelerator: 'CmdOrCtrl+Z', click: () => send('edit:undo') },
      { label: tx.redo, accelerator: 'Shift+CmdOrCtrl+Z', click: () => send('edit:redo') },
      { type: 'separator' },
      { role: 'cut', label: tx.cut },
      { role: 'copy', label: tx.copy },
      { role: 'paste', label: tx.paste },
      { role: 'selectAll', label: tx.selectAll },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: tx.view,
    submenu: [
      { role: 'resetZoom', label: tx.resetZoom },
      { role: 'zoomIn', label: tx.zoomIn },
      { role: 'zoomOut', label: tx.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: tx.fullScreen },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: tx.help,
    submenu: isMac ? [] : [{ label: named(tx.about), click: showAbout }],
  };
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            { label: named(tx.about), click: showAbout },
            { type: 'separator' },
            { role: 'hide', label: named(tx.hide) },
            { role: 'hideOthers', label: tx.hideOthers },
            { role: 'unhide', label: tx.showAll },
            { type: 'separator' },
            { role: 'quit', label: tx.quit },
          ],
        },
      ]
    : [];
  return [...appMenu, file, edit, view, help];
}
