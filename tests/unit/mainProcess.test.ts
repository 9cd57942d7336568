import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CALL_NAMES } from '../../shared/api/callNames';
import { REPO_ROOT } from '../support/paths';

// The desktop app cannot start on machines without Electron's binary, so this starts the built
// main bundle (out/main/index.js) against a stand-in for the electron module and checks what
// it wires up: the whole composition root runs, with every import resolved as in the package.

const dataDir = await mkdtemp(join(tmpdir(), 'cpb-main-'));
const fake = vi.hoisted(() => {
  const state = {
    handled: [] as string[],
    handlers: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
    appEvents: new Map<string, (...args: unknown[]) => void>(),
    sent: [] as unknown[][],
    windows: [] as { options: Record<string, unknown>; loaded: string[] }[],
    schemes: [] as unknown[],
    protocolHandlers: [] as string[],
    menu: null as unknown,
    permissionHandlerSet: false,
  };
  class BrowserWindow {
    webContents = { on: () => undefined, setWindowOpenHandler: () => undefined, send: (...args: unknown[]) => state.sent.push(args) };
    loaded: string[] = [];
    constructor(public options: Record<string, unknown>) {
      state.windows.push(this);
    }
    once() {}
    on() {}
    maximize() {}
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
    async loadURL(url: string) {
      this.loaded.push(url);
    }
  }
  return { state, BrowserWindow };
});

vi.mock('electron', () => ({
  app: {
    isPackaged: false,
    requestSingleInstanceLock: () => true,
    quit: vi.fn(),
    on: (event: string, listener: (...args: unknown[]) => void) => fake.state.appEvents.set(event, listener),
    getPath: () => process.env.CPB_TEST_DATA_DIR,
    getVersion: () => '0.1.0',
    getLocale: () => 'en-US',
    getName: () => 'Commercial Policy Builder',
    whenReady: () => Promise.resolve(),
    showAboutPanel: vi.fn(),
  },
  BrowserWindow: fake.BrowserWindow,
  dialog: {},
  shell: { showItemInFolder: vi.fn(), openPath: vi.fn() },
  ipcMain: {
    handle: (name: string, handler: (event: unknown, input: unknown) => Promise<unknown>) => {
      fake.state.handled.push(name);
      fake.state.handlers.set(name, handler);
    },
  },
  Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => (fake.state.menu = m) },
  net: { fetch: vi.fn() },
  protocol: {
    registerSchemesAsPrivileged: (s: unknown[]) => fake.state.schemes.push(...s),
    handle: (scheme: string) => fake.state.protocolHandlers.push(scheme),
  },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  session: {
    defaultSession: {
      setPermissionRequestHandler: () => (fake.state.permissionHandlerSet = true),
      setPermissionCheckHandler: () => undefined,
    },
  },
}));

afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('the built main process', () => {
  it('starts: registers app://, one IPC handler per call, the menu, and opens the app page in a secure window', async () => {
    const bundle = join(REPO_ROOT, 'out', 'main', 'index.js');
    expect(existsSync(bundle), 'run `npm run build` first').toBe(true);
    process.env.CPB_TEST_DATA_DIR = dataDir;
    await import(/* @vite-ignore */ bundle);
    await vi.waitFor(() => expect(fake.state.windows[0]?.loaded).toEqual(['app://bundle/index.html']));
    expect(fake.state.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(fake.state.protocolHandlers).toEqual(['app']);
    expect([...fake.state.handled].sort()).toEqual([...CALL_NAMES].sort());
    expect(fake.state.permissionHandlerSet).toBe(true);
    expect(fake.state.menu).toBeTruthy();
    const prefs = fake.state.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(String(prefs.preload)).toMatch(/out[/\\]preload[/\\]index\.cjs$/);
    expect(existsSync(String(prefs.preload))).toBe(true);
  });

  it('hands project files the system asks it to open (a second launch, macOS open-file) to the page', async () => {
    const call = (name: string) => fake.state.handlers.get(name)!({ senderFrame: { url: 'app://bundle/index.html', parent: null } }, {});
    fake.state.appEvents.get('second-instance')!({}, ['/opt/cpb/commercial-policy-builder', '--no-sandbox', '/home/eva/Duna 2027.cpolicy'], '/home/eva');
    fake.state.appEvents.get('open-file')!({ preventDefault: () => undefined }, '/Users/eva/Alpha.cpolicy');
    expect(fake.state.sent.filter(([, command]) => command === 'file:openRequested')).toHaveLength(2);
    expect(await call('app:takeOpenRequests')).toEqual({ ok: true, value: { paths: ['/home/eva/Duna 2027.cpolicy', '/Users/eva/Alpha.cpolicy'] } });
    // Taken once: the next call is empty.
    expect(await call('app:takeOpenRequests')).toEqual({ ok: true, value: { paths: [] } });
  });

  it('shows its version, licence and the third-party notices, the font licence among them', async () => {
    const about = (await fake.state.handlers.get('app:about')!({ senderFrame: { url: 'app://bundle/index.html', parent: null } }, {})) as { ok: boolean; value: { version: string; licence: string; notices: string } };
    expect(about.value.version).toBe('0.1.0');
    expect(about.value.licence).toMatch(/Commercial Policy Builder/);
    expect(about.value.notices).toMatch(/@expo-google-fonts\/source-serif-4@[\d.]+/);
    expect(about.value.notices).toMatch(/SIL Open Font License/);
  });
});
