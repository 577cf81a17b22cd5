import type { ApiArg, ApiClient, ApiMethod, ApiResult } from '@shared/api';
import type { ForlobBridge } from '@shared/bridge';
import { parseResult, toApiError } from './api-result';
import { takePrefetchedCall } from './prefetch';

export { isBridge } from './bridge-guard';

/** The Electron transport: the preload forwards each call over IPC. */
export function createIpcClient(bridge: ForlobBridge): ApiClient {
  async function call<M extends ApiMethod>(method: M, arg: ApiArg<M>): Promise<ApiResult<M>> {
    let value: unknown;
    try {
      value = await (takePrefetchedCall(method, arg) ?? bridge.call(method, arg ?? {}));
    } catch (error) {
      throw toApiError(error);
    }
    return parseResult(method, value);
  }
  return { call };
}
