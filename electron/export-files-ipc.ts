import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import type { IpcMain } from 'electron';
import type { ApiEnvelope, SaveExportRequest, SavedExport } from '../shared/bridge.js';
import { FILES_CHANNELS } from '../shared/bridge.js';
import type { ExportedFile, CsvExport } from '../shared/reports/export-kinds.js';
import { UNTRUSTED_SENDER_MESSAGE } from './ipc.js';
import type { SenderFrameLike } from './security.js';
import { invokeToEnvelope, type ApiService } from './services/api-service.js';
import { saveExport } from './services/reports/save-export.js';

/** What saving needs from Electron; main.ts passes dialog and shell, the tests fakes. */
export interface ExportFilesDeps {
  api: ApiService;
  /** The path the user chose, or undefined when the dialog was closed. */
  chooseSavePath(fileName: string): Promise<string | undefined>;
  /** Resolves with an error text, empty on success (Electron's shell.openPath). */
  openPath(path: string): Promise<string>;
  showItemInFolder(path: string): void;
  write?: (path: string, data: Uint8Array) => Promise<void>;
}

export const FILES_MESSAGES = {
  badRequest: 'Ukendt eksport.',
  unknownToken: 'Filen er ikke gemt i denne session. Eksportér den igen.',
  writeFailed: 'Filen kunne ikke gemmes der. Vælg en anden mappe, eller tjek at der er plads på disken.',
  openFailed: 'Filen kunne ikke åbnes. Den kan være flyttet eller slettet; find den med »Vis i mappe«.',
} as const;

const failure = (code: 'invalid_argument' | 'not_found' | 'internal', message: string): ApiEnvelope => ({
  ok: false,
  error: { code, message },
});

function isRequest(value: unknown): value is SaveExportRequest {
  if (typeof value !== 'object' || value === null) return false;
  const method = (value as { method?: unknown }).method;
  return method === 'reports.exportPdf' || method === 'reports.exportCsv';
}

/**
 * `files:saveExport` builds the export through the API service (validated as
 * any call), asks where to save it and writes it whole; `files:open` and
 * `files:showInFolder` act only on files saved here, by token.
 */
export function registerExportFiles(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  deps: ExportFilesDeps,
  isTrustedSender: (frame: SenderFrameLike | null) => boolean,
): () => void {
  const saved = new Map<string, string>();
  const write = deps.write ?? saveExport;

  const guarded =
    (handler: (arg: unknown) => Promise<ApiEnvelope>) =>
    async (event: { senderFrame: SenderFrameLike | null }, arg: unknown): Promise<ApiEnvelope> => {
      if (!isTrustedSender(event.senderFrame)) return failure('invalid_argument', UNTRUSTED_SENDER_MESSAGE);
      return handler(arg);
    };

  ipcMain.handle(
    FILES_CHANNELS.saveExport,
    guarded(async (request) => {
      if (!isRequest(request)) return failure('invalid_argument', FILES_MESSAGES.badRequest);
      const built = await invokeToEnvelope(deps.api, request.method, request.arg);
      if (!built.ok) return built;
      const file = built.value as ExportedFile | CsvExport;
      const data = 'bytes' in file ? Buffer.from(file.bytes, 'base64') : Buffer.from(file.text, 'utf8');
      const path = await deps.chooseSavePath(file.fileName);
      if (path === undefined) return { ok: true, value: null };
      try {
        await write(path, data);
      } catch (error) {
        console.error('Eksporten kunne ikke gemmes', error);
        return failure('internal', FILES_MESSAGES.writeFailed);
      }
      const token = randomBytes(12).toString('hex');
      saved.set(token, path);
      const value: SavedExport = { token, fileName: basename(path) };
      return { ok: true, value };
    }),
  );

  const byToken = (token: unknown): string | undefined =>
    typeof token === 'string' ? saved.get(token) : undefined;

  ipcMain.handle(
    FILES_CHANNELS.open,
    guarded(async (token) => {
      const path = byToken(token);
      if (!path) return failure('not_found', FILES_MESSAGES.unknownToken);
      const problem = await deps.openPath(path);
      return problem ? failure('not_found', FILES_MESSAGES.openFailed) : { ok: true, value: null };
    }),
  );

  ipcMain.handle(
    FILES_CHANNELS.showInFolder,
    guarded(async (token) => {
      const path = byToken(token);
      if (!path) return failure('not_found', FILES_MESSAGES.unknownToken);
      deps.showItemInFolder(path);
      return { ok: true, value: null };
    }),
  );

  return () => {
    for (const channel of Object.values(FILES_CHANNELS)) ipcMain.removeHandler(channel);
  };
}
