import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.js';

/** Where the renderer is loaded from: the dev server in development, else the built index.html. */
export type RendererLocation = { kind: 'dev'; url: string } | { kind: 'file'; indexFile: string };

/** The only frame allowed to call the API is a top-level frame showing our renderer. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * True for URLs of our own renderer. For file:// only the exact index.html
 * counts (any hash or query), so a page that pushState'd to another path no
 * longer qualifies: the renderer must use hash history under file://.
 */
export function isAppUrl(location: RendererLocation, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (location.kind === 'dev') return parsed.origin === new URL(location.url).origin;
  if (parsed.protocol !== 'file:') return false;
  try {
    return resolve(fileURLToPath(parsed)) === resolve(location.indexFile);
  } catch {
    return false;
  }
}

export function createSenderCheck(location: RendererLocation): (frame: SenderFrameLike | null) => boolean {
  return (frame) => {
    if (frame === null) return false;
    try {
      return frame.parent === null && isAppUrl(location, frame.url);
    } catch {
      // A frame that navigated away or was destroyed mid-call throws on access.
      return false;
    }
  };
}

/** Permissions the renderer may use; everything else (camera, geolocation, notifications …) is denied. */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set([
  'clipboard-sanitized-write',
  'fullscreen',
  'screen-wake-lock',
]);

export function hardenSession(session: Session, location: RendererLocation): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(ALLOWED_PERMISSIONS.has(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
  // Header CSP for our own documents (webRequest does see file:// in current
  // Electron); the renderer's <meta> carries the same policy as a fallback.
  session.webRequest.onHeadersReceived((details, callback) => {
    const isDocument = details.resourceType === 'mainFrame' || details.resourceType === 'subFrame';
    if (!isDocument || !isAppUrl(location, details.url)) {
      callback({});
      return;
    }
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
}

/**
 * No new windows, no navigation away from the app, no <webview>. https links
 * open in the system browser; everything else is dropped.
 */
export function hardenWebContents(
  contents: WebContents,
  location: RendererLocation,
  openExternal: (url: string) => Promise<void>,
): void {
  contents.setWindowOpenHandler(({ url }) => {
    openIfHttps(url, openExternal);
    return { action: 'deny' };
  });
  const guardNavigation = (event: { preventDefault(): void }, url: string): void => {
    if (isAppUrl(location, url)) return;
    event.preventDefault();
    openIfHttps(url, openExternal);
  };
  contents.on('will-navigate', (event) => guardNavigation(event, event.url));
  contents.on('will-redirect', (event) => guardNavigation(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function openIfHttps(url: string, openExternal: (url: string) => Promise<void>): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  if (parsed.protocol !== 'https:') return;
  openExternal(parsed.href).catch((error: unknown) =>
    console.error('Kunne ikke åbne linket i browseren', error),
  );
}
