import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_METHODS, IPC_CHANNEL_PREFIX, type ApiArg } from '../../../shared/api.js';
import { FILES_CHANNELS } from '../../../shared/bridge.js';
import { ApiEnvelope } from '../../../shared/bridge.js';
import { Engagement } from '../../../shared/domain/engagement.js';
import { UNTRUSTED_SENDER_MESSAGE } from '../../../electron/ipc.js';
import { eventually } from '../../support/eventually.js';
import type {
  FakeBrowserWindow,
  FakeIpcEvent,
  IpcHandler,
  MenuTemplateItem,
} from '../../support/fake-electron.js';

// main.ts runs against a fake `electron`: no binary, every call recorded.
// The fake is imported once here (hoisted above vi.mock) so the test and every
// fresh import of main share it, whatever vi.resetModules() does.
const fake = await vi.hoisted(() => import('../../support/fake-electron.js'));
vi.mock('electron', () => fake.electronModule);

const { app, FakeBrowserWindow: BrowserWindow, FakeWebContents, ipcMain, Menu, session, deferred } = fake;

const CREATE_ARG = {
  templateId: 'nfa-grundmodel',
  client: { organisation: 'Testby Kommune', unit: 'Rengøring', sector: 'kommune' },
} satisfies ApiArg<'engagements.create'>;

let root: string;
let dataDir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'forlob-main-'));
  dataDir = join(root, 'data');
  fake.resetFakeElectron({ userData: join(root, 'userData') });
  vi.stubEnv('FORLOB_DATA_DIR', dataDir);
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
});

afterEach(async () => {
  await quit();
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await rm(root, { recursive: true, force: true });
});

/** A fresh main.ts, evaluated against the fake as if Electron had just launched it. */
async function launchMain(): Promise<void> {
  vi.resetModules();
  await import('../../../electron/main.js');
}

/** Lets queued promise callbacks (main's whenReady().then, the store's writes) run. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function launchReady(): Promise<FakeBrowserWindow> {
  await launchMain();
  app.becomeReady();
  await settle();
  return onlyWindow();
}

function onlyWindow(): FakeBrowserWindow {
  expect(BrowserWindow.created).toHaveLength(1);
  const [window] = BrowserWindow.created;
  if (!window) throw new Error('no window');
  return window;
}

function loadedFile(window: FakeBrowserWindow): string {
  expect(window.loadFile).toHaveBeenCalledOnce();
  const [path] = window.loadFile.mock.calls[0] ?? [];
  if (path === undefined) throw new Error('nothing loaded');
  return path;
}

function appliedMenu(): MenuTemplateItem[] {
  expect(Menu.setApplicationMenu).toHaveBeenCalledOnce();
  const [template] = Menu.setApplicationMenu.mock.calls[0] ?? [];
  if (!template) throw new Error('no menu set');
  return template;
}

/** What Electron does on quit: 'will-quit', then — if a listener prevented it — wait for main's own app.quit(). */
async function quit(): Promise<void> {
  const event = { preventDefault: vi.fn() };
  app.quit.mockClear();
  app.emit('will-quit', event);
  if (event.preventDefault.mock.calls.length > 0) await eventually(() => expect(app.quit).toHaveBeenCalled());
}

function handler(method: string): IpcHandler {
  const found = ipcMain.handlers.get(IPC_CHANNEL_PREFIX + method);
  if (!found) throw new Error(`no IPC handler for ${method}`);
  return found;
}

function menuItem(items: MenuTemplateItem[], ...labels: string[]): MenuTemplateItem {
  const [label, ...rest] = labels;
  const item = items.find((candidate) => candidate.label === label);
  if (!item) throw new Error(`no menu item ${label}`);
  return rest.length === 0 ? item : menuItem(item.submenu ?? [], ...rest);
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true }).catch(() => []);
  return entries.map(String);
}

