import type { ApiArg, ApiClient, ApiMethod, ApiResult } from '@shared/api';
import type { ForlobBridge } from '@shared/bridge';
import { parseResult, toApiError } from './api-result';

/** True for what the Electron preload exposes as window.api (shared/bridge.ts). */
export function isBridge(value: unknown): value is ForlobBridge {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.call === 'function' && typeof candidate.on === 'function';
}

/** The Electron transport: the preload forwards each call over IPC. */
export function createIpcClient(bridge: ForlobBridge): ApiClient {
  async function call<M extends ApiMethod>(method: M, arg: ApiArg<M>): Promise<ApiResult<M>> {
    let value: unknown;
    try {
      value = await bridge.call(method, arg ?? {});
    } catch (error) {
      throw toApiError(error);
    }
    return parseResult(method, value);
  }
  return { call };
}
