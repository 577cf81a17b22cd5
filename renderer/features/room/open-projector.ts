/** One projector window per browser: a second click brings the same window back rather than a new one. */
export const PROJECTOR_WINDOW_NAME = 'forlob-projektor';

/**
 * Opens the projector view in a window of its own. In a browser that is a
 * second window the consultant drags to the room's screen; in Electron main
 * catches this call (security.ts allows exactly the projector route) and opens
 * it fullscreen on the external display when there is one. False when the
 * browser blocked it.
 */
export function openProjectorWindow(
  url: string,
  open: typeof window.open = window.open.bind(window),
): boolean {
  const opened = open(url, PROJECTOR_WINDOW_NAME, 'popup=yes,width=1280,height=720');
  // Electron answers window.open with null by design (main made the window itself).
  if (opened) opened.focus();
  return opened !== null || isElectron();
}

function isElectron(): boolean {
  return typeof (window as { api?: unknown }).api === 'object';
}