describe('electron/main.ts against a fake electron', () => {
  it('with the lock: registers the API, hardens, builds the Danish menu and opens one secure window', async () => {
    await launchMain();
    // Before ready: data folder and sandbox set up, the lock asked for after userData moved.
    expect(app.setPath).toHaveBeenCalledWith('userData', dataDir);
    expect(app.setPath).toHaveBeenCalledBefore(app.requestSingleInstanceLock);
    expect(app.enableSandbox).toHaveBeenCalledOnce();
    expect(app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'da');
    expect(app.quit).not.toHaveBeenCalled();
    expect(ipcMain.handle).not.toHaveBeenCalled();
    expect(BrowserWindow.created).toHaveLength(0);

    app.becomeReady();
    await settle();

    // The contract's methods, plus saving exports (export-files-ipc.ts).
    const channels = [...API_METHODS.map((m) => IPC_CHANNEL_PREFIX + m), ...Object.values(FILES_CHANNELS)];
    expect([...ipcMain.handlers.keys()].sort()).toEqual(channels.sort());
    expect(ipcMain.handle).toHaveBeenCalledTimes(channels.length);
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalledOnce();

    const window = onlyWindow();
    expect(window.options).toMatchObject({ minWidth: 1024, minHeight: 700, title: 'Forløb', show: false });
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(window.options.webPreferences?.preload).toMatch(/[/\\]preload[/\\]preload\.cjs$/);
    expect(loadedFile(window)).toMatch(/[/\\]renderer[/\\]index\.html$/);
    expect(window.loadURL).not.toHaveBeenCalled();
    // Its WebContents went through hardenWebContents (via 'web-contents-created').
    expect(window.webContents.setWindowOpenHandler).toHaveBeenCalledOnce();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();

    const template = appliedMenu();
    const topLabels = ['Filer', 'Rediger', 'Vis', 'Hjælp'];
    expect(template.map((item) => item.label)).toEqual(
      process.platform === 'darwin' ? ['Forløb', ...topLabels] : topLabels,
    );
    menuItem(template, 'Filer', 'Nyt forløb').click?.();
    expect(window.webContents.send).toHaveBeenCalledExactlyOnceWith('event:menu.newEngagement', undefined);
  });

  it('"Nyt forløb" with every window closed opens one and delivers the event once its page has loaded', async () => {
    const first = await launchReady();
    first.close();
    expect(BrowserWindow.getAllWindows()).toHaveLength(0);

    FakeWebContents.loadingAtFirst = true;
    menuItem(appliedMenu(), 'Filer', 'Nyt forløb').click?.();
    const [window, ...others] = BrowserWindow.getAllWindows();
    expect(others).toHaveLength(0);
    if (!window) throw new Error('no window opened');
    expect(window.webContents.send).not.toHaveBeenCalled();
    window.webContents.emit('did-finish-load');
    expect(window.webContents.send).toHaveBeenCalledExactlyOnceWith('event:menu.newEngagement', undefined);
  });

  it('answers engagements.create from our renderer by writing to the data folder, and refuses other senders', async () => {
    const window = await launchReady();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const create = handler('engagements.create');

    const evil: FakeIpcEvent = { senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(await create(evil, CREATE_ARG)).toEqual({
      ok: false,
      error: { code: 'invalid_argument', message: UNTRUSTED_SENDER_MESSAGE },
    });
    expect(warn).toHaveBeenCalledOnce();
    await settle();
    expect(await filesUnder(dataDir)).toEqual([]);

    // Trusted means: the top frame showing exactly the file main loaded.
    const ours: FakeIpcEvent = {
      senderFrame: { url: pathToFileURL(loadedFile(window)).href, parent: null },
    };
    const answer = ApiEnvelope.parse(await create(ours, CREATE_ARG));
    if (!answer.ok) throw new Error(`create failed: ${answer.error.code} ${answer.error.message}`);
    const created = Engagement.parse(answer.value);
    expect(created.client.organisation).toBe('Testby Kommune');
    const onDisk = Engagement.parse(
      JSON.parse(await readFile(join(dataDir, 'engagements', created.id, 'engagement.json'), 'utf8')),
    );
    expect(onDisk.id).toBe(created.id);
  });

  it('without the lock: quits at once, with no window and no IPC handlers', async () => {
    fake.resetFakeElectron({ userData: join(root, 'userData'), singleInstanceLock: false });
    await launchMain();
    app.becomeReady();
    await settle();

    expect(app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(ipcMain.handle).not.toHaveBeenCalled();
    expect(BrowserWindow.created).toHaveLength(0);
    expect(Menu.setApplicationMenu).not.toHaveBeenCalled();
    expect(app.events()).toEqual([]);
  });

  it('second-instance restores and focuses the existing window instead of opening another', async () => {
    const window = await launchReady();
    window.minimized = true;

    app.emit('second-instance');

    expect(BrowserWindow.created).toHaveLength(1);
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalledOnce();

    // Once that window is gone, a second launch brings a new one.
    window.close();
    app.emit('second-instance');
    expect(BrowserWindow.created).toHaveLength(2);
    expect(BrowserWindow.created[1]?.focus).toHaveBeenCalledOnce();
  });

  it('will-quit holds the quit until the store has flushed, then quits once', async () => {
    await launchReady();
    // The same module instance main imported (vi.resetModules ran in launchMain).
    const { EngagementStore } = await import('../../../electron/services/file-store/index.js');
    const flushGate = deferred();
    const flush = vi.spyOn(EngagementStore.prototype, 'flush').mockReturnValue(flushGate.promise);
    const event = { preventDefault: vi.fn() };

    app.emit('will-quit', event);

    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(flush).toHaveBeenCalledOnce();
    await settle();
    expect(app.quit).not.toHaveBeenCalled();

    flushGate.resolve();
    await settle();
    expect(app.quit).toHaveBeenCalledOnce();

    // The quit that follows is let through.
    const again = { preventDefault: vi.fn() };
    app.emit('will-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
    expect(flush).toHaveBeenCalledOnce();
  });

  it('will-quit still quits when the flush fails', async () => {
    await launchReady();
    const { EngagementStore } = await import('../../../electron/services/file-store/index.js');
    vi.spyOn(EngagementStore.prototype, 'flush').mockRejectedValue(new Error('disk full'));
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    app.emit('will-quit', { preventDefault: vi.fn() });
    await settle();

    expect(error).toHaveBeenCalledWith('Indekset kunne ikke skrives før afslutning', expect.any(Error));
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('a failed start shows an error box and exits with code 1', async () => {
    await launchMain();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    ipcMain.handle.mockImplementationOnce(() => {
      throw new Error('handler clash');
    });

    app.becomeReady();
    await settle();

    expect(fake.dialog.showErrorBox).toHaveBeenCalledWith('Forløb kunne ikke starte', 'handler clash');
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(BrowserWindow.created).toHaveLength(0);
  });
});
