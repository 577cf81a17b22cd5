import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/** Identifies one version of a file cheaply: an atomic replace always changes at least the inode. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
  ino: number;
}

export const stampOf = (stats: Stats): FileStamp => ({
  mtimeMs: stats.mtimeMs,
  size: stats.size,
  ino: stats.ino,
});

export const sameStamp = (a: FileStamp, b: FileStamp): boolean =>
  a.mtimeMs === b.mtimeMs && a.size === b.size && a.ino === b.ino;

export function errnoCode(error: unknown): string | undefined {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

export const isNotFound = (error: unknown): boolean => errnoCode(error) === 'ENOENT';

export async function pathExists(target: string): Promise<boolean> {
  try {
    await fs.stat(target);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

// Giving write-file-atomic the mode and owner up front spares it a stat of the
// old file on every write; without getuid (Windows) it falls back to its stat.
const ownership =
  typeof process.getuid === 'function' && typeof process.getgid === 'function'
    ? { chown: { uid: process.getuid(), gid: process.getgid() } }
    : {};

/** Temp file, write, optional fsync, rename. `durable` is off only for derived files. */
export async function writeAtomic(file: string, data: string, durable: boolean): Promise<void> {
  // A fresh options object each time: write-file-atomic mutates the one it is given.
  await writeFileAtomic(file, data, { fsync: durable, mode: 0o600, ...ownership });
}

/** Reads a file and its stamp from the same open handle, so the two always describe one version. */
export async function readWithStamp(file: string): Promise<{ text: string; stamp: FileStamp }> {
  const handle = await fs.open(file, 'r');
  try {
    const stats = await handle.stat();
    const text = await handle.readFile('utf8');
    return { text, stamp: stampOf(stats) };
  } finally {
    await handle.close();
  }
}

/**
 * Removes temp files write-file-atomic leaves behind when the process is killed
 * mid-write (`<name>.<number>`). Only call it while no write to `name` is under way.
 */
export async function removeStaleTempFiles(dir: string, name: string): Promise<void> {
  let entries: string[];
  try {
    entries = await fs.readdir(dir);
  } catch (error) {
    if (isNotFound(error)) return;
    throw error;
  }
  const prefix = `${name}.`;
  const stale = entries.filter(
    (entry) => entry.startsWith(prefix) && /^\d+$/.test(entry.slice(prefix.length)),
  );
  await Promise.all(stale.map((entry) => fs.rm(path.join(dir, entry), { force: true })));
}

/** Runs `fn` over `items` with at most `limit` in flight, keeping the order of results. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
