import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Session, WebContents } from 'electron';
import { ID_PATTERN } from '../shared/domain/primitives.js';
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

/** The renderer's projector route (renderer/router.ts). */
const PROJECTOR_ROUTE = /^\/projektor\/([^/]+)$/;

/**
 * The engagement id when `url` is our own renderer's projector page (hash
 * routes under file://, path routes from the dev server), otherwise null.
 */
export function projectorRouteEngagement(location: RendererLocation, url: string): string | null {
  if (!isAppUrl(location, url)) return null;
  const parsed = new URL(url);
  if (parsed.search !== '') return null;
  const route = parsed.hash.startsWith('#/')
    ? parsed.hash.slice(1)
    : location.kind === 'dev'
      ? parsed.pathname
      : '';
  const id = PROJECTOR_ROUTE.exec(route)?.[1];
  return id !== undefined && ID_PATTERN.test(id) ? id : null;
}

/**
 * No new windows, no navigation away from the app, no <webview>. https links
 * open in the system browser; everything else is dropped. The one window the
 * renderer may ask for is the room's projector: main builds it itself
 * (`openProjector`, hardened like the console), the renderer's request is denied.
 */
export function hardenWebContents(
  contents: WebContents,
  location: RendererLocation,
  openExternal: (url: string) => Promise<void>,
  openProjector?: (engagementId: string) => void,
): void {
  contents.setWindowOpenHandler(({ url }) => {
    const projectorFor = openProjector ? projectorRouteEngagement(location, url) : null;
    if (projectorFor !== null) openProjector?.(projectorFor);
    else openIfHttps(url, openExternal);
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
