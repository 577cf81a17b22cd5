import { BrowserWindow } from 'electron';
import type { RendererLocation } from './security.js';

export interface ConsoleWindowOptions {
  location: RendererLocation;
  preloadPath: string;
}

/** The facilitator's window. The web preferences are Electron's security checklist, spelled out. */
export function createConsoleWindow({ location, preloadPath }: ConsoleWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    title: 'Forløb',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    },
  });
  window.once('ready-to-show', () => window.show());

  const loaded = location.kind === 'dev' ? window.loadURL(location.url) : window.loadFile(location.indexFile);
  loaded.catch((error: unknown) => {
    console.error('Forløbs brugerflade kunne ikke indlæses', error);
    // Without this a failed load leaves an invisible window and a running process.
    window.show();
  });
  return window;
}
