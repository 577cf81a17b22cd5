import { z } from 'zod';
import type { ApiArg } from './api.js';
import { ApiErrorPayload } from './errors.js';

/**
 * What every transport answers for one API call: the IPC handlers in main, the
 * web server's `POST /api/<method>`, and what the renderer's clients unwrap.
 * Errors travel as plain payloads because Electron's IPC and contextBridge
 * drop everything but `message` from a thrown Error.
 */
export const ApiEnvelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ApiErrorPayload }),
]);
export type ApiEnvelope = z.infer<typeof ApiEnvelope>;

/** Main → renderer events, each sent on `EVENT_CHANNEL_PREFIX + name`; the preload refuses any other. */
export const BRIDGE_EVENTS = ['menu.newEngagement', 'menu.undo', 'menu.redo', 'room.event'] as const;
export type BridgeEvent = (typeof BRIDGE_EVENTS)[number];
export const EVENT_CHANNEL_PREFIX = 'event:';

/**
 * `window.api` as the Electron preload exposes it. `call` resolves with the
 * method's result or rejects with an `ApiErrorPayload` (never an Error);
 * `on` subscribes to a `BridgeEvent` and returns the function that unsubscribes.
 */
export interface ForlobBridge {
  call(method: string, arg: unknown): Promise<unknown>;
  on(event: string, cb: (payload: unknown) => void): () => void;
  /** Electron only: saving exports to a file the user chooses (see ForlobFiles). */
  files?: ForlobFiles;
}

/**
 * Saving an export in Electron. Main builds the file (the same API call the
 * web mode makes), asks where to save it, writes it whole (temp file, fsync,
 * rename) and hands back a token for »Åbn« and »Vis i mappe«: the renderer
 * never names a path main should open.
 */
export type SaveExportRequest =
  | { method: 'reports.exportPdf'; arg: ApiArg<'reports.exportPdf'> }
  | { method: 'reports.exportCsv'; arg: ApiArg<'reports.exportCsv'> };

export interface SavedExport {
  /** Names the saved file for open/showInFolder in this session. */
  token: string;
  /** The name the user saved it under (not the folder). */
  fileName: string;
}

export interface ForlobFiles {
  /** Resolves with the saved file, or null when the user closed the save dialog. */
  saveExport(request: SaveExportRequest): Promise<SavedExport | null>;
  open(token: string): Promise<void>;
  showInFolder(token: string): Promise<void>;
}

export const FILES_CHANNELS = {
  saveExport: 'files:saveExport',
  open: 'files:open',
  showInFolder: 'files:showInFolder',
} as const;
