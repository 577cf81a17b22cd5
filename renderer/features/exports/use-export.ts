import { onBeforeUnmount, ref, shallowRef } from 'vue';
import type { ForlobFiles, SaveExportRequest, SavedExport } from '@shared/bridge';
import { isBridge } from '@/api/bridge-guard';
import { toApiError } from '@/api/api-result';
import { useAppServices } from '@/app-services';

export type ExportPhase = 'idle' | 'building' | 'done' | 'error';

/** A finished web-mode download: the object URL of the file and its name. */
export interface ReadyDownload {
  url: string;
  fileName: string;
}

/** In Electron the preload offers saving to a chosen file; in a browser there is none. */
function electronFiles(scope: object = globalThis): ForlobFiles | undefined {
  const bridge: unknown = (scope as { api?: unknown }).api;
  return isBridge(bridge) ? bridge.files : undefined;
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * One export from the UI: builds it through the API, and when it is done
 * either saves it where the user chooses (Electron, then »Åbn« and »Vis i
 * mappe«) or hands the browser a download (web mode, Blob + object URL).
 */
export function useExport() {
  const { api } = useAppServices();
  const files = electronFiles();
  const phase = ref<ExportPhase>('idle');
  const error = ref('');
  const download = shallowRef<ReadyDownload | null>(null);
  const saved = shallowRef<SavedExport | null>(null);

  function forgetDownload(): void {
    if (download.value) URL.revokeObjectURL(download.value.url);
    download.value = null;
  }
  onBeforeUnmount(forgetDownload);

  async function run(request: SaveExportRequest): Promise<void> {
    if (phase.value === 'building') return;
    phase.value = 'building';
    error.value = '';
    saved.value = null;
    forgetDownload();
    try {
      if (files) {
        saved.value = await files.saveExport(request);
        phase.value = saved.value ? 'done' : 'idle';
        return;
      }
      let blob: Blob;
      let fileName: string;
      if (request.method === 'reports.exportPdf') {
        const file = await api.call('reports.exportPdf', request.arg);
        blob = new Blob([base64ToBytes(file.bytes)], { type: 'application/pdf' });
        fileName = file.fileName;
      } else {
        const file = await api.call('reports.exportCsv', request.arg);
        blob = new Blob([file.text], { type: 'text/csv;charset=utf-8' });
        fileName = file.fileName;
      }
      download.value = { url: URL.createObjectURL(blob), fileName };
      phase.value = 'done';
    } catch (caught) {
      error.value = toApiError(caught).message;
      phase.value = 'error';
    }
  }

  async function openSaved(): Promise<void> {
    if (!files || !saved.value) return;
    try {
      await files.open(saved.value.token);
    } catch (caught) {
      error.value = toApiError(caught).message;
    }
  }

  async function showSaved(): Promise<void> {
    if (!files || !saved.value) return;
    try {
      await files.showInFolder(saved.value.token);
    } catch (caught) {
      error.value = toApiError(caught).message;
    }
  }

  return { phase, error, download, saved, inElectron: files !== undefined, run, openSaved, showSaved };
}
