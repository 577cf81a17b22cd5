import { BrowserWindow, type Rectangle, type WebPreferences } from 'electron';
import type { RendererLocation } from './security.js';

export interface ConsoleWindowOptions {
  location: RendererLocation;
  preloadPath: string;
}

/** Electron's security checklist, spelled out: the same for every window of the app. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
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
  };
}

/** The facilitator's window. */
export function createConsoleWindow({ location, preloadPath }: ConsoleWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    title: 'Forløb',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  load(window, location);
  return window;
}

export interface DisplayLike {
  id: number;
  bounds: Rectangle;
}

/**
 * Where the projector goes: fullscreen on a display other than the primary
 * one (the room's screen) when there is one, otherwise a normal window on the
 * laptop that the consultant can drag and make fullscreen with F.
 */
export function projectorPlacement(
  displays: readonly DisplayLike[],
  primaryId: number,
): { bounds?: Rectangle; fullscreen: boolean } {
  const external = displays.find((display) => display.id !== primaryId);
  return external ? { bounds: external.bounds, fullscreen: true } : { fullscreen: false };
}

export interface ProjectorWindowOptions extends ConsoleWindowOptions {
  engagementId: string;
  displays: readonly DisplayLike[];
  primaryId: number;
}

/** The room's projector window: the renderer's projector route, with the console's hardening. */
export function createProjectorWindow(options: ProjectorWindowOptions): BrowserWindow {
  const { bounds, fullscreen } = projectorPlacement(options.displays, options.primaryId);
  const window = new BrowserWindow({
    ...(bounds
      ? { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height }
      : { width: 1280, height: 720 }),
    fullscreen,
    title: 'Forløb – projektor',
    show: false,
    backgroundColor: '#000000',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  showProjectorRoute(window, options.location, options.engagementId);
  return window;
}

/** Points an open projector window at an engagement's room (a second "Åbn projektorvisning"). */
export function showProjectorRoute(
  window: BrowserWindow,
  location: RendererLocation,
  engagementId: string,
): void {
  load(window, location, `/projektor/${encodeURIComponent(engagementId)}`);
}

/**
 * Loads the renderer, at `route` when given: a hash route under file:// (the
 * renderer uses hash history there), a path on the dev server.
 */
function load(window: BrowserWindow, location: RendererLocation, route?: string): void {
  const loaded =
    location.kind === 'dev'
      ? window.loadURL(route ? new URL(route, location.url).href : location.url)
      : window.loadFile(location.indexFile, route ? { hash: route } : undefined);
  loaded.catch((error: unknown) => {
    console.error('Forløbs brugerflade kunne ikke indlæses', error);
    // Without this a failed load leaves an invisible window and a running process.
    window.show();
  });
}
