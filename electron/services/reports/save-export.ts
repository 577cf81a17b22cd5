import { chmod } from 'node:fs/promises';
import { replaceFile } from '../file-store/durable-write.js';

/**
 * Writes an export where the user chose to save it: a temp file in the same
 * folder, fsynced, renamed over the name, and the folder fsynced. A failed or
 * interrupted export leaves the old file (if any) as it was, never half a PDF.
 */
export async function saveExport(path: string, data: Uint8Array): Promise<void> {
  await replaceFile(path, data, { durable: true });
  // The temp file is created 0600 (the data folder's rule); an exported report is meant to be shared.
  await chmod(path, 0o644).catch(() => undefined);
}
