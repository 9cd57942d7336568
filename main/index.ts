import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, type BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session, shell as electronShell } from 'electron';
import { MENU_CHANNEL, type MenuCommand } from '../shared/api/menu';
import { originOf } from './shell/origin';
import { createHandlers, type FileKind, type ShellPort } from './api/handlers';
import { composeServices } from './services/compose';
import { workerRenderer } from './services/export/renderer';
import { findResourceRoot, libraryDirFrom } from './services/paths';
import { PROJECT_EXTENSION } from './services/projectStore';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME_PRIVILEGES, registerAppProtocol } from './shell/appProtocol';
import { registerIpc } from './shell/ipc';
import { menuTemplate } from './shell/menu';
import { SHELL_TEXTS } from './shell/shellTexts';
import type { Language } from '../shared/project/primitives';
import { resolveUiLanguage } from '../shared/settings';
import { createMainWindow, lockDownSession, windowStateOf } from './shell/window';

// The composition root of the desktop app: everything here is wiring; the work is in services/.

/** The project files among command-line arguments (flags and the app's own path are skipped). */
const projectFilesIn = (args: string[]) => args.filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(PROJECT_EXTENSION));

const here = fileURLToPath(new URL('.', import.meta.url));
// electron-vite dev serves the renderer itself; the packaged and previewed app serves app://.
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const appOrigin = (devServerUrl && originOf(devServerUrl)) || APP_ORIGIN;

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let windowStateWrite: Promise<unknown> = Promise.resolve();

  let uiLanguage: Language = 'en';
  // Project files the system asked us to open: from the command line (Windows, Linux: a
  // double-click starts the app with the file), a second launch, or macOS's open-file event.
  const openRequests: string[] = projectFilesIn(process.argv.slice(1));
  const requestOpen = (paths: string[]) => {
    if (paths.length === 0) return;
    openRequests.push(...paths);
    sendToWindow('file:openRequested');
  };
  app.on('open-file', (event, path) => {
    event.preventDefault();
    requestOpen([path]);
  });
  const extensions: Record<FileKind, string[]> = { project: [PROJECT_EXTENSION.slice(1)], csv: ['csv'], xlsx: ['xlsx'], table: ['csv', 'xlsx'], pdf: ['pdf'], docx: ['docx'] };
  const filters = (kind: FileKind): Electron.FileFilter[] => [{ name: SHELL_TEXTS[uiLanguage].fileTypes[kind], extensions: extensions[kind] }];
  const setMenu = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate({
          isMac: process.platform === 'darwin',
          appName: app.getName(),
          texts: SHELL_TEXTS[uiLanguage],
          send: sendToWindow,
          showAbout: () => sendToWindow('help:about'),
          exportEnabled: true,
        }),
      ),
    );
  const shell: ShellPort = {
    transport: 'ipc',
    appVersion: app.getVersion(),
    systemLanguage: app.getLocale(),
    takeOpenRequests: () => openRequests.splice(0),
    noticesDir: app.isPackaged ? process.resourcesPath : join(findResourceRoot(), 'build'),
    uiLanguageChanged(language) {
      uiLanguage = language;
      setMenu();
    },
    async chooseFileToOpen(kind) {
      const options = { properties: ['openFile' as const], filters: filters(kind) };
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async reveal(path, how) {
      if (how === 'showInFolder') electronShell.showItemInFolder(path);
      else await electronShell.openPath(path);
    },
    async chooseFileToSave(suggestedName, kind) {
      const options = { defaultPath: suggestedName, filters: filters(kind) };
      const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
  };

  const dataDir = app.getPath('userData');
  const services = composeServices(
    { dataDir, libraryDir: libraryDirFrom(dataDir), templatesDir: join(findResourceRoot(), 'templates') },
    shell,
    undefined,
    // Documents are laid out in a worker thread (built beside this file), never on the main thread.
    workerRenderer(join(here, 'exportWorker.js')),
  );
  const sendToWindow = (command: MenuCommand) => mainWindow?.webContents.send(MENU_CHANNEL, command);

  app.on('second-instance', (_event, argv) => {
    requestOpen(projectFilesIn(argv.slice(1)));
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  app.whenReady().then(async () => {
    lockDownSession(session.defaultSession);
    registerAppProtocol(protocol, net, join(here, '../renderer'));
    registerIpc(ipcMain, createHandlers(services), appOrigin);
    const settings = await services.settings.get();
    shell.uiLanguageChanged(resolveUiLanguage(settings.uiLanguage, app.getLocale()));
    mainWindow = createMainWindow(
      {
        preloadPath: join(here, '../preload/index.cjs'),
        appOrigin,
        workAreas: screen.getAllDisplays().map((d) => d.workArea),
      },
      settings.window,
    );
    const window = mainWindow;
    // 'close' comes before the page's beforeunload (which may hold the close until pending edits
    // are saved), so it only records the window state; the app quits once that is written.
    window.on('close', () => {
      windowStateWrite = services.settings.update({ window: windowStateOf(window) });
    });
    window.on('closed', () => (mainWindow = null));
    await window.loadURL(devServerUrl ?? APP_ENTRY_URL);
  });

  app.on('window-all-closed', () => void windowStateWrite.finally(() => app.quit()));
  // Whatever way the app ends, the projects it had open are free for another app to edit.
  app.on('will-quit', () => services.store.releaseAllNow());
  process.on('exit', () => services.store.releaseAllNow());
}
