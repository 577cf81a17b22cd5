import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  screen,
  session,
  shell,
  type MessageBoxOptions,
} from 'electron';
import { EVENT_CHANNEL_PREFIX, type BridgeEvent } from '../shared/bridge.js';
import { registerExportFiles } from './export-files-ipc.js';
import { registerIpc } from './ipc.js';
import { buildApplicationMenu } from './menu.js';
import { createSenderCheck, hardenSession, hardenWebContents, type RendererLocation } from './security.js';
import { createApiService } from './services/api-service.js';
import { CatalogueStore } from './services/catalogue/index.js';
import { EngagementStore, resolveDataDir } from './services/file-store/index.js';
import { RoomHub } from './services/room/index.js';
import { RoomEventTargets } from './room-events-ipc.js';
import { createConsoleWindow, createProjectorWindow, showProjectorRoute } from './windows.js';

// With FORLOB_DATA_DIR set, Chromium's own files (the renderer's Dexie cache)
// and the single-instance lock follow the data folder too, so parallel test
// runs with separate folders neither share a cache nor block each other.
const dataDir = resolveDataDir(process.env, app.getPath('userData'));
if (dataDir !== app.getPath('userData')) app.setPath('userData', dataDir);

app.enableSandbox();
// Danish in Chromium's own parts too: date fields read dd.mm.åååå and the
// spelling dictionary is Danish, whatever language the computer is set to.
app.commandLine.appendSwitch('lang', 'da');

const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const rendererLocation: RendererLocation =
  !app.isPackaged && devServerUrl
    ? { kind: 'dev', url: devServerUrl }
    : { kind: 'file', indexFile: join(import.meta.dirname, '..', 'renderer', 'index.html') };
const preloadPath = join(import.meta.dirname, '..', 'preload', 'preload.cjs');

let consoleWindow: BrowserWindow | null = null;
/** Windows that follow the live room, by role; the projector window registers itself as 'projector'. */
const roomEventTargets = new RoomEventTargets();

function showConsoleWindow(): BrowserWindow {
  if (consoleWindow === null || consoleWindow.isDestroyed()) {
    consoleWindow = createConsoleWindow({ location: rendererLocation, preloadPath });
    roomEventTargets.add(consoleWindow.webContents, 'console');
    consoleWindow.on('closed', () => {
      consoleWindow = null;
    });
  }
  return consoleWindow;
}

let projectorWindow: BrowserWindow | null = null;

/** The room's projector, asked for by the renderer (window.open of its projector route, see security.ts). */
function openProjectorWindow(engagementId: string): void {
  if (projectorWindow !== null && !projectorWindow.isDestroyed()) {
    showProjectorRoute(projectorWindow, rendererLocation, engagementId);
    projectorWindow.show();
    projectorWindow.focus();
    return;
  }
  projectorWindow = createProjectorWindow({
    location: rendererLocation,
    preloadPath,
    engagementId,
    displays: screen.getAllDisplays(),
    primaryId: screen.getPrimaryDisplay().id,
  });
  // Projection and closed events only: hidden notes and withheld results never reach this window.
  roomEventTargets.add(projectorWindow.webContents, 'projector');
  projectorWindow.on('closed', () => {
    projectorWindow = null;
  });
}

function focusConsoleWindow(): void {
  const window = showConsoleWindow();
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/**
 * Sends a menu event to the focused window, or opens the console window for it
 * (on macOS the menu lives on with every window closed). A page still loading
 * gets it once loaded: the renderer subscribes while its script starts.
 */
function sendEvent(event: BridgeEvent, payload?: unknown): void {
  const target = BrowserWindow.getFocusedWindow() ?? showConsoleWindow();
  const send = () => target.webContents.send(EVENT_CHANNEL_PREFIX + event, payload);
  if (target.webContents.isLoading()) target.webContents.once('did-finish-load', send);
  else send();
}

async function openDataDir(): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const problem = await shell.openPath(dataDir);
  if (problem) dialog.showErrorBox('Datamappen kunne ikke åbnes', `${dataDir}\n\n${problem}`);
}

function showAbout(): void {
  const options: MessageBoxOptions = {
    type: 'info',
    title: 'Om Forløb',
    message: `Forløb ${app.getVersion()}`,
    detail: `Planlæg, afvikl og afrapportér forløb om psykisk arbejdsmiljø.\n\nDatamappe: ${dataDir}`,
    buttons: ['OK'],
  };
  const parent = BrowserWindow.getFocusedWindow();
  void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}

function start(): void {
  const store = new EngagementStore({ dataDir });
  const catalogue = new CatalogueStore({ dataDir });
  const room = new RoomHub({ dataDir, engagements: store, cards: catalogue });
  room.subscribe((event) => roomEventTargets.send(event));

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, rendererLocation, (url) => shell.openExternal(url), openProjectorWindow);
  });

  app.on('second-instance', () => {
    if (app.isReady()) focusConsoleWindow();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Let pending index.json writes land before the process goes.
  let flushed = false;
  app.on('will-quit', (event) => {
    if (flushed) return;
    event.preventDefault();
    const roomSaved = room
      .shutdown()
      .catch((error: unknown) => console.error('Rummet kunne ikke gemmes før afslutning', error));
    Promise.all([store.flush(), roomSaved])
      .catch((error: unknown) => console.error('Indekset kunne ikke skrives før afslutning', error))
      .finally(() => {
        flushed = true;
        app.quit();
      });
  });

  app
    .whenReady()
    .then(() => {
      if (process.platform === 'win32') app.setAppUserModelId('dk.forlob.app');
      hardenSession(session.defaultSession, rendererLocation);
      const apiService = createApiService(store, catalogue, { room });
      const isTrustedSender = createSenderCheck(rendererLocation);
      registerIpc(ipcMain, apiService, isTrustedSender);
      registerExportFiles(
        ipcMain,
        {
          api: apiService,
          chooseSavePath: async (fileName) => {
            const options = {
              title: 'Gem eksporten',
              buttonLabel: 'Gem',
              defaultPath: join(app.getPath('documents'), fileName),
              filters: fileName.endsWith('.csv')
                ? [{ name: 'CSV-fil (Excel)', extensions: ['csv'] }]
                : [{ name: 'PDF-dokument', extensions: ['pdf'] }],
            };
            const owner = BrowserWindow.getFocusedWindow() ?? consoleWindow;
            const chosen = owner
              ? await dialog.showSaveDialog(owner, options)
              : await dialog.showSaveDialog(options);
            return chosen.canceled || !chosen.filePath ? undefined : chosen.filePath;
          },
          openPath: (path) => shell.openPath(path),
          showItemInFolder: (path) => shell.showItemInFolder(path),
        },
        isTrustedSender,
      );
      Menu.setApplicationMenu(
        buildApplicationMenu({
          isPackaged: app.isPackaged,
          platform: process.platform,
          actions: {
            newEngagement: () => sendEvent('menu.newEngagement'),
            undo: () => sendEvent('menu.undo'),
            redo: () => sendEvent('menu.redo'),
            about: showAbout,
            openDataDir: () => {
              openDataDir().catch((error: unknown) => console.error('Datamappen kunne ikke åbnes', error));
            },
          },
        }),
      );
      showConsoleWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) showConsoleWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('Forløb kunne ikke starte', error);
      dialog.showErrorBox('Forløb kunne ikke starte', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}

// A second launch hands over to the running app (see 'second-instance') and leaves.
if (app.requestSingleInstanceLock()) start();
else app.quit();
