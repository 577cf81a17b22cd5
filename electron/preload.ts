import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiMethod, IPC_CHANNEL_PREFIX } from '../shared/api.js';
import type {
  ApiEnvelope,
  BridgeEvent,
  EVENT_CHANNEL_PREFIX,
  FILES_CHANNELS,
  ForlobBridge,
  SavedExport,
} from '../shared/bridge.js';
import type { ApiErrorPayload } from '../shared/errors.js';

// The names are repeated here rather than imported: any value import from
// shared/ drags zod (~170 kB) into this sandboxed bundle. The types make the
// copies fail to compile when they drift from the contract.
const CHANNEL_PREFIX: typeof IPC_CHANNEL_PREFIX = 'api:';
const EVENT_PREFIX: typeof EVENT_CHANNEL_PREFIX = 'event:';
const METHODS = [
  'templates.list',
  'engagements.list',
  'engagements.create',
  'engagements.get',
  'engagements.save',
  'engagements.delete',
  'engagements.restore',
  'engagements.trash',
  'engagements.history',
  'engagements.recover',
  'catalogue.list',
  'catalogue.get',
  'catalogue.saveCustom',
  'catalogue.deleteCustom',
  'catalogue.problems',
  'room.open',
  'room.get',
  'room.command',
  'room.answer',
  'room.projection',
  'room.close',
  'runs.list',
  'reports.exportPdf',
  'reports.exportCsv',
] as const satisfies readonly ApiMethod[];
const EVENTS = [
  'menu.newEngagement',
  'menu.undo',
  'menu.redo',
  'room.event',
] as const satisfies readonly BridgeEvent[];
type MustBeNever<T extends never> = T;
export type PreloadCoversContract = MustBeNever<
  Exclude<ApiMethod, (typeof METHODS)[number]> | Exclude<BridgeEvent, (typeof EVENTS)[number]>
>;

const FILES: typeof FILES_CHANNELS = {
  saveExport: 'files:saveExport',
  open: 'files:open',
  showInFolder: 'files:showInFolder',
};

const methods: ReadonlySet<string> = new Set(METHODS);
const events: ReadonlySet<string> = new Set(EVENTS);

// Rejections are plain payloads: contextBridge would strip an Error down to its message.
const reject = (error: ApiErrorPayload): Promise<never> => Promise.reject(error);

function unwrap(envelope: unknown): Promise<unknown> {
  const answer = envelope as ApiEnvelope | null;
  if (answer?.ok === true) return Promise.resolve(answer.value);
  if (answer?.ok === false) return reject(answer.error);
  return reject({ code: 'internal', message: 'Uventet svar fra Forløb.' });
}

const api: ForlobBridge = {
  call(method, arg) {
    if (typeof method !== 'string' || !methods.has(method)) {
      return reject({
        code: 'invalid_argument',
        message: `Ukendt funktion: ${String(method).slice(0, 100)}`,
      });
    }
    return ipcRenderer.invoke(CHANNEL_PREFIX + method, arg).then(unwrap);
  },
  on(event, cb) {
    if (typeof event !== 'string' || !events.has(event) || typeof cb !== 'function') {
      throw new Error(`Ukendt hændelse: ${String(event).slice(0, 100)}`);
    }
    const channel = EVENT_PREFIX + event;
    // The renderer gets the payload only, never the IpcRendererEvent (it exposes the sender).
    const listener = (_event: IpcRendererEvent, payload: unknown): void => cb(payload);
    ipcRenderer.on(channel, listener);
    return () => {
      ipcRenderer.removeListener(channel, listener);
    };
  },
  // Main checks the request and acts on saved files by token only (export-files-ipc.ts).
  files: {
    saveExport: (request) =>
      ipcRenderer.invoke(FILES.saveExport, request).then(unwrap) as Promise<SavedExport | null>,
    open: (token) => ipcRenderer.invoke(FILES.open, token).then(unwrap) as Promise<void>,
    showInFolder: (token) => ipcRenderer.invoke(FILES.showInFolder, token).then(unwrap) as Promise<void>,
  },
};

contextBridge.exposeInMainWorld('api', api);
