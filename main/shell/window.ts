import { BrowserWindow, type Rectangle, type Session, type WebContents } from 'electron';
import { originOf } from './origin';
import type { WindowState } from '../../shared/settings';

export interface WindowFactoryDeps {
  preloadPath: string;
  /** The origin the window may show; everything else is refused. */
  appOrigin: string;
  /** Visible areas of the connected displays, to drop a remembered position that is now off-screen. */
  workAreas: Rectangle[];
}

const DEFAULT_SIZE = { width: 1280, height: 820 };

/** A remembered window is restored only where it is still visible on some display. */
export function restoredBounds(state: WindowState | null, workAreas: Rectangle[]): Partial<Rectangle> {
  if (!state) return DEFAULT_SIZE;
  const visible = workAreas.some(
    (a) => state.x < a.x + a.width - 50 && state.x + state.width > a.x + 50 && state.y >= a.y - 10 && state.y < a.y + a.height - 50,
  );
  return visible ? { x: state.x, y: state.y, width: state.width, height: state.height } : { width: state.width, height: state.height };
}

/** Denies every permission request (camera, notifications, …): the app needs none. */
export function lockDownSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** No new windows, no navigation away from the app, no webviews. */
export function guardNavigation(contents: Pick<WebContents, 'setWindowOpenHandler' | 'on'>, appOrigin: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const blockForeign = (event: { preventDefault(): void }, url: string) => {
    if (originOf(url) !== appOrigin) event.preventDefault();
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * The app's window. The web preferences are spelled out here, in the constructor call, so that
 * the security scan (Electronegativity) and the unit tests both see exactly what is used.
 */
export function createMainWindow(deps: WindowFactoryDeps, state: WindowState | null): BrowserWindow {
  const window = new BrowserWindow({
    ...restoredBounds(state, deps.workAreas),
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Commercial Policy Builder',
    backgroundColor: '#f8f9fa',
    webPreferences: {
      // Reviewed: the preload exposes one function per declared API call, never ipcRenderer itself.
      preload: deps.preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      // Middle-click would open links in new windows; the app has no use for it.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state?.maximized) window.maximize();
  guardNavigation(window.webContents, deps.appOrigin);
  window.once('ready-to-show', () => window.show());
  return window;
}

export function windowStateOf(window: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized'>): WindowState {
  const b = window.getNormalBounds();
  return { x: b.x, y: b.y, width: Math.max(400, b.width), height: Math.max(300, b.height), maximized: window.isMaximized() };
}
