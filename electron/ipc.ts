import type { IpcMain } from 'electron';
import { API_METHODS, IPC_CHANNEL_PREFIX } from '../shared/api.js';
import type { ApiEnvelope } from '../shared/bridge.js';
import type { SenderFrameLike } from './security.js';
import { invokeToEnvelope, type ApiService } from './services/api-service.js';

export const UNTRUSTED_SENDER_MESSAGE = 'Kaldet blev afvist: det kom ikke fra Forløbs eget vindue.';

/**
 * One `ipcMain.handle` per contract method. Every handler answers an
 * envelope and never throws: Electron would reduce a thrown error to its
 * message and lose the code. Returns a function that removes the handlers.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  apiService: ApiService,
  isTrustedSender: (frame: SenderFrameLike | null) => boolean,
): () => void {
  for (const method of API_METHODS) {
    ipcMain.handle(IPC_CHANNEL_PREFIX + method, async (event, rawArg: unknown): Promise<ApiEnvelope> => {
      if (!isTrustedSender(event.senderFrame)) {
        console.warn(`IPC-kald til ${method} afvist fra ${describeFrame(event.senderFrame)}`);
        return { ok: false, error: { code: 'invalid_argument', message: UNTRUSTED_SENDER_MESSAGE } };
      }
      return invokeToEnvelope(apiService, method, rawArg);
    });
  }
  return () => {
    for (const method of API_METHODS) ipcMain.removeHandler(IPC_CHANNEL_PREFIX + method);
  };
}

function describeFrame(frame: SenderFrameLike | null): string {
  try {
    return frame?.url ?? 'en lukket ramme';
  } catch {
    return 'en lukket ramme';
  }
}
