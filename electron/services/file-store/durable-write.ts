import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { isNotFound, stampOf, type FileStamp } from './fs-utils.js';
import { openOnWriterThread, type KeepPrevious, type WriterOutcome } from './writer-thread.js';

/*
 * Why this is hand-written: a replace is durable only when the file is fsynced
 * before the rename AND the folder is fsynced after it; without the second
 * fsync a power cut can bring back the previous version of a save the user was
 * told had succeeded. None of the npm libraries checked (Nov 2026) fsyncs the
 * folder: write-file-atomic 8, atomically 2.1, fs-atomic 0.7 and steno 4 do
 * not, and the first two also add a realpath, stat, chown, chmod and signal
 * handlers to every write (1.75x the raw cost of a durable replace here).
 */

/**
 * Windows cannot open a folder to fsync it (and Node has no MoveFileEx write-through),
 * so there the rename is durable once NTFS flushes its log, normally within seconds.
 */
const CAN_SYNC_DIRS = process.platform !== 'win32';

const TEMP_SUFFIX = /^[0-9a-f]{12}\.tmp$/;
/** write-file-atomic's temp names (`<name>.<32-bit number>`), left by Forløb before it wrote its own. */
const LEGACY_TEMP_SUFFIX = /^\d+$/;

/** `<name>.<12 hex>.tmp` in the same folder, so the rename never crosses filesystems. */
export function tempNameFor(file: string): string {
  return `${file}.${randomBytes(6).toString('hex')}.tmp`;
}

/** True for a temp file written for `name` (this module's, or write-file-atomic's from older versions). */
export function isTempFileOf(entry: string, name: string): boolean {
  if (!entry.startsWith(`${name}.`)) return false;
  const rest = entry.slice(name.length + 1);
  return TEMP_SUFFIX.test(rest) || LEGACY_TEMP_SUFFIX.test(rest);
}

/** Opens a folder for an fsync to come, so the open need not wait for the rename; undefined where folders cannot be synced. */
function openDir(dir: string): Promise<FileHandle> | undefined {
  if (!CAN_SYNC_DIRS) return undefined;
  const opening = fs.open(dir, 'r');
  // Awaited by syncDir or closed by closeDir; this only keeps an early failure from counting as unhandled.
  opening.catch(() => undefined);
  return opening;
}

function closeDir(opening: Promise<FileHandle> | undefined): void {
  opening?.then((handle) => handle.close()).catch(() => undefined);
}

/**
 * fsyncs a folder (opened now, or earlier by openDir), so the names created,
 * renamed or linked in it survive a power cut. The close is no part of that
 * and is left to finish after the caller has its answer.
 */
export async function syncDir(dir: string, opened = openDir(dir)): Promise<void> {
  if (!opened) return;
  const handle = await opened;
  try {
    await handle.sync();
  } finally {
    closeDir(opened);
  }
}

/**
 * Writes `text` at the start of a fresh file. FileHandle.write encodes the
 * string on its way out, a quarter cheaper than writeFile's Buffer.from plus
 * loop on a 40 KB programme; a short write (disk full) is finished from a
 * Buffer or fails.
 */
async function writeAll(handle: FileHandle, data: string | Uint8Array): Promise<void> {
  if (typeof data !== 'string') {
    for (let at = 0; at < data.length;) {
      const { bytesWritten } = await handle.write(data, at, data.length - at, at);
      if (bytesWritten === 0) throw new Error(`short write: ${at} of ${data.length} bytes`);
      at += bytesWritten;
    }
    return;
  }
  const text = data;
  const writing = handle.write(text, 0, 'utf8');
  const total = Buffer.byteLength(text, 'utf8');
  const { bytesWritten } = await writing;
  if (bytesWritten === total) return;
  const bytes = Buffer.from(text, 'utf8');
  for (let at = bytesWritten; at < total;) {
    const { bytesWritten: more } = await handle.write(bytes, at, total - at, at);
    if (more === 0) throw new Error(`short write: ${at} of ${total} bytes`);
    at += more;
  }
}

/**
 * Writes a file that must not exist yet (mode 0o600), fsyncs it together with
 * `syncDirs` when `durable`, and returns its stamp, read through the same
 * handle. `data` may still be in the making while the file is opened. The
 * file's own folder is not fsynced: the caller decides when the new name has
 * to be durable.
 */
export async function writeNewFile(
  file: string,
  data: string | Uint8Array | Promise<string>,
  durable: boolean,
  syncDirs: DirsToSync = [],
): Promise<FileStamp> {
  const handle = await fs.open(file, 'wx', 0o600);
  try {
    await writeAll(handle, await data);
    // The stat and the folder fsyncs wait alongside the file's fsync instead of after it.
    // A rename keeps mtime, size and inode, so this is the stamp of the file once it is in place.
    const [stats] = await Promise.all([
      handle.stat(),
      durable ? handle.sync() : undefined,
      durable ? syncAll(syncDirs) : syncDirs,
    ]);
    return stampOf(stats);
  } finally {
    await handle.close();
  }
}

async function syncAll(dirs: DirsToSync): Promise<void> {
  await Promise.all((await dirs).map((dir) => syncDir(dir)));
}

/** Folders to fsync, or a promise of them from work still under way (the history link). */
export type DirsToSync = readonly string[] | Promise<readonly string[]>;

