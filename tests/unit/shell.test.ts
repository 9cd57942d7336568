import { describe, expect, it, vi, beforeEach } from 'vitest';

// A stand-in for the electron module: records what the shell asks of it.
const electron = vi.hoisted(() => {
  const created: { options: Record<string, unknown>; window: FakeWindow }[] = [];
  class FakeContents {
    handlers = new Map<string, (...args: unknown[]) => void>();
    windowOpenHandler: ((details: unknown) => unknown) | null = null;
    on(event: string, handler: (...args: unknown[]) => void) {
      this.handlers.set(event, handler);
      return this;
    }
    setWindowOpenHandler(handler: (details: unknown) => unknown) {
      this.windowOpenHandler = handler;
    }
  }
  class FakeWindow {
    webContents = new FakeContents();
    maximized = false;
    constructor(options: Record<string, unknown>) {
      created.push({ options, window: this });
    }
    maximize() {
      this.maximized = true;
    }
    once() {}
  }
  return { created, FakeWindow };
});
vi.mock('electron', () => ({ BrowserWindow: electron.FakeWindow }));

import { APP_ORIGIN, resolveAppFile } from '../../main/shell/appProtocol';
import { isTrustedSender, registerIpc } from '../../main/shell/ipc';
import { menuTemplate } from '../../main/shell/menu';
import { SHELL_TEXTS } from '../../main/shell/shellTexts';
import { createMainWindow, lockDownSession, restoredBounds } from '../../main/shell/window';
import { CALL_NAMES } from '../../shared/api/callNames';
import type { Handlers } from '../../shared/api/contract';

type Listener = (...args: unknown[]) => unknown;

beforeEach(() => {
  electron.created.length = 0;
});

