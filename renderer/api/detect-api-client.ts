import type { ApiClient } from '@shared/api';
import { createHttpClient } from './http-client';
import { createIpcClient, isBridge } from './ipc-client';

/** In Electron the preload puts the bridge on window.api; in a browser we talk HTTP to our own origin. */
export function detectApiClient(scope: object = globalThis): ApiClient {
  const bridge: unknown = (scope as { api?: unknown }).api;
  if (isBridge(bridge)) return createIpcClient(bridge);
  return createHttpClient('');
}
