import { promises as fs, type Stats } from 'node:fs';

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
