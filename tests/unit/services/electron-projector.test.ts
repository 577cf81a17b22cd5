import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { projectorRouteEngagement, type RendererLocation } from '../../../electron/security.js';
import { projectorPlacement } from '../../../electron/windows.js';
import type { FakeBrowserWindow } from '../../support/fake-electron.js';

// main.ts against the fake `electron` (as in electron-main.test.ts): the
// renderer's window.open of the projector route becomes a second, hardened
// window that main builds itself; every other window.open is still refused.
const fake = await vi.hoisted(() => import('../../support/fake-electron.js'));
vi.mock('electron', () => fake.electronModule);
const { app, FakeBrowserWindow: BrowserWindow, screen } = fake;

const INDEX = join(tmpdir(), 'forlob-app', 'renderer', 'index.html');
const FILE: RendererLocation = { kind: 'file', indexFile: INDEX };
const DEV: RendererLocation = { kind: 'dev', url: 'http://localhost:5173/' };
const indexUrl = pathToFileURL(INDEX).href;

describe('projectorRouteEngagement: only our own projector route opens a window', () => {
  it.each([
    [FILE, `${indexUrl}#/projektor/abc-123`, 'abc-123'],
    [DEV, 'http://localhost:5173/projektor/abc-123', 'abc-123'],
    [DEV, 'http://localhost:5173/#/projektor/abc-123', 'abc-123'],
    [FILE, `${indexUrl}#/forloeb/abc-123`, null],
    [FILE, `${indexUrl}#/projektor/abc-123/mere`, null],
    [FILE, `${indexUrl}#/projektor/..%2F..`, null],
    [FILE, `${indexUrl}#/projektor/ABC`, null],
    [FILE, `${indexUrl}?x=1#/projektor/abc`, null],
    [FILE, 'https://evil.example/#/projektor/abc', null],
    [FILE, pathToFileURL(join(tmpdir(), 'other.html')).href + '#/projektor/abc', null],
    [DEV, 'http://localhost:5174/projektor/abc', null],
    [FILE, 'not a url', null],
  ])('%o %s → %s', (location, url, expected) => {
    expect(projectorRouteEngagement(location, url)).toBe(expected);
  });
});

describe('projectorPlacement', () => {
  const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } };
  const projector = { id: 7, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } };

  it('goes fullscreen on a display other than the primary one', () => {
    expect(projectorPlacement([laptop, projector], 1)).toEqual({
      bounds: projector.bounds,
      fullscreen: true,
    });
    expect(projectorPlacement([projector, laptop], 1)).toEqual({
      bounds: projector.bounds,
      fullscreen: true,
    });
  });

  it('is a normal window when the laptop is the only screen', () => {
    expect(projectorPlacement([laptop], 1)).toEqual({ fullscreen: false });
  });
});

describe('main.ts opens the projector window', () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'forlob-projector-'));
    fake.resetFakeElectron({ userData: join(root, 'userData') });
    vi.stubEnv('FORLOB_DATA_DIR', join(root, 'data'));
    vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
    vi.resetModules();
    await import('../../../electron/main.js');
    app.becomeReady();
    await new Promise((resolve) => setImmediate(resolve));
  });

  afterEach(async () => {
    app.emit('will-quit', { preventDefault: vi.fn() });
    vi.unstubAllEnvs();
    await rm(root, { recursive: true, force: true });
  });

  function consoleWindow(): FakeBrowserWindow {
    const [window] = BrowserWindow.created;
    if (!window) throw new Error('no console window');
    return window;
  }

  /** What the renderer's window.open(url) reaches in main: the console's window-open handler. */
  function windowOpen(url: string): unknown {
    const [handler] = consoleWindow().webContents.setWindowOpenHandler.mock.calls[0] ?? [];
    if (!handler) throw new Error('no window-open handler');
    return handler({ url });
  }

  const consoleFile = () => String(consoleWindow().loadFile.mock.calls[0]?.[0]);

  it('builds a hardened second window at the projector route, fullscreen on the external display', () => {
    screen.displays = [
      { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } },
      { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } },
    ];
    expect(windowOpen(`${pathToFileURL(consoleFile()).href}#/projektor/abc`)).toEqual({ action: 'deny' });

    expect(BrowserWindow.created).toHaveLength(2);
    const projector = BrowserWindow.created[1]!;
    expect(projector.options).toMatchObject({ x: 1440, y: 0, width: 1920, height: 1080, fullscreen: true });
    expect(projector.options.webPreferences).toEqual(consoleWindow().options.webPreferences);
    expect(projector.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(projector.loadFile).toHaveBeenCalledWith(consoleFile(), { hash: '/projektor/abc' });
    // The projector's own WebContents is hardened too.
    expect(projector.webContents.setWindowOpenHandler).toHaveBeenCalledOnce();

    // A second request reuses the window, pointed at the room asked for.
    windowOpen(`${pathToFileURL(consoleFile()).href}#/projektor/def`);
    expect(BrowserWindow.created).toHaveLength(2);
    expect(projector.loadFile).toHaveBeenLastCalledWith(consoleFile(), { hash: '/projektor/def' });
    expect(projector.focus).toHaveBeenCalled();
  });

  it('is a normal window with one display, and anything but the projector route opens nothing', () => {
    expect(windowOpen(`${pathToFileURL(consoleFile()).href}#/forloeb/abc`)).toEqual({ action: 'deny' });
    expect(windowOpen('http://evil.example/#/projektor/abc')).toEqual({ action: 'deny' });
    expect(BrowserWindow.created).toHaveLength(1);

    windowOpen(`${pathToFileURL(consoleFile()).href}#/projektor/abc`);
    expect(BrowserWindow.created).toHaveLength(2);
    expect(BrowserWindow.created[1]!.options).toMatchObject({ width: 1280, height: 720, fullscreen: false });
  });
});
