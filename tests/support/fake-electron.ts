import type { BrowserWindowConstructorOptions } from 'electron';
import { vi } from 'vitest';

/**
 * Just enough of the `electron` module for `electron/main.ts` to run under
 * vitest without a binary. One instance per test file (through `vi.hoisted`),
 * `reset()` before each test; every call main makes is recorded here.
 */

type Listener = (...args: unknown[]) => unknown;

/** Records `on`/`once` listeners and replays them on `emit`, like Node's EventEmitter. */
class Emitter {
  private readonly listeners = new Map<string, { listener: Listener; once: boolean }[]>();

  on(event: string, listener: Listener): this {
    this.listenersOf(event).push({ listener, once: false });
    return this;
  }

  once(event: string, listener: Listener): this {
    this.listenersOf(event).push({ listener, once: true });
    return this;
  }

  emit(event: string, ...args: unknown[]): void {
    const current = this.listenersOf(event);
    this.listeners.set(
      event,
      current.filter((entry) => !entry.once),
    );
    for (const { listener } of current) listener(...args);
  }

  events(): string[] {
    return [...this.listeners].filter(([, list]) => list.length > 0).map(([event]) => event);
  }

  clear(): void {
    this.listeners.clear();
  }

  private listenersOf(event: string): { listener: Listener; once: boolean }[] {
    let list = this.listeners.get(event);
    if (!list) this.listeners.set(event, (list = []));
    return list;
  }
}

/** The fake's view of a menu template: what menu.ts builds, with clicks callable without Electron's arguments. */
export interface MenuTemplateItem {
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  click?: () => void;
  submenu?: MenuTemplateItem[];
}

/** What an IPC handler sees of the event: the frame that sent it. */
export interface FakeIpcEvent {
  senderFrame: { url: string; parent: unknown } | null;
}
export type IpcHandler = (event: FakeIpcEvent, arg: unknown) => Promise<unknown>;

export interface Deferred {
  promise: Promise<void>;
  resolve(): void;
  reject(error: Error): void;
}

export function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export class FakeWebContents extends Emitter {
  /** Whether new pages start out loading; emit 'did-finish-load' on one to finish it. */
  static loadingAtFirst = false;
  loading = FakeWebContents.loadingAtFirst;
  readonly send = vi.fn<(channel: string, ...args: unknown[]) => void>();
  isLoading(): boolean {
    return this.loading;
  }
  override emit(event: string, ...args: unknown[]): void {
    if (event === 'did-finish-load') this.loading = false;
    super.emit(event, ...args);
  }
  readonly setWindowOpenHandler = vi.fn<(handler: (details: { url: string }) => unknown) => void>();
}

export class FakeBrowserWindow extends Emitter {
  static readonly created: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;

  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.created.filter((window) => !window.destroyed);
  }

  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused;
  }

  readonly webContents = new FakeWebContents();
  minimized = false;
  destroyed = false;
  readonly loadFile = vi.fn((_path: string) => Promise.resolve());
  readonly loadURL = vi.fn((_url: string) => Promise.resolve());
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.created.push(this);
    // Electron announces every new WebContents on the app, before the window loads anything.
    app.emit('web-contents-created', {}, this.webContents);
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** What closing the window does: destroyed, then 'closed'. */
  close(): void {
    this.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends Emitter {
  userData = '';
  isPackaged = false;
  singleInstanceLock = true;
  ready = false;
  readyGate = deferred();

  readonly getPath = vi.fn((name: string): string => {
    if (name !== 'userData') throw new Error(`fake app.getPath: ${name} not faked`);
    return this.userData;
  });
  readonly setPath = vi.fn((name: string, value: string): void => {
    if (name === 'userData') this.userData = value;
  });
  readonly enableSandbox = vi.fn();
  readonly commandLine = { appendSwitch: vi.fn() };
  readonly getVersion = vi.fn(() => '0.1.0');
  readonly requestSingleInstanceLock = vi.fn(() => this.singleInstanceLock);
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly setAppUserModelId = vi.fn();
  readonly whenReady = vi.fn(() => this.readyGate.promise);

  isReady(): boolean {
    return this.ready;
  }

  /** Electron finished starting: isReady() turns true and whenReady() resolves. */
  becomeReady(): void {
    this.ready = true;
    this.readyGate.resolve();
  }
}

export const app = new FakeApp();

export const ipcMain = {
  handlers: new Map<string, IpcHandler>(),
  handle: vi.fn((channel: string, handler: IpcHandler): void => {
    // Electron refuses a second handler for a channel; so does the fake.
    if (ipcMain.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMain.handlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string): void => {
    ipcMain.handlers.delete(channel);
  }),
};

export const Menu = {
  buildFromTemplate: vi.fn((template: MenuTemplateItem[]) => template),
  setApplicationMenu: vi.fn<(menu: MenuTemplateItem[] | null) => void>(),
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn() },
  },
};

export const shell = {
  openPath: vi.fn((_path: string) => Promise.resolve('')),
  openExternal: vi.fn((_url: string) => Promise.resolve()),
};

export const dialog = {
  showErrorBox: vi.fn<(title: string, content: string) => void>(),
  showMessageBox: vi.fn(() => Promise.resolve({ response: 0, checkboxChecked: false })),
};

export interface FakeDisplay {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

/** The displays Electron's `screen` reports; the first is the primary one. */
export const screen = {
  displays: [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }] as FakeDisplay[],
  getAllDisplays: vi.fn((): FakeDisplay[] => screen.displays),
  getPrimaryDisplay: vi.fn((): FakeDisplay => {
    const [primary] = screen.displays;
    if (!primary) throw new Error('fake screen: no display');
    return primary;
  }),
};

/** The module `vi.mock('electron', …)` should answer. */
export const electronModule = {
  app,
  BrowserWindow: FakeBrowserWindow,
  ipcMain,
  Menu,
  session,
  shell,
  dialog,
  screen,
};

/** A fresh, not yet ready app whose userData is `userData`; forgets every window, handler and call. */
export function resetFakeElectron({
  userData,
  singleInstanceLock = true,
}: {
  userData: string;
  singleInstanceLock?: boolean;
}): void {
  vi.clearAllMocks();
  app.clear();
  Object.assign(app, {
    userData,
    singleInstanceLock,
    isPackaged: false,
    ready: false,
    readyGate: deferred(),
  });
  FakeBrowserWindow.created.length = 0;
  FakeBrowserWindow.focused = null;
  FakeWebContents.loadingAtFirst = false;
  ipcMain.handlers.clear();
  screen.displays = [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }];
}