export interface ReplaceOptions {
  /** File fsync before the rename and folder fsync after it. Off only for derived files (index.json). */
  durable: boolean;
  /**
   * Folders whose earlier changes must be on disk before `file` is replaced: the
   * history folder holding the hard link to the version being replaced, so at
   * every instant the previous version has a durable name. A promise is
   * awaited (and its failure fails the replace) before the rename.
   */
  syncBeforeReplace?: DirsToSync;
}

/** A replace under way on the writer thread; nothing visible changes until commit(). */
export interface PendingReplace {
  /** Hands over the new content; the writer thread writes and fsyncs it. Call once, before commit. */
  write(data: string | Uint8Array): void;
  /**
   * Waits for the temp file to be written and fsynced (with the folders of
   * `syncBeforeReplace`), renames it over the file and fsyncs the folder.
   * Resolves with the new file's stamp, or `undefined` when `keepPrevious`
   * found the file changed or could not link it: then nothing was written.
   * On failure the temp file is removed.
   */
  commit(): Promise<FileStamp | undefined>;
  /** Drops the replace: waits for the write, then removes the temp file. The file is untouched. */
  abort(): Promise<void>;
}

export interface BeginReplaceOptions {
  /** Folders whose earlier changes must be durable before the rename (see ReplaceOptions). */
  syncBeforeReplace?: DirsToSync;
  /** Keep the version being replaced under a history name first, on the writer thread. */
  keepPrevious?: Omit<KeepPrevious, 'dir'>;
}

/**
 * Starts a durable replace of `file` on the writer thread (writer-thread.ts):
 * the temp file is created at once, written and fsynced when write() hands
 * over the text, while this thread is free (a save validates meanwhile); the
 * caller then commits or aborts.
 */
export function beginReplace(file: string, options: BeginReplaceOptions = {}): PendingReplace {
  const keep = options.keepPrevious;
  const job = openOnWriterThread(
    tempNameFor(file),
    keep && { ...keep, dir: CAN_SYNC_DIRS ? path.dirname(keep.as) : undefined },
  );
  let written: Promise<WriterOutcome> | undefined;
  return {
    write(text) {
      written = Promise.all([job.write(text), syncAll(options.syncBeforeReplace ?? [])]).then(
        ([outcome]) => outcome,
      );
      written.catch(() => undefined);
    },
    async commit() {
      try {
        if (!written) throw new Error('commit before write');
        // Sent before the write has answered, so the thread renames right after
        // its fsync; folders that must be durable first hold it back.
        if (options.syncBeforeReplace) await written;
        const renaming = job.commit(file, CAN_SYNC_DIRS ? path.dirname(file) : undefined);
        renaming.catch(() => undefined);
        const outcome = await written;
        const renamed = await renaming;
        if (!('stamp' in outcome) || !renamed) return undefined;
        return outcome.stamp;
      } catch (error) {
        await job.abort().catch(() => undefined);
        throw error;
      }
    },
    async abort() {
      await written?.catch(() => undefined);
      await job.abort();
    },
  };
}

/**
 * Replaces `file` atomically: temp file in the same folder, write, fsync,
 * rename, fsync of the folder. When it resolves (durable), the new content is
 * what a reader finds even after a power cut; if it is killed at any point,
 * the old file is untouched and at worst a temp file is left for the sweep.
 */
export async function replaceFile(
  file: string,
  data: string | Uint8Array | Promise<string>,
  options: ReplaceOptions,
): Promise<FileStamp> {
  if (options.durable) {
    const pending = beginReplace(file, { syncBeforeReplace: options.syncBeforeReplace });
    try {
      pending.write(await data);
    } catch (error) {
      await pending.abort();
      throw error;
    }
    const stamp = await pending.commit();
    // Only a keepPrevious can skip the write, and none was asked for.
    if (!stamp) throw new Error('the replace was skipped');
    return stamp;
  }
  const temp = tempNameFor(file);
  try {
    const stamp = await writeNewFile(temp, data, false, options.syncBeforeReplace);
    await fs.rename(temp, file);
    return stamp;
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** Renames and fsyncs both parent folders (once if they are the same), so the move survives a power cut. */
export async function renameDurably(from: string, to: string): Promise<void> {
  await fs.rename(from, to);
  const dirs = new Set([path.dirname(from), path.dirname(to)]);
  await Promise.all([...dirs].map((dir) => syncDir(dir)));
}

/**
 * mkdir -p, and fsyncs the parent of every folder it created so the new names
 * are durable. Costs one mkdir when the folder already exists.
 */
export async function ensureDir(dir: string): Promise<void> {
  const first = await fs.mkdir(dir, { recursive: true });
  if (first === undefined) return;
  const created: string[] = [];
  for (let current = dir; ; current = path.dirname(current)) {
    created.push(current);
    if (current === first || path.dirname(current) === current) break;
  }
  await Promise.all(created.map((d) => syncDir(path.dirname(d))));
}

/**
 * Removes the temp files a killed process left for any of `names` in `dir`.
 * Only call it while no write to those names in `dir` is under way (the store
 * holds the programme's lock; Forløb runs one process per data folder).
 */
export async function removeStaleTempFiles(dir: string, names: readonly string[]): Promise<void> {
  let entries: string[];
  try {
    entries = await fs.readdir(dir);
  } catch (error) {
    if (isNotFound(error)) return;
    throw error;
  }
  const stale = entries.filter((entry) => names.some((name) => isTempFileOf(entry, name)));
  await Promise.all(stale.map((entry) => fs.rm(path.join(dir, entry), { force: true })));
}