describe('the window factory', () => {
  it('creates windows with isolation and sandbox on, Node off, web security on', () => {
    createMainWindow({ preloadPath: '/app/preload.cjs', appOrigin: APP_ORIGIN, workAreas: [] }, null);
    const prefs = electron.created[0]!.options.webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('denies new windows and blocks navigation away from the app', () => {
    const window = createMainWindow({ preloadPath: 'p', appOrigin: APP_ORIGIN, workAreas: [] }, null) as unknown as InstanceType<typeof electron.FakeWindow>;
    const contents = window.webContents;
    expect(contents.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const navigate = contents.handlers.get('will-navigate')!;
    const foreign = { preventDefault: vi.fn() };
    navigate(foreign, 'https://example.com/phish');
    expect(foreign.preventDefault).toHaveBeenCalled();
    const own = { preventDefault: vi.fn() };
    navigate(own, `${APP_ORIGIN}/index.html#/project/x`);
    expect(own.preventDefault).not.toHaveBeenCalled();
    const redirect = { preventDefault: vi.fn() };
    contents.handlers.get('will-redirect')!(redirect, 'file:///etc/passwd');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    contents.handlers.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('restores a remembered window only where it is still on a display', () => {
    const state = { x: 100, y: 80, width: 1400, height: 900, maximized: false };
    const display = { x: 0, y: 0, width: 1920, height: 1080 };
    expect(restoredBounds(state, [display])).toEqual({ x: 100, y: 80, width: 1400, height: 900 });
    expect(restoredBounds({ ...state, x: 3000 }, [display])).toEqual({ width: 1400, height: 900 });
    createMainWindow({ preloadPath: 'p', appOrigin: APP_ORIGIN, workAreas: [display] }, { ...state, maximized: true });
    expect(electron.created[0]!.window.maximized).toBe(true);
  });

  it('denies every permission request and check', () => {
    let request: Listener = () => undefined;
    let check: Listener = () => undefined;
    lockDownSession({
      setPermissionRequestHandler: (h: Listener) => (request = h),
      setPermissionCheckHandler: (h: Listener) => (check = h),
    } as never);
    const callback = vi.fn();
    request({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(check({}, 'notifications')).toBe(false);
  });
});

describe('IPC registration', () => {
  const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

  function register() {
    const registered = new Map<string, Listener>();
    const list = vi.fn(async () => ({ ok: true as const, value: [] }));
    const rename = vi.fn();
    registerIpc({ handle: (name: string, listener: Listener) => registered.set(name, listener) } as never, { 'library:list': list, 'project:rename': rename } as unknown as Handlers, APP_ORIGIN);
    return { registered, list, rename };
  }

  it('registers one handler per declared call and nothing else', () => {
    expect([...register().registered.keys()].sort()).toEqual([...CALL_NAMES].sort());
  });

  it('answers the app page', async () => {
    const { registered, list } = register();
    expect(await registered.get('library:list')!(frame(`${APP_ORIGIN}/index.html`), {})).toEqual({ ok: true, value: [] });
    expect(list).toHaveBeenCalledOnce();
  });

  it('refuses senders that are not the app page: other origins and sub-frames', async () => {
    const { registered, list } = register();
    for (const event of [frame('https://evil.example/'), frame(`${APP_ORIGIN}/index.html`, { url: 'x' }), { senderFrame: null }, frame('not a url')]) {
      expect(await registered.get('library:list')!(event, {})).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    }
    expect(list).not.toHaveBeenCalled();
    expect(isTrustedSender(frame('app://other/index.html') as never, APP_ORIGIN)).toBe(false);
  });

  it('validates input before the handler runs', async () => {
    const { registered, rename } = register();
    const result = await registered.get('project:rename')!(frame(`${APP_ORIGIN}/index.html`), { id: 'x', title: 42 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(rename).not.toHaveBeenCalled();
  });
});

describe('the app:// protocol', () => {
  it('serves files inside the renderer folder only', () => {
    expect(resolveAppFile('/app/renderer', `${APP_ORIGIN}/index.html`)).toBe('/app/renderer/index.html');
    expect(resolveAppFile('/app/renderer', `${APP_ORIGIN}/`)).toBe('/app/renderer/index.html');
    expect(resolveAppFile('/app/renderer', `${APP_ORIGIN}/assets/a.js`)).toBe('/app/renderer/assets/a.js');
    expect(resolveAppFile('/app/renderer', `${APP_ORIGIN}/..%2F..%2Fmain%2Findex.js`)).toBeNull();
    expect(resolveAppFile('/app/renderer', 'app://elsewhere/index.html')).toBeNull();
  });
});

describe('the native menu', () => {
  it('has File (New, Open, Save a copy, Export, Close, Quit), Edit with standard roles, View and Help', () => {
    const send = vi.fn();
    const menu = menuTemplate({ isMac: false, appName: 'Commercial Policy Builder', texts: SHELL_TEXTS.en, send, showAbout: vi.fn(), exportEnabled: false });
    expect(menu.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(menu[3]!.role).toBe('help');
    const file = menu[0]!.submenu as { label?: string; role?: string; enabled?: boolean; click?: () => void }[];
    expect(file.filter((i) => i.label || i.role).map((i) => i.label)).toEqual(['New Policy…', 'Open…', 'Save a Copy As…', 'Export…', 'Close Policy', 'Quit']);
    expect(file.at(-1)!.role).toBe('quit');
    expect(file.find((i) => i.label === 'Export…')!.enabled).toBe(false);
    file.find((i) => i.label === 'Open…')!.click!();
    expect(send).toHaveBeenCalledWith('file:open');
    const edit = menu[1]!.submenu as { label?: string; role?: string; click?: () => void }[];
    expect(edit.map((i) => i.role ?? i.label).filter(Boolean)).toEqual(['Undo', 'Redo', 'cut', 'copy', 'paste', 'selectAll']);
    edit[0]!.click!();
    expect(send).toHaveBeenLastCalledWith('edit:undo');
  });

  it('speaks the interface language, standard items included', () => {
    const menu = menuTemplate({ isMac: true, appName: 'Commercial Policy Builder', texts: SHELL_TEXTS.hu, send: vi.fn(), showAbout: vi.fn(), exportEnabled: true });
    type Item = { label?: string; type?: string; submenu?: Item[] };
    const labels = (items: Item[]): string[] => items.flatMap((i) => [...(i.label ? [i.label] : []), ...labels(i.submenu ?? [])]);
    const all = labels(menu as Item[]);
    expect(all).toEqual(expect.arrayContaining(['&Fájl', 'Exportálás…', 'Kivágás', 'Beillesztés', 'Kilépés', 'A(z) Commercial Policy Builder névjegye']));
    // Every item but separators has a label: none is left to Electron's system-language default.
    const unlabelled = (items: Item[]): Item[] => items.flatMap((i) => [...(i.type !== 'separator' && !i.label ? [i] : []), ...unlabelled(i.submenu ?? [])]);
    expect(unlabelled(menu as Item[])).toEqual([]);
  });
});
