import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api/menu';

export interface MenuDeps {
  isMac: boolean;
  appName: string;
  send(command: MenuCommand): void;
  showAbout(): void;
  /** Export arrives with the export feature; until then the item is shown disabled. */
  exportEnabled: boolean;
}

/** The native menu: File, Edit (standard roles), View, Help. Labels follow the platform's own. */
export function menuTemplate({ isMac, appName, send, showAbout, exportEnabled }: MenuDeps): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Policy…', accelerator: 'CmdOrCtrl+N', click: () => send('file:new') },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => send('file:open') },
      { type: 'separator' },
      { label: 'Save a Copy As…', accelerator: 'CmdOrCtrl+Shift+S', click: () => send('file:saveCopy') },
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', enabled: exportEnabled, click: () => send('file:export') },
      { type: 'separator' },
      { label: 'Close Policy', accelerator: 'CmdOrCtrl+W', click: () => send('file:close') },
      ...(isMac ? [] : ([{ type: 'separator' }, { role: 'quit' }] as MenuItemConstructorOptions[])),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    // Undo and redo act on the whole project (every edit in every chapter), so the page runs them.
    submenu: [
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => send('edit:undo') },
      { label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', click: () => send('edit:redo') },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: isMac ? [] : [{ label: `About ${appName}`, click: showAbout }],
  };
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [{ label: appName, submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }] }]
    : [];
  return [...appMenu, file, edit, view, help];
}
